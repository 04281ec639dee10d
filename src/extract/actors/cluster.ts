// In-article coreference: typed segments become actors, one per real-world entity. Lexicon
// names share a key; "Lavrov" joins "Sergei Lavrov", "Nordvik" joins "Nordvik Pharma", and an
// acronym in brackets joins the name before it. Each key's type is the weighted vote of its mentions.

import type { Document } from '../document.js';
import type { Actor, ActorType, Mention } from '../types.js';
import type { Typed } from './classify.js';
import { LEGAL_FORMS } from './candidates.js';
import { firstNameGender, isFirstName } from './first-names.js';
import { wordLists } from '../lexicon/words.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { CHINESE_FAMILY_NAMES } from '../lexicon/east-asian-names.js';
import { CAPITALISED_PARTICLES, IRISH_PARTICLES, NAME_PARTICLES } from '../lexicon/name-particles.js';

/** "Amponsah IV", "Getty III", "King Jr.": the family name is the word before a regnal numeral or a generation suffix. */
function familyWordAt(words: readonly string[]): number {
  const n = words.length;
  return n >= 3 && /^(?:II|III|IV|V|VI|VII|VIII|IX|X|Jr\.?|Sr\.?)$/.test(words[n - 1]) ? n - 2 : n - 1;
}

/** Particles that make a family name of the words after them, in normalised form. */
const FAMILY_PARTICLES: ReadonlySet<string> = new Set([...NAME_PARTICLES, ...IRISH_PARTICLES]);
import { honorificGender, isHonorific, wordBeforeName, type Gender } from './honorifics.js';

export interface Clustered {
  actors: Actor[];
  mentions: Mention[];
  /** Actor id of each typed segment, same order. */
  actorOf: string[];
}

const norm = (s: string): string => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/** A full name sharing its surname with others of the article: its key, where it is first named, and the gender its first name tells. */
interface Namesake { key: string; at: number; gender: Gender | null; count: number; given: boolean }

/**
 * Which of several people sharing a surname a bare surname at `at` stands for: one of the
 * honorific's gender when the first names tell it, else one whose first name tells no gender
 * ("Mr. Clinton" is not Chelsea Clinton); then the one the article names in full most often,
 * then first: its main subject (a story about Hillary Clinton that names Bill Clinton once still
 * means her by "Clinton"; the surname went to whoever was named last, and a junk name opening a
 * live blog, "PMTed Cruz", is named once).
 */
function namesakeFor(doc: Document, at: number, all: Namesake[]): string {
  const g = honorificGender(wordBeforeName(doc.text, at) ?? '');
  const fits = g ? all.filter((n) => n.gender === g) : [];
  const open = g ? all.filter((n) => n.gender === null) : [];
  const pool = fits.length > 0 ? fits : open.length > 0 ? open : all;
  // On a tie, a name opening with a known given name goes before a glued or headline one ("Ted
  // Cruz", not "PMTed Cruz" of a live blog's time stamp or "Conflates Ted Cruz" of a headline).
  const rank = (n: Namesake): number[] => [n.count, n.given ? 1 : 0, -n.at];
  const better = (a: Namesake, b: Namesake): boolean => { const x = rank(a), y = rank(b); for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return x[k] > y[k]; return false; };
  return pool.reduce((a, b) => (better(b, a) ? b : a)).key;
}

/**
 * Whether `short` can be the acronym of `full`: two capitals or more, opening with the initial of
 * the name ("Associated Press (AP)", "Global Fisheries Council (GFC)"). A club or country in
 * brackets after a person ("Anton Drobnjak (Bastia)", "Joakim Haeggman (Swe)") is none.
 */
function acronymOf(short: string, full: Typed): boolean {
  if (full.type === 'PERSON') return false;
  const capitals = short.match(/\p{Lu}/gu)?.length ?? 0;
  if (capitals >= 2 && short[0] === full.seg.words[0]?.[0]) return true;
  // "Swiss Financial Market Supervisory Authority (FINMA)", "Institute for Monitoring of the
  // Eastern Amazon (Imao)": a short form made of letters of the name, in order, opening with the
  // initial of its first or second word.
  const words = full.seg.words;
  if (!(capitals >= 2 || /^\p{Lu}\p{Ll}{2,5}$/u.test(short)) || words.length < 3 || short[0] !== words[1]?.[0] && short[0] !== words[0]?.[0]) return false;
  const letters = words.join('').toLowerCase();
  let at = 0;
  for (const c of short.toLowerCase()) {
    at = letters.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The bracketed acronym right after a segment: "Associated Press (AP)" → index of "AP". */
function bracketLinks(doc: Document, typed: Typed[]): Map<number, number> {
  const byStart = new Map<number, number>();
  typed.forEach((t, i) => byStart.set(t.seg.tokenStart, i));
  const links = new Map<number, number>();
  typed.forEach((t, i) => {
    const k = t.seg.tokenEnd;
    if (doc.tokens[k]?.text !== '(' || doc.tokens[k + 2]?.text !== ')') return;
    const j = byStart.get(k + 1);
    if (j !== undefined && typed[j].seg.tokenEnd === k + 2 && acronymOf(typed[j].seg.text, t)) links.set(j, i);
  });
  return links;
}

/**
 * "Kagiso and Tumelo Sebola", "Bill and Melinda Gates": a lone first name joined by "and" to a
 * full name shares its family name, unless the article uses that word as someone's family name.
 */
function sharedSurnames(doc: Document, typed: Typed[]): Typed[] {
  const surnames = new Set<string>();
  for (const t of typed) if (t.type === 'PERSON' && t.seg.words.length >= 2) surnames.add(t.seg.words[familyWordAt(t.seg.words)]);
  const byStart = new Map<number, Typed>();
  for (const t of typed) byStart.set(t.seg.tokenStart, t);
  return typed.map((t) => {
    if (t.type !== 'PERSON' || t.canonical !== null || t.seg.words.length !== 1 || surnames.has(t.seg.text) || t.seg.possessive) return t;
    if (doc.tokens[t.seg.tokenEnd]?.text !== 'and') return t;
    const next = byStart.get(t.seg.tokenEnd + 1);
    if (!next || next.type !== 'PERSON' || next.seg.words.length !== 2) return t;
    const given = (w: string): boolean => isFirstName(w) || !wordLists().common.has(w.toLowerCase());
    if (!given(t.seg.text) || !given(next.seg.words[0])) return t;
    return { ...t, canonical: `${t.seg.text} ${next.seg.words[1]}` };
  });
}

/** Head words a body's name may drop on later mention ("Calder Rowe Bank" → "Calder Rowe"). */
const DROPPABLE_HEADS = new Set(['Bank', 'Group', 'Holdings', 'Inc', 'Corp', 'Corporation', 'Ltd', 'plc', 'PLC', 'LLC', 'Company', 'Airways', 'Airlines', 'Motors', 'Energy', 'Capital', 'Partners', 'Systems', 'Technologies', 'Therapeutics', 'Pharmaceuticals', 'Foods', 'Media', 'Labs', 'Medical', 'Center', 'Centre', 'Health', 'System', 'Hospital']);

/**
 * "Calder Rowe Bank has been fined … Calder Rowe said": a name of two words or more that is a
 * body's name without its last head word joins that body, when only one body fits. Returns short → full.
 */
function headlessLinks(typed: Typed[]): Map<number, number> {
  const byShort = new Map<string, number[]>();
  typed.forEach((t, i) => {
    const ws = t.seg.words;
    if (!ORG_LIKE.has(t.type) || ws.length < 3 || !DROPPABLE_HEADS.has(ws[ws.length - 1])) return;
    // "Maumee Regional Medical Center" → "Maumee Regional": one or two head words may go.
    const cuts = ws.length >= 4 && DROPPABLE_HEADS.has(ws[ws.length - 2]) ? [1, 2] : [1];
    for (const cut of cuts) {
      const short = ws.slice(0, -cut).join(' ');
      const list = byShort.get(short) ?? [];
      if (!list.some((j) => typed[j].seg.text === t.seg.text)) list.push(i);
      byShort.set(short, list);
    }
  });
  const links = new Map<number, number>();
  typed.forEach((t, i) => {
    if (t.canonical !== null || t.seg.words.length < 2 || t.type === 'PLACE' || t.type === 'COUNTRY') return;
    const full = byShort.get(t.seg.words.join(' '));
    if (full?.length === 1) links.set(i, full[0]);
  });
  return links;
}

/**
 * "the Observatory" after "the Hong Kong Observatory": a body's head word alone after "the" is
 * the one body of the document whose name ends with it.
 */
function headWordLinks(typed: Typed[]): Map<number, number> {
  const heads = gazetteer().orgHeads;
  const byHead = new Map<string, number[]>();
  typed.forEach((t, i) => {
    const ws = t.seg.words;
    if (!ORG_LIKE.has(t.type) || t.canonical !== null || ws.length < 2 || !heads.has(ws[ws.length - 1])) return;
    const list = byHead.get(ws[ws.length - 1]) ?? [];
    if (!list.some((j) => typed[j].seg.text === t.seg.text)) list.push(i);
    byHead.set(ws[ws.length - 1], list);
  });
  const links = new Map<number, number>();
  typed.forEach((t, i) => {
    if (t.seg.words.length !== 1 || !t.seg.afterThe || t.canonical !== null || !ORG_LIKE.has(t.type)) return;
    const full = byHead.get(t.seg.words[0]);
    if (full?.length === 1) links.set(i, full[0]);
  });
  return links;
}

/**
 * "Nurul Aini" after "Nurul Aini Hamzah": a person named by the first two words of exactly one
 * longer name of a person is that person (Malay and Indonesian copy uses the given names).
 */
function givenNamesLinks(typed: Typed[]): Map<number, number> {
  const byPrefix = new Map<string, number[]>();
  typed.forEach((t, i) => {
    const ws = t.seg.words;
    if (t.type !== 'PERSON' || t.canonical !== null || ws.length < 3 || isHonorific(ws[0].replace(/\.$/, ''))) return;
    // "John Smith Jr" is not "John Smith", his father.
    if (ws.slice(2).some((w) => /^(?:Jr|Sr|II|III|IV)\.?$/.test(w))) return;
    const prefix = ws.slice(0, 2).join(' ');
    const list = byPrefix.get(prefix) ?? [];
    if (!list.some((j) => typed[j].seg.text === t.seg.text)) list.push(i);
    byPrefix.set(prefix, list);
  });
  // "Zahra Pace" after "Roberta Zahra Pace", "Huamán Torres" after "Raúl Huamán Torres": a double
  // family name is the last two words of one three-word name whose first is a given name.
  const bySuffix = new Map<string, number[]>();
  typed.forEach((t, i) => {
    const ws = t.seg.words;
    // Or a family name opened by a particle: "Aroha Te Whare", "Paddy Ó Murchú".
    if (t.type !== 'PERSON' || t.canonical !== null || ws.length !== 3 || !(isFirstName(ws[0]) || CAPITALISED_PARTICLES.has(ws[1])) || isHonorific(ws[0].replace(/\.$/, '')) || /^(?:Jr|Sr|II|III|IV)\.?$/.test(ws[2])) return;
    const suffix = ws.slice(1).join(' ');
    const list = bySuffix.get(suffix) ?? [];
    if (!list.some((j) => typed[j].seg.text === t.seg.text)) list.push(i);
    bySuffix.set(suffix, list);
  });
  const links = new Map<number, number>();
  typed.forEach((t, i) => {
    if (t.type !== 'PERSON' || t.canonical !== null || t.seg.words.length !== 2) return;
    const full = byPrefix.get(t.seg.words.join(' '));
    if (full?.length === 1) links.set(i, full[0]);
    const double = full ? undefined : bySuffix.get(t.seg.words.join(' '));
    if (double?.length === 1 && (!isFirstName(t.seg.words[0]) || CAPITALISED_PARTICLES.has(t.seg.words[0]))) links.set(i, double[0]);
  });
  return links;
}

/** Words an acronym skips ("Food and Drug Administration" → FDA). */
const ACRONYM_SKIPS = new Set(['and', 'of', 'the', 'for', '&', 'on', 'in']);

/**
 * "the Food and Drug Administration … The FDA declined": an acronym without brackets joins the one
 * body of the document whose capitalised words' initials spell it. Returns acronym → full name.
 */
function initialsLinks(typed: Typed[]): Map<number, number> {
  const byInitials = new Map<string, number[]>();
  typed.forEach((t, i) => {
    if (!ORG_LIKE.has(t.type) || t.seg.words.length < 2) return;
    // A legal form is no initial: "AI" (of "artificial intelligence (AI)") is not "Aurelix Inc".
    const words = t.seg.words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase()) && !LEGAL_FORMS.has(w));
    if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return;
    const initials = words.map((w) => w[0]).join('');
    const list = byInitials.get(initials) ?? [];
    if (!list.some((j) => typed[j].seg.text === t.seg.text)) list.push(i);
    byInitials.set(initials, list);
  });
  const links = new Map<number, number>();
  typed.forEach((t, i) => {
    if (t.canonical !== null || !/^\p{Lu}{2,6}$/u.test(t.seg.text) || t.type === 'PERSON' || t.type === 'PLACE') return;
    const full = byInitials.get(t.seg.text);
    if (full?.length === 1) links.set(i, full[0]);
  });
  return links;
}

/**
 * One person written with and without a word before the name that is no given name becomes one
 * key, the bare name's: "Pastor Kevin Swanson" and "Kevin Swanson", "Vermonter Bernie Sanders" of
 * a headline and "Bernie Sanders". Returns the keys so joined, whose surface is no name of the
 * actor. (Middle initials are left apart: "George Bush" and "George W. Bush" are two people.)
 */
function joinPrefixedNames(doc: Document, typed: Typed[], keyOf: string[]): Set<string> {
  const forms = new Map<string, string[]>();
  typed.forEach((t, i) => {
    if (t.type === 'PERSON' && t.canonical === null && t.seg.words.length >= 2 && !forms.has(keyOf[i])) forms.set(keyOf[i], t.seg.words.map(norm));
  });
  const joined = new Map<string, string>();
  for (const [long, a] of forms) {
    // "Joost van der Berg" is no "Joost" before "Van der Berg": a name particle after the first word makes it one name.
    if (a.length < 3 || isFirstName(a[0]) || FAMILY_PARTICLES.has(a[1])) continue;
    const bare = a.slice(1).join(' ');
    const short = forms.get(bare);
    if (short && isFirstName(short[0])) joined.set(long, bare);
  }
  // "Van der Berg told BBC Sport" after "Joost van der Berg": a family name with its particle is the full name's.
  const surnames = new Map<string, string>();
  const particled = new Map<string, string[]>(forms);
  // The tagger may type a particle's family name apart ("der Berg" as an organisation after a quotation).
  typed.forEach((t, i) => { if (t.canonical === null && FAMILY_PARTICLES.has(norm(t.seg.words[0] ?? '')) && !particled.has(keyOf[i])) particled.set(keyOf[i], t.seg.words.map(norm)); });
  for (const [short, a] of particled) {
    if (!FAMILY_PARTICLES.has(a[0])) continue;
    const longer = [...forms].filter(([k, b]) => k !== short && b.length > a.length && b.slice(b.length - a.length).join(' ') === short);
    // One full name, maybe also written shorter ("Van der Berg" and "Joost van der Berg" for "der Berg"): the longest.
    const longest = longer.reduce<[string, string[]] | null>((x, y) => (!x || y[1].length > x[1].length ? y : x), null);
    if (longest && longer.every(([k]) => longest[0].endsWith(` ${k}`) || k === longest[0])) surnames.set(short, longest[0]);
  }
  keyOf.forEach((k, i) => { keyOf[i] = surnames.get(k) ?? k; });
  // "Carmaker Veltro weighs …" opening a headline or sentence, and "Veltro" in the body: a common
  // noun capitalised only by its place before an organisation's name is no part of the name.
  const orgs = new Set<string>();
  typed.forEach((t, i) => { if (ORG_LIKE.has(t.type)) orgs.add(keyOf[i]); });
  typed.forEach((t, i) => {
    const ws = t.seg.words;
    if (!ORG_LIKE.has(t.type) || t.canonical !== null || ws.length < 2 || joined.has(keyOf[i])) return;
    if (t.seg.tokenStart !== doc.sentences[t.seg.sentence].tokenStart || !ordinaryWord(ws[0].toLowerCase())) return;
    const bare = ws.slice(1).map(norm).join(' ');
    if (orgs.has(bare)) joined.set(keyOf[i], bare);
  });
  keyOf.forEach((k, i) => { keyOf[i] = joined.get(k) ?? k; });
  return new Set(joined.keys());
}

/** Words that end a football or rugby club's name and stand for it alone in match reports ("Rovers", "United"). */
const CLUB_WORDS = new Set(['Rovers', 'United', 'Wanderers', 'Rangers', 'Albion', 'Athletic', 'Hotspur', 'Harriers', 'Town', 'City', 'County']);



const ORG_LIKE = new Set<ActorType>(['ORGANIZATION', 'MEDIA', 'GROUP']);

/** An English word of the word lists, or a compound of "maker" ("carmaker", "chipmaker"). */
function ordinaryWord(w: string): boolean {
  const { common, known } = wordLists();
  return common.has(w) || known.has(w) || (/^[a-z]{2,}maker$/.test(w) && common.has(w.slice(0, -5)));
}

/** Groups typed segments into actors with ids a1, a2, … in order of first mention. */
export function cluster(doc: Document, typedIn: Typed[]): Clustered {
  const typed = sharedSurnames(doc, typedIn);
  const keyOf: string[] = typed.map((t) => norm(t.canonical ?? t.seg.text));
  const links = bracketLinks(doc, typed);
  const renamed = new Map<string, string>();
  for (const [acr, full] of links) {
    if (typed[acr].canonical === null || typed[full].canonical !== null) renamed.set(keyOf[acr], keyOf[full]);
  }
  for (const [acr, full] of initialsLinks(typed)) if (!renamed.has(keyOf[acr])) renamed.set(keyOf[acr], keyOf[full]);
  for (const [short, full] of headlessLinks(typed)) if (!renamed.has(keyOf[short])) renamed.set(keyOf[short], keyOf[full]);
  for (const [short, full] of headWordLinks(typed)) if (!renamed.has(keyOf[short])) renamed.set(keyOf[short], keyOf[full]);
  for (const [short, full] of givenNamesLinks(typed)) if (!renamed.has(keyOf[short])) renamed.set(keyOf[short], keyOf[full]);
  const original = keyOf.map((k) => renamed.get(k) ?? k);
  keyOf.forEach((k, i) => { keyOf[i] = original[i]; });
  const prefixed = joinPrefixedNames(doc, typed, keyOf);
  const multi = new Map<string, string>();
  const firstNames = new Map<string, string>();
  const multiPerson = new Set<string>();
  const namesakes = new Map<string, Namesake[]>();
  /** A club word → the one club ending with it, or null when several do. */
  const clubs = new Map<string, string | null>();
  typed.forEach((t, i) => {
    if (t.canonical !== null || t.seg.words.length < 2) return;
    const ws = t.seg.words;
    if (t.type === 'PERSON') {
      const surname = norm(ws[familyWordAt(ws)]);
      multi.set(surname, keyOf[i]);
      multiPerson.add(surname);
      // "Lin Cheng-hao" then "Lin": a Chinese or Korean name puts the family name first, before a hyphenated given name.
      if (ws.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(ws[1]) && !multi.has(norm(ws[0]))) { multi.set(norm(ws[0]), keyOf[i]); multiPerson.add(norm(ws[0])); }
      // "Chua Wei Ming" then "Chua": a Chinese name of three words puts the family name first.
      // Not "Lee Ann Marsh": an English given name ("Lee") before another ("Ann") opens an English name.
      const familyFirst = ws.length === 3 && CHINESE_FAMILY_NAMES.has(ws[0]) && !(isFirstName(ws[0]) && isFirstName(ws[1]));
      if (familyFirst && !multi.has(norm(ws[0]))) { multi.set(norm(ws[0]), keyOf[i]); multiPerson.add(norm(ws[0])); }
      // "Raúl Huamán Torres" then "Huamán": a Spanish or Portuguese name carries two family names, and
      // later references use the first of them (not a given name: "Mary Ann Smith" is no "Ann").
      if (ws.length === 3 && !familyFirst && !isHonorific(ws[0].replace(/\.$/, '')) && /^\p{Lu}\p{Ll}{2,}$/u.test(ws[1]) && !isFirstName(ws[1]) && !multi.has(norm(ws[1]))) {
        multi.set(norm(ws[1]), keyOf[i]);
        multiPerson.add(norm(ws[1]));
      }
      const list = namesakes.get(surname) ?? [];
      const seen = list.find((n) => n.key === keyOf[i]);
      if (seen) seen.count++;
      else {
        const name = isHonorific(ws[0].replace(/\.$/, '')) ? ws.slice(1) : ws;
        list.push({ key: keyOf[i], at: t.seg.start, gender: firstNameGender(name.join(' ')), count: 1, given: isFirstName(name[0]) });
      }
      namesakes.set(surname, list);
      // "Maria Yasinta Bunga … Maria told": Indonesian and Sherpa names are shortened to the first
      // word, so a three-word name's first word stands for it too (not a family name put first).
      if (!multi.has(norm(ws[0])) && (ws.length === 2 || ws.length === 3 && !familyFirst && !isHonorific(ws[0].replace(/\.$/, '')))) firstNames.set(norm(ws[0]), keyOf[i]);
    }
    else if (t.type === 'ORGANIZATION' || t.type === 'GROUP' || t.type === 'MEDIA') {
      const k = norm(ws[0]);
      if (!multi.has(k)) multi.set(k, keyOf[i]);
      // "Rovers" of "Castleford Rovers": a club by the word after its town, when one club of the article ends with it.
      const last = ws[ws.length - 1];
      if (ws.length === 2 && CLUB_WORDS.has(last)) {
        const seen = clubs.get(norm(last));
        clubs.set(norm(last), seen === undefined || seen === keyOf[i] ? keyOf[i] : null);
      }
    }
  });
  const attached = new Set<number>();
  /** Mentions joined by a bare first name ("Martin" of "Martin Calloway"): linked here, but no alias, which could merge another Martin across articles. */
  const firstNameOnly = new Set<number>();
  typed.forEach((t, i) => {
    if (t.seg.words.length !== 1 || links.has(i)) return;
    if (t.canonical !== null && !(t.type === 'COUNTRY' && multiPerson.has(norm(t.seg.text)))) return;
    const w = norm(t.seg.words[0]);
    const place = t.type === 'PLACE' && t.strength >= 2 && !multiPerson.has(w);
    const sharing = namesakes.get(w);
    const bySurname = place ? undefined : sharing && sharing.length > 1 ? namesakeFor(doc, t.seg.start, sharing) : multi.get(w);
    const target = bySurname ?? (t.type === 'PERSON' || t.strength < 2 ? firstNames.get(w) : undefined) ?? clubs.get(w) ?? undefined;
    if (target) { keyOf[i] = target; attached.add(i); }
    if (target && !bySurname) firstNameOnly.add(i);
  });
  const votes = new Map<string, Map<ActorType, number>>();
  typed.forEach((t, i) => {
    if (attached.has(i)) return;
    const v = votes.get(keyOf[i]) ?? new Map<ActorType, number>();
    v.set(t.type, (v.get(t.type) ?? 0) + 1 + 3 * t.strength);
    votes.set(keyOf[i], v);
  });
  const actors: Actor[] = [];
  const idOf = new Map<string, Actor>();
  const actorOf: string[] = [];
  const mentions: Mention[] = [];
  typed.forEach((t, i) => {
    const key = keyOf[i];
    let actor = idOf.get(key);
    if (!actor) {
      const v = [...(votes.get(key) ?? new Map([[t.type, 1]])).entries()].sort((a, b) => b[1] - a[1]);
      const name = prefixed.has(original[i]) ? t.seg.words.slice(1).join(' ') : t.canonical ?? t.seg.text;
      actor = { id: `a${actors.length + 1}`, name, type: v[0][0], aliases: [], roles: [] };
      actors.push(actor);
      idOf.set(key, actor);
    }
    const surface = t.seg.text;
    // "Pastor Kevin Swanson" joined to "Kevin Swanson" names nothing of its own.
    if (prefixed.has(original[i])) {
      actorOf.push(actor.id);
      mentions.push({ actorId: actor.id, start: t.seg.start, end: t.seg.end });
      return;
    }
    if (t.canonical === null && t.seg.words.length > actor.name.split(' ').length && !links.has(i)) {
      actor.aliases.push(actor.name);
      actor.name = surface;
    } else if (surface !== actor.name && !actor.aliases.includes(surface) && !firstNameOnly.has(i)) actor.aliases.push(surface);
    actorOf.push(actor.id);
    mentions.push({ actorId: actor.id, start: t.seg.start, end: t.seg.end });
  });
  for (const a of actors) a.aliases = a.aliases.filter((x) => x !== a.name);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { actors, mentions, actorOf };
}
