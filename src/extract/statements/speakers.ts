// Who a speaker phrase denotes: pronouns resolve by salience (salience.ts), else to the most
// recent compatible actor; "X and Y" splits into two speakers, titled names pick the person, and
// unnamed sources ("a foreign ministry official") become ANONYMOUS actors (actor layer helper).

import { headlineOf, type Document, type Token } from '../document.js';
import type { Actor, ActorType, Mention, Span } from '../types.js';
import { anonymousActor, isSourceDescription, namedBody, resolveName, type ActorLayer } from '../actors/index.js';
import { docEvidence } from '../actors/evidence.js';
import { isCapitalized, lower, phraseBefore, type Range } from './phrases.js';
import { DETERMINERS, PHRASE_PREPOSITIONS, PRONOUNS } from './words.js';
import { firstStartingAt } from '../lower-bound.js';
import { lookupCountry } from '../lexicon/countries.js';
import { BODY_NOUNS_AFTER_NAME, INSTITUTION_HEADS } from '../lexicon/body-nouns.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { wordLists } from '../lexicon/words.js';
import { UNNAMED_BODY_HEADS, type Salience } from './salience.js';
import { isFirstName } from '../actors/first-names.js';
import { trailingEastAsianName } from '../lexicon/east-asian-names.js';

export interface Speaker {
  actorId: string;
  /** The words that name this speaker in the sentence (the pronoun, or the conjunct). */
  span: Span;
  /** False when a pronoun had no compatible antecedent. */
  resolved: boolean;
}

const PERSONAL = new Set(['he', 'she', 'i']);
const GROUPS: ReadonlySet<ActorType> = new Set(['ORGANIZATION', 'GROUP', 'COUNTRY', 'ANONYMOUS', 'MEDIA']);
const THINGS: ReadonlySet<ActorType> = new Set(['ORGANIZATION', 'COUNTRY', 'MEDIA', 'GROUP']);
const LOOKBACK = 400;

function lastMentionBefore(mentions: Mention[], offset: number): number {
  return firstStartingAt(mentions, offset) - 1;
}

/** The most recent mention before `offset` whose actor passes `accept`. */
function antecedent(layer: ActorLayer, byId: Map<string, Actor>, offset: number, accept: (t: ActorType, a: Actor) => boolean): Actor | null {
  const from = lastMentionBefore(layer.mentions, offset);
  for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
    const m = layer.mentions[i];
    if (m.end > offset) continue;
    const actor = byId.get(m.actorId);
    if (actor && accept(actor.type, actor)) return actor;
  }
  return null;
}

function pronounSpeaker(layer: ActorLayer, byId: Map<string, Actor>, word: string, span: Span, salience?: Salience): Actor | null {
  const w = word.replace(/[’'](s|ll|d|ve|re)$/, '');
  if (PERSONAL.has(w)) return antecedent(layer, byId, span[0], (t, a) => t === 'PERSON' && (!salience || salience.agrees(w, a)));
  if (w === 'they' || w === 'we') return antecedent(layer, byId, span[0], (t) => GROUPS.has(t));
  if (w === 'it') return antecedent(layer, byId, span[0], (t) => THINGS.has(t));
  // "Lars Engel, chief economist at Fjord Bank, who expects …": "who" is the person just named, past
  // the employer of an appositive.
  if (w === 'who') return nearPerson(layer, byId, span[0]) ?? antecedent(layer, byId, span[0], (t) => t !== 'PLACE' && t !== 'OTHER');
  if (w === 'which') return antecedent(layer, byId, span[0], (t) => t !== 'PLACE' && t !== 'OTHER');
  return null;
}

/**
 * "Police, who had asked people …": the speaker a non-restrictive "who" stands for is the phrase
 * right before its comma, resolved as a source of its own, whatever its type. Not when that
 * phrase hangs from a preposition, is itself an appositive or the second of two ("Lars Engel,
 * chief economist at Fjord Bank, who expects …": neither the bank nor the description; see
 * nearPerson).
 */
function relativeAntecedent(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, who: number, si: number, resolved: Map<string, Actor | null>): Actor | null {
  const { tokens } = doc;
  const floor = doc.sentences[si]?.tokenStart ?? 0;
  if (who - 1 >= floor && isCapitalized(tokens[who - 1]) && /s$/.test(tokens[who - 1].text) && !PRONOUNS.has(lower(tokens[who - 1]))) {
    // "pushing back against Democrats who have called for …": a restrictive "who" right after a
    // plural name ("Democrats", "Republicans") stands for it, whatever comes before it.
    const plural: [number, number] = [who - 1, who];
    if (mayBeSpeaker(doc, plural)) {
      const actor = phraseSpeaker(doc, layer, byId, plural, resolved);
      if (actor && !byId.has(actor.id)) byId.set(actor.id, actor);
      if (actor) return actor;
    }
  }
  if (who - 2 < floor || tokens[who - 1].text !== ',') return null;
  let r = phraseBefore(tokens, who - 2, floor);
  if (!r) return null;
  const before = r[0] > floor ? lower(tokens[r[0] - 1]) : '';
  if (before === ',' || before === 'and' || before === 'or' || PHRASE_PREPOSITIONS.has(before)) return null;
  // "little reason for overconfidence among Democrats, who …", "passed the microphone to a
  // delegate, who …": a phrase that opens with no article or name ends on the one meant.
  const opens = (i: number): boolean => DETERMINERS.has(lower(tokens[i])) || isCapitalized(tokens[i]);
  if (!opens(r[0])) {
    let k = r[1] - 1;
    while (k > r[0] && !PHRASE_PREPOSITIONS.has(lower(tokens[k]))) k--;
    if (k === r[0] || !opens(k + 1)) return null;
    r = [k + 1, r[1]];
  }
  if (PRONOUNS.has(lower(tokens[r[0]])) || !mayBeSpeaker(doc, r)) return null;
  const actor = phraseSpeaker(doc, layer, byId, r, resolved);
  if (actor && !byId.has(actor.id)) byId.set(actor.id, actor);
  return actor;
}

/** How far back (characters) a person named before "who" still stands for it. */
const WHO_REACH = 80;

/** The person named last within WHO_REACH characters before `offset`, or null. */
function nearPerson(layer: ActorLayer, byId: Map<string, Actor>, offset: number): Actor | null {
  for (let i = lastMentionBefore(layer.mentions, offset); i >= 0; i--) {
    const m = layer.mentions[i];
    if (m.end > offset) continue;
    if (offset - m.end > WHO_REACH) return null;
    const actor = byId.get(m.actorId);
    if (actor?.type === 'PERSON') return actor;
  }
  return null;
}

const GENERIC_ORGS = new Set(['company', 'firm', 'group', 'organization', 'organisation', 'campaign', 'government', 'administration', 'agency', 'ministry', 'department', 'party', 'committee', 'council', 'union', 'alliance', 'association', 'network', 'newspaper', 'paper', 'board', 'commission', 'drugmaker', 'maker', 'chipmaker', 'giant', 'producer', 'manufacturer', 'bank', 'school', 'university', 'airline', 'carrier', 'carmaker', 'automaker', 'retailer', 'insurer', 'lender', 'broadcaster', 'publisher', 'supermarket', 'brewer', 'miner', 'utility', 'operator', 'charity', 'hospital', 'club', 'startup', 'force', 'regulator', 'watchdog', 'authority']);
/** Bodies of the state a definite description names: found by name ("Ministry of Energy") or left an unnamed body, never the organisation mentioned most. */
const STATE_BODIES = new Set(['ministry', 'department', 'government', 'administration', 'council', 'committee', 'commission']);
/** Organisation nouns a news outlet may stand for ("the newspaper said"); an outlet is never "the commission". */
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'network', 'broadcaster', 'publisher', 'agency', 'group', 'company', 'board']);
/** Names an organisation noun most likely stands for: "the airline" is EgyptAir before Facebook. */
const NAME_HINTS: ReadonlyMap<string, RegExp> = new Map([['airline', /air|jet|wings|flight/i], ['carrier', /air|jet|wings/i], ['carmaker', /motor|auto/i], ['automaker', /motor|auto/i], ['force', /police|RCMP|constabulary|gendarmerie|guard|force/i],
  ['regulator', /Authority|Commission|Regulat|Agency|Office|Board|Bureau|Council|^Of[a-z]+$|^[A-Z]{2,5}$/], ['watchdog', /Authority|Commission|Regulat|Agency|Office|Board|Bureau|Council|Watchdog|Ombudsman|^Of[a-z]+$|^[A-Z]{2,5}$/],
  ['authority', /Authority|Health|Agency|Commission|Board|Council|Service|Executive|Trust|^[A-Z]{2,5}$/]]);

/**
 * "the chancellor", "the company": a definite description resolves to the most recent person
 * holding that exact title ("the shadow chancellor" is another role), else to the one person the
 * article gives that title later ("the headteacher has told parents", then "headteacher Fiona
 * Crane"), else to the most recent
 * named actor whose name holds the head noun, else (for organisation nouns) the organisation
 * mentioned most (see topicalAntecedent).
 */
export function definiteAntecedent(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number], exclude: string | null = null): Actor | null {
  const { tokens } = doc;
  // "counsel said": the court reporter's bare "counsel" is "the counsel".
  if (r[1] - r[0] === 1 && r[0] > 0 && tokens[r[0]].text === 'counsel') r = [r[0] - 1, r[1]];
  const n = r[1] - r[0];
  if (n < 2 || n > 3 || (lower(tokens[r[0]]) !== 'the' && tokens[r[0] + 1].text !== 'counsel')) return null;
  // "the CJ", "the PM": an abbreviated title stands for the title in full.
  const abbreviated = n === 2 && lower(tokens[r[0]]) === 'the' ? ACRONYM_TITLES.get(tokens[r[0] + 1].text) : undefined;
  if (abbreviated) {
    const holder = antecedent(layer, byId, tokens[r[0]].start, (_, a) => a.id !== exclude && a.type === 'PERSON' && a.roles.some((role) => {
      // "Education Cabinet Secretary Ann Wanjiru" is "the CS": a portfolio may precede the title.
      const t = role.title.toLowerCase().replace(JURISDICTION, '').replace(OFFICE_COMPLEMENT, '');
      return t === abbreviated || t.endsWith(` ${abbreviated}`);
    }));
    if (holder) return holder;
  }
  // "the Boston-based drugmaker": a place before "-based" is no name; the description is its head noun.
  // "the 58-year-old coach": an age is no part of the title either.
  // "the Danish commissioner": a nation's adjective before a title is no part of the title.
  const located = n === 3 && (/^(?:\p{Lu}[\p{L}.]*-(?:based|headquartered)|\d+-years?-old)$/u.test(tokens[r[0] + 1].text)
    || isDemonym(tokens[r[0] + 1].text) && /^\p{Ll}+$/u.test(tokens[r[0] + 2].text));
  // "the MP", "the MEP": a title in capitals is still a title.
  const capsTitle = (i: number): boolean => /^\p{Lu}{2,4}$/u.test(tokens[i].text) && gazetteer().titles.has(tokens[i].text.toLowerCase());
  // "the Chief Minister", "the First Minister": a capitalised title the gazetteer lists whole is still a title.
  const listedTitle = gazetteer().titles.has(tokens.slice(r[0] + 1, r[1]).map(lower).join(' '));
  // "The Company said": a press release's defined term for the company it is about.
  const definedTerm = n === 2 && DEFINED_TERMS.has(tokens[r[0] + 1].text);
  // "the Commission urged" after "the Minerals Commission": a body's head word alone, capitalised, is that body.
  const headWord = n === 2 && !definedTerm && /^\p{Lu}\p{Ll}+$/u.test(tokens[r[0] + 1].text) && gazetteer().orgHeads.has(tokens[r[0] + 1].text);
  if (!listedTitle && !definedTerm && !headWord) for (let i = r[0] + 1; i < r[1]; i++) if (isCapitalized(tokens[i]) && !(located && i === r[0] + 1) && !capsTitle(i)) return null;
  const head = lower(tokens[r[1] - 1]);
  const title = tokens.slice(located ? r[0] + 2 : r[0] + 1, r[1]).map(lower).join(' ');
  const titles = new Set([title, ...(TITLE_SYNONYMS.get(title) ?? [])]);
  // "State Governor Musa Bello" and "The Governor of Kwara State, Musa Bello," are "the governor".
  const holds = (a: Actor): boolean => a.id !== exclude && a.type === 'PERSON' && a.roles.some((role) => {
    const t = role.title.toLowerCase().replace(JURISDICTION, '').replace(OFFICE_COMPLEMENT, '');
    return titles.has(t) || (TITLE_ABBREVIATIONS.get(t.replace(/\.$/, '')) ?? []).some((full) => titles.has(full))
      || (TRADE_SYNONYMS.get(title)?.includes(t.split(' ').pop() ?? '') ?? false);
  });
  const holder = antecedent(layer, byId, tokens[r[0]].start, (_, a) => holds(a));
  if (holder) return holder;
  // "…, the headteacher has told parents. … headteacher Fiona Crane wrote": named after, if by one person only.
  const later = layer.actors.filter(holds);
  if (later.length === 1) return later[0];
  // "The MP accused …" of "Sarah Okonjo, Labour MP for Thornmoor": a bare title is also the one person whose title ends with it.
  if ((n === 2 || located) && later.length === 0) {
    const ends = (a: Actor): boolean => a.id !== exclude && a.type === 'PERSON' && a.roles.some((role) => role.title.toLowerCase().replace(OFFICE_COMPLEMENT, '').split(/\s+/).pop() === title);
    const holders = layer.actors.filter(ends);
    if (holders.length === 1) return holders[0];
  }
  // An unnamed source's descriptor is no name: "the company" is not "a spokeswoman for the company".
  const named = antecedent(layer, byId, tokens[r[0]].start, (t, a) => a.id !== exclude && t !== 'PERSON' && t !== 'ANONYMOUS' && a.name.toLowerCase().split(/\s+/).includes(head));
  if (named) return named;
  if (headWord) return null;
  // "the Havenbond union said … a move the union has said": the body named before with that noun after its name.
  const introduced = /^\p{L}+$/u.test(head) ? nounAfterName(doc, layer, byId, tokens[r[0]].start, head, exclude) : null;
  if (introduced) return introduced;
  // "the finance ministry", "the council": a body of the state is no company the story mentions.
  if (!GENERIC_ORGS.has(head) || STATE_BODIES.has(head)) return null;
  // "The Company said" is never its own board or committee ("the Board of Directors").
  const body = (t: ActorType, a: Actor): boolean => a.id !== exclude && (t === 'ORGANIZATION' || t === 'GROUP' || t === 'MEDIA' && MEDIA_NOUNS.has(head)) && !(NOT_A_COMPANY.has(head) && COMPANY_NAME.test(a.name))
    && !((head === 'company' || head === 'firm') && INTERNAL_BODY.test(a.name));
  // "The building is owned by Ashby Main Properties LLC, … The company declined to comment": a
  // company named by its legal form in this sentence or the one before is "the company".
  if (head === 'company' || head === 'firm') {
    const si = doc.sentences.findIndex((x) => x.start <= tokens[r[0]].start && tokens[r[0]].start < x.end);
    const from = si > 0 ? doc.sentences[si - 1].start : 0;
    const recent = antecedent(layer, byId, tokens[r[0]].start, (t, a) => a.id !== exclude && t === 'ORGANIZATION' && COMPANY_NAME.test(a.name));
    let last = -1;
    const before = lastMentionBefore(layer.mentions, tokens[r[0]].start);
    for (let i = before; recent && i >= 0 && i > before - LOOKBACK && last < 0; i--) if (layer.mentions[i].actorId === recent.id) last = layer.mentions[i].start;
    if (recent && last >= from) return recent;
  }
  // A defined term stands for the company the whole release is about: the one it names most.
  if (definedTerm) {
    const counts = new Map<string, number>();
    for (const m of layer.mentions) counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    let best: Actor | null = null;
    for (const a of layer.actors) if (body(a.type, a) && (counts.get(a.id) ?? 0) > (best ? counts.get(best.id) ?? 0 : 0)) best = a;
    if (best) return best;
  }
  const hint = NAME_HINTS.get(head);
  const hinted = hint ? topicalAntecedent(layer, byId, tokens[r[0]].start, (t, a) => body(t, a) && hint.test(a.name)) : null;
  // "the regulator", "the force" is never the company the story is about.
  if (ONLY_BY_NAME.has(head)) return hinted;
  return hinted ?? topicalAntecedent(layer, byId, tokens[r[0]].start, body);
}

/** Capitalised nouns a press release or filing defines for the body it is about ("the Company"). */
const DEFINED_TERMS = new Set(['Company', 'Firm', 'Group', 'Bank', 'Partnership', 'Trust', 'Fund', 'Corporation']);

/** Organisation nouns resolved only to a body whose name fits them. */
const ONLY_BY_NAME = new Set(['regulator', 'watchdog', 'force', 'authority']);

/** The most recent organisation before `offset` written with `noun` right after its name ("the Havenbond union"). */
function nounAfterName(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, offset: number, noun: string, exclude: string | null): Actor | null {
  const from = lastMentionBefore(layer.mentions, offset);
  const after = new RegExp(`^\\s+${noun}\\b`, 'i');
  for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
    const m = layer.mentions[i];
    const actor = byId.get(m.actorId);
    if (!actor || actor.id === exclude || m.end > offset || !['ORGANIZATION', 'GROUP', 'MEDIA'].includes(actor.type)) continue;
    if (after.test(doc.text.slice(m.end, m.end + noun.length + 3))) return actor;
  }
  return null;
}

/**
 * "A spokesman for the firm said … The spokesman added …", "A memo sent to staff warned … The
 * memo recommended …": "the" and a noun is the unnamed source introduced before with that noun and
 * more words, not a second one.
 */
function earlierUnnamed(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): Actor | null {
  const { tokens } = doc;
  if (r[1] - r[0] !== 2 || lower(tokens[r[0]]) !== 'the' || !/^\p{Ll}+$/u.test(tokens[r[0] + 1].text)) return null;
  const head = lower(tokens[r[0] + 1]);
  // The earlier name's head noun is the word before its first preposition or aside ("European diplomat in Beijing").
  const headOf = (name: string): string[] => name.toLowerCase().split(/,| (?:in|of|for|at|from|with|on|to|close|familiar|who|sent|circulated|published) /)[0].split(' ');
  return antecedent(layer, byId, tokens[r[0]].start, (t, a) => {
    if (t !== 'ANONYMOUS' || a.name.toLowerCase() === head) return false;
    const words = headOf(a.name);
    return words[words.length - 1] === head || a.name.toLowerCase().startsWith(`${head} `);
  });
}

/** Nouns for a piece of research, any of which may name it again ("a study published in …", then "the paper says"). */
const WORK_FAMILY = new Set(['study', 'paper', 'report', 'research', 'analysis', 'survey', 'review']);

/** "according to a study published in Nature Geoscience … the paper says": the unnamed work named before by another noun of research. */
function earlierWork(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): Actor | null {
  const { tokens } = doc;
  if (r[1] - r[0] !== 2 || lower(tokens[r[0]]) !== 'the' || !WORK_FAMILY.has(lower(tokens[r[0] + 1]))) return null;
  return antecedent(layer, byId, tokens[r[0]].start, (t, a) => {
    if (t !== 'ANONYMOUS') return false;
    const head = a.name.toLowerCase().split(/,| (?:in|of|for|at|from|by|on|published|released|commissioned|carried|conducted|led) /)[0].split(' ').pop() ?? '';
    return WORK_FAMILY.has(head) && a.name.includes(' ');
  });
}

/** "The Commission spokesperson" after "a European Commission spokesperson": the unnamed source named before more fully. */
function fullerUnnamed(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): Actor | null {
  const { tokens } = doc;
  if (lower(tokens[r[0]]) !== 'the' || r[1] - r[0] < 3 || r[1] - r[0] > 4) return null;
  const tail = ` ${doc.text.slice(tokens[r[0] + 1].start, tokens[r[1] - 1].end).toLowerCase()}`;
  return antecedent(layer, byId, tokens[r[0]].start, (t, a) => t === 'ANONYMOUS' && a.name.toLowerCase().endsWith(tail));
}

/** Words of jurisdiction before a title that do not change the office ("State Governor", "County Sheriff"). */
const JURISDICTION = /^(?:state|federal|regional|provincial|county|city|local) /;
/** What an office is of ("Governor of Kwara State" is "the governor"). */
const OFFICE_COMPLEMENT = / (?:of|for) .*$/;

/** Words for a title that news copy uses after naming its holder by the title itself: "Pope Leo" is then "the pontiff". */
/** What an abbreviated title before a name is called in full ("Sen. Lorraine Becker" is "the senator"). */
const TITLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sen', ['senator']], ['rep', ['representative', 'congressman', 'congresswoman']], ['gov', ['governor']], ['gen', ['general']],
  ['lt', ['lieutenant']], ['col', ['colonel']], ['sgt', ['sergeant']], ['supt', ['superintendent']], ['insp', ['inspector']],
  ['det insp', ['inspector', 'detective inspector', 'detective']], ['det', ['detective']], ['cllr', ['councillor']], ['prof', ['professor']],
  ['pres', ['president']], ['amb', ['ambassador']], ['adm', ['admiral']], ['capt', ['captain']], ['cmdr', ['commander']],
]);

const TITLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['pontiff', ['pope']],
  ['premier', ['prime minister']],
  ['monarch', ['king', 'queen']],
  ['sovereign', ['king', 'queen']],
  ['skipper', ['captain']],
  ['boss', ['manager', 'head coach', 'chief executive']],
  ['judge', ['mr justice', 'ms justice', 'mrs justice', 'justice']],
]);

/** Nouns for any company, which the company that reported just before may be ("the operator added"). */
const COMPANY_NOUNS = new Set(['company', 'firm', 'operator', 'business', 'provider', 'manufacturer', 'producer', 'maker', 'group']);
/** Names of public bodies, schools and the like, which no company noun stands for. */
const PUBLIC_BODY_HEADS = /\b(?:Authority|Commission|Ministry|Department|Council|Agency|Office|Court|Police|Parliament|Government|Committee|Union|Party|University|College|School|Hospital|Board|Service|Trust|Bureau|Institute)$/;

/** The one person holding the title of "Turkey's foreign minister" (a capitalised possessive, then lower-case title words), or null. */
function possessiveTitleHolder(doc: Document, layer: ActorLayer, r: [number, number]): Actor | null {
  const { tokens } = doc;
  if (r[1] - r[0] < 2 || r[1] - r[0] > 4 || !/^\p{Lu}\p{L}*['’]s$/u.test(tokens[r[0]].text)) return null;
  const words = tokens.slice(r[0] + 1, r[1]).map((t) => t.text);
  if (!words.every((w) => /^\p{Ll}+$/u.test(w)) || !gazetteer().titles.has(words.join(' ')) && !gazetteer().titles.has(words[words.length - 1])) return null;
  const title = words.join(' ');
  const holders = layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((role) => role.title.toLowerCase().replace(OFFICE_COMPLEMENT, '') === title));
  return holders.length === 1 ? holders[0] : null;
}

/** Titles written as capitals after "the" ("the CJ said"). */
const ACRONYM_TITLES: ReadonlyMap<string, string> = new Map([
  ['CJ', 'chief justice'], ['PM', 'prime minister'], ['AG', 'attorney general'], ['DA', 'district attorney'], ['CEO', 'chief executive'],
  ['DPP', 'director of public prosecutions'], ['IGP', 'inspector general'], ['FM', 'foreign minister'], ['CM', 'chief minister'],
  ['CFO', 'chief financial officer'], ['COO', 'chief operating officer'], ['CTO', 'chief technology officer'],
  ['CS', 'cabinet secretary'],
]);

/** Words for someone's trade that news copy uses for a holder of a more specific post ("a logistics executive" is then "the businessman"). */
const TRADE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map([
  ['businessman', ['executive', 'entrepreneur', 'founder', 'tycoon', 'ceo', 'businessman']],
  ['businesswoman', ['executive', 'entrepreneur', 'founder', 'tycoon', 'ceo', 'businesswoman']],
  ['executive', ['executive', 'ceo']],
  ['lawyer', ['counsel', 'attorney', 'solicitor', 'barrister', 'lawyer']],
  ['scientist', ['researcher', 'scientist', 'glaciologist', 'biologist', 'physicist', 'chemist', 'epidemiologist', 'virologist']],
]);

/** Organisation nouns that never stand for a company: "the union" of an article about Acme Corp is not Acme Corp. */
const NOT_A_COMPANY = new Set(['union', 'party', 'government', 'administration', 'ministry', 'department', 'council', 'committee', 'commission', 'campaign', 'alliance', 'association', 'newspaper', 'paper', 'school', 'university']);
/** A company's name by its legal-form word ("Acme Corp", "Nordvik Holdings"). */
/** A company's own bodies, which "the company" does not stand for. */
const INTERNAL_BODY = /^(?:(?:the )?Board(?: of Directors)?|Directors|(?:\p{Lu}\p{Ll}+ )?Committee|Management|Executive Board)$/u;
const COMPANY_NAME = /\b(?:Corp|Corporation|Inc|Ltd|Limited|plc|PLC|Co|LLC|AG|SA|NV|GmbH|Holdings)\.?$/;

/**
 * "Former mayor denies taking bribes": a title alone as a headline's speaker stands for the one
 * person the article gives that title to, later in the text ("The former mayor of Linton, Carla
 * Nunes, denied …"); null when no one or several people hold it.
 */
function headlineTitleHolder(doc: Document, layer: ActorLayer, r: [number, number]): Actor | null {
  const { tokens } = doc;
  // Checked before headlineOf, which reads the whole first paragraph: a long one is no headline.
  const lead = doc.paragraphs[0];
  if (!lead || lead[1] - lead[0] > MAX_HEADLINE_CHARS || tokens[r[1] - 1].end > lead[1]) return null;
  const first = headlineOf(doc);
  if (!first || tokens[r[1] - 1].end > first[1]) return null;
  const words = tokens.slice(r[0], r[1]).map(lower);
  if (words.some((w) => !/^\p{L}+$/u.test(w)) || words.length > 3) return null;
  const head = words[words.length - 1];
  // "Treasury chief says …" then "Treasury Secretary Dana Whitfield": a leader word after a body
  // stands for the one person whose title opens with that body.
  const body = words.length > 1 && LEADER_HEADS.has(head) ? `${words.slice(0, -1).join(' ')} ` : null;
  const holds = (title: string): boolean => title.split(/\s+/)[0] === head || title.split(/\s+/).pop() === head || title === words.join(' ') || body !== null && title.startsWith(body)
    || head === 'prosecutor' && /\b(?:u\.s\.|district|state'?s|crown|assistant) attorney\b/.test(title);
  const holders = layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((role) => holds(role.title.toLowerCase())));
  return holders.length === 1 ? holders[0] : null;
}

/** Longest first paragraph read as a headline: a longer one is text without full stops, not a headline. */
const MAX_HEADLINE_CHARS = 300;

/**
 * "A cyclist … could have survived, a coroner has concluded." then "Senior coroner Helen Marr
 * said …": in the opening paragraphs an indefinite title ("a coroner", "a judge") is the one
 * person the article gives that title; null when none or several hold it, or later in the text,
 * where "a senator said" is more often someone else.
 */
function ledeTitleHolder(doc: Document, layer: ActorLayer, r: [number, number]): Actor | null {
  const { tokens } = doc;
  if (r[1] - r[0] < 2 || r[1] - r[0] > 5 || !/^an?$/i.test(tokens[r[0]].text)) return null;
  // "a coroner", "a security researcher", "An Ohio school board member": modifiers, then a
  // lower-case title or agent noun.
  if (tokens.slice(r[0] + 1, r[1]).some((t) => !/^\p{L}+$/u.test(t.text)) || !/^\p{Ll}+$/u.test(tokens[r[1] - 1].text)) return null;
  const noun = tokens[r[1] - 1].text;
  if (!gazetteer().titles.has(noun) && !/(?:er|or|ist|ian)$/.test(noun)) return null;
  const para = doc.sentences.find((x) => x.start <= tokens[r[0]].start && tokens[r[0]].start < x.end)?.paragraph ?? Infinity;
  // The headline, and the lede after it or after a short byline ("Sam Okafor / 2:15 PM GMT").
  const byline = doc.paragraphs[1] !== undefined && doc.paragraphs[1][1] - doc.paragraphs[1][0] < 100;
  if (para > (byline ? 2 : 1)) return null;
  // "a federal prosecutor told jurors" of "Assistant U.S. Attorney Melissa Graybill".
  const holds = (title: string): boolean => title.toLowerCase().split(/\s+/).pop() === noun || noun === 'prosecutor' && /\b(?:U\.S\.|District|State'?s|Crown|Assistant) Attorney\b/i.test(title);
  const holders = layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((role) => holds(role.title)));
  return holders.length === 1 ? holders[0] : null;
}

/** Nouns for whoever leads a body, as a speaker's head ("the head of Corvair Airlines", "Corvair boss"). */
const LEADER_HEADS = new Set(['head', 'chief', 'boss', 'leader', 'chairman', 'chairwoman', 'chair', 'president', 'ceo']);
/** Role titles of a body's leader. */
const LEADER_TITLES = new Set([...LEADER_HEADS, 'chief executive', 'chief executive officer', 'managing director', 'director-general', 'director general', 'secretary-general', 'secretary general', 'general secretary', 'executive director', 'premier', 'prime minister']);

/**
 * "The head of Corvair Airlines told senators …" and, later, "Chief Executive Dana Whitlow": a
 * leader named only by the body they lead stands for the one person the article gives a leader's
 * title for that body, before or after; null when none or several.
 */
function leaderOf(head: string, actors: Actor[], layer: ActorLayer): Actor | null {
  if (!LEADER_HEADS.has(head)) return null;
  const bodies = actors.filter((a) => a.type === 'ORGANIZATION' || a.type === 'MEDIA' || a.type === 'GROUP' || a.type === 'COUNTRY');
  if (bodies.length !== 1 || bodies.length !== actors.length) return null;
  const holders = layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((role) => role.of === bodies[0].id && LEADER_TITLES.has(role.title.toLowerCase())));
  if (holders.length === 1) return holders[0];
  // "Chair Eleanor Whitcombe" of no named body, then "the Fed chair": the one person holding that title.
  const bare = holders.length === 0 ? layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((role) => role.of === null && role.title.toLowerCase() === head)) : [];
  return bare.length === 1 ? bare[0] : null;
}

/**
 * The accepted actor mentioned most often before `offset` within the look-back, the most recent
 * of those on a tie: "the company" is the one the story is about, not the broker an analyst
 * quoted just before works for.
 */
function topicalAntecedent(layer: ActorLayer, byId: Map<string, Actor>, offset: number, accept: (t: ActorType, a: Actor) => boolean): Actor | null {
  const from = lastMentionBefore(layer.mentions, offset);
  const counts = new Map<Actor, number>();
  let best: Actor | null = null;
  for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
    const m = layer.mentions[i];
    if (m.end > offset) continue;
    const actor = byId.get(m.actorId);
    if (!actor || !accept(actor.type, actor)) continue;
    const n = (counts.get(actor) ?? 0) + 1;
    counts.set(actor, n);
    if (!best || n > counts.get(best)!) best = actor;
  }
  return best;
}

/** Whether a pronoun can stand for an actor of this type (the previous speaker of its sentence). */
function compatible(word: string, type: ActorType): boolean {
  const w = word.replace(/[’'](s|ll|d|ve|re)$/, '');
  if (PERSONAL.has(w)) return type === 'PERSON';
  if (w === 'it') return THINGS.has(type);
  if (w === 'they' || w === 'we') return GROUPS.has(type);
  return false;
}

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** Whether a capitalized word follows in tokens[from, to) ("his deputy Anna Vale"). */
function namedLater(tokens: Document['tokens'], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isCapitalized(tokens[i])) return true;
  return false;
}

/** Splits "The United States and NATO", "Mr Lee and his deputy Jo Kim", "the Rail Delivery Group and the union Aslef" at "and" when both sides name someone. */
/**
 * "Environment and Climate Change Canada", "the England and Wales Cricket Board", "Land
 * Transportation Franchising and Regulatory Board": a capitalised phrase with one "and", an
 * organisation of two words or more named after it up to the phrase's end, and before the "and"
 * only ordinary words or a country, none of them a name of its own, is one body; the tagger
 * typed only its end. Not "Ford and General Motors" (a company before the "and") nor "Britain and
 * France" (one word after it).
 */
function brokenBody(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): Actor | null {
  const { tokens } = doc;
  const from = lower(tokens[r[0]]) === 'the' ? r[0] + 1 : r[0];
  let and = -1;
  for (let k = from; k < r[1]; k++) {
    if (lower(tokens[k]) === 'and') {
      if (and >= 0) return null;
      and = k;
    } else if (!isCapitalized(tokens[k]) || /['’]/.test(tokens[k].text)) return null;
  }
  if (and <= from || and + 2 >= r[1] || and - from > 4) return null;
  const end = mentionEndingAt(layer, tokens[r[1] - 1].end);
  const right = end ? byId.get(end.actorId) : undefined;
  if (!end || !right || right.type !== 'ORGANIZATION' || end.start <= tokens[and].start || end.start > tokens[and + 1].start) return null;
  if (doc.text.slice(end.start, end.end).split(/\s+/).length < 2) return null;
  const { common, known } = wordLists();
  for (let k = from; k < and; k++) {
    const w = lower(tokens[k]);
    const m = layer.mentions[lastMentionBefore(layer.mentions, tokens[k].end)];
    const owner = m && m.start <= tokens[k].start && m.end >= tokens[k].end ? byId.get(m.actorId) : undefined;
    const place = owner?.type === 'PLACE' || owner?.type === 'COUNTRY' || lookupCountry(tokens[k].text) !== undefined;
    if (owner && !place || !place && !common.has(w) && !known.has(w)) return null;
  }
  // The tagger's body is the whole one: it takes the full name, its part kept as an alias.
  const name = doc.text.slice(tokens[from].start, tokens[r[1] - 1].end);
  if (right.name !== name) {
    if (!right.aliases.includes(right.name)) right.aliases.push(right.name);
    right.name = name;
  }
  return right;
}

/** Character ranges of the bracketed parts of tokens [r0, r1). */
function bracketRanges(tokens: Token[], r: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let k = r[0]; k < r[1]; k++) {
    if (tokens[k].text === '(' && open < 0) open = tokens[k].start;
    else if (tokens[k].text === ')' && open >= 0) { out.push([open, tokens[k].end]); open = -1; }
  }
  return out;
}

/** The one police force ("Westshire Police", "Avon and Somerset Constabulary") named before `offset`, or null when none or several are. */
function policeForce(layer: ActorLayer, byId: Map<string, Actor>, offset: number): Actor | null {
  let force: Actor | null = null;
  for (let i = lastMentionBefore(layer.mentions, offset); i >= 0; i--) {
    const actor = byId.get(layer.mentions[i].actorId);
    if (!actor || actor.type !== 'ORGANIZATION' || !/\s(?:Police(?: Service| Department| Force)?|Constabulary)$/.test(actor.name)) continue;
    if (force && force.id !== actor.id) return null;
    force = actor;
  }
  return force;
}

/**
 * "Residents of Cidco and Satpur", "officials in England and Wales": an "and" between two places
 * after an unnamed plural and its preposition joins the places, not two speakers.
 */
function placesOfUnnamed(tokens: Token[], start: number, i: number, end: number): boolean {
  if (i - start < 3 || !/^\p{L}\p{Ll}+s$/u.test(tokens[start].text) || !/^(?:of|in|at|from|across)$/.test(lower(tokens[start + 1]))) return false;
  for (let k = start + 2; k < i; k++) if (!isCapitalized(tokens[k])) return false;
  for (let k = i + 1; k < end; k++) if (!isCapitalized(tokens[k])) return false;
  return i + 1 < end;
}

/** Titles of a member for a constituency, written after its name ("Stokeley and Harwood MP Fiona Brannagh"). */
const MEMBER_TITLES = new Set(['MP', 'MSP', 'MS', 'AM', 'TD', 'MLA', 'MPP', 'MEP', 'MHK', 'MLC', 'MHA']);

/**
 * "Stokeley and Harwood MP Fiona Brannagh": the "and" at i joins two places of one constituency
 * when capitalised words alone stand on both sides, a member's title follows the second and a
 * name follows the title.
 */
function constituencyAnd(tokens: Token[], start: number, i: number, end: number): boolean {
  if (i - start < 1 || i - start > 3) return false;
  // Not a person before the "and" ("Mr Kerr and Liberal Democrat MSP Ross Munro").
  if (/^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr|Prof)\.?$/.test(tokens[start].text) || isFirstName(tokens[start].text)) return false;
  for (let k = start; k < i; k++) if (!isCapitalized(tokens[k]) || MEMBER_TITLES.has(tokens[k].text)) return false;
  for (let k = i + 1; k < end && k <= i + 4; k++) {
    if (MEMBER_TITLES.has(tokens[k].text)) return k > i + 1 && k + 1 < end && isCapitalized(tokens[k + 1]);
    if (!isCapitalized(tokens[k])) return false;
  }
  return false;
}

/** Heads that make capitalised fields joined by one "and" one body's name ("the England and Wales Cricket Board"). */
const ONE_BODY_HEADS: ReadonlySet<string> = new Set([...INSTITUTION_HEADS, 'board']);

function conjuncts(doc: Document, r: [number, number], layer?: ActorLayer, byId?: Map<string, Actor>): [number, number][] {
  const { tokens } = doc;
  const out: [number, number][] = [];
  let start = r[0];
  // "the Competition and Markets Authority": an "and" inside one actor's name joins no two speakers.
  const inName = (i: number): boolean => {
    if (!layer) return false;
    const at = tokens[i].start;
    const k = lastMentionBefore(layer.mentions, at + 1);
    for (let m = Math.max(0, k - 2); m <= k + 1 && m < layer.mentions.length; m++) {
      const x = layer.mentions[m];
      if (!x || x.start >= at || x.end <= tokens[i].end) continue;
      // One word or an "of" before the "and" ("Competition and Markets Authority", "Department of
      // Health and Social Care"); two names of their own each ("Norwell Freight and Castor Logistics") are two.
      const left = doc.text.slice(x.start, at).trim().split(/\s+/);
      return left.length === 1 || left.includes('of') || left.includes('for');
    }
    return false;
  };
  // "the Irish Nurses and Midwives Organisation", "the National Meteorology and Hydrology Service":
  // capitalised fields on both sides of one "and", then one institution's head, the left side
  // with no head of its own, name one body.
  // A bracketed short form after the name is no part of it: "… and Midwives Organisation (INMO)".
  const nameEnd = tokens[r[1] - 1].text === ')' && tokens[r[1] - 3]?.text === '(' && r[1] - 3 > r[0] ? r[1] - 3 : r[1];
  const oneBody = ONE_BODY_HEADS.has(lower(tokens[nameEnd - 1])) && isCapitalized(tokens[nameEnd - 1]);
  // "A Department of Health and Social Care spokesperson": a name with "and" inside it before a
  // lower-case head is one speaker, not a department and a spokesperson.
  const sharedHead = /^\p{Ll}+$/u.test(tokens[r[1] - 1].text);
  // "Sarah Okonjo, Labour MP for Thornmoor and Hexley,": an "and" inside the appositive after a person's name joins no speakers.
  const firstComma = tokens.slice(r[0], r[1]).findIndex((t) => t.text === ',');
  const opening = firstComma > 0 ? mentionEndingAt(layer, tokens[r[0] + firstComma - 1].end) : undefined;
  const appositiveFrom = opening && opening.start >= tokens[r[0]].start && byId?.get(opening.actorId)?.type === 'PERSON' ? r[0] + firstComma : r[1];
  // "Cllr Hamish Laidlaw (SNP, Aberlinn and Strathmore)": an "and" inside brackets (a party and ward) joins no speakers.
  let bracket = tokens[r[0]].text === '(' ? 1 : 0;
  for (let i = r[0] + 1; i < r[1] - 1; i++) {
    if (i > appositiveFrom) break;
    if (tokens[i].text === '(') bracket++;
    else if (tokens[i].text === ')') bracket = Math.max(0, bracket - 1);
    if (bracket > 0) continue;
    if (sharedHead && nameOnlyBefore(tokens, r[0], i) && !(POSSESSIVES.has(lower(tokens[i + 1])) && KIN.has(lower(tokens[r[1] - 1])))) continue;
    // "Left tackle Marcus Bell and center Trey Lindqvist": lower-case title words may open the second name.
    const titledNext = mentionEndingAt(layer, tokens[i - 1].end) !== undefined && /^\p{Ll}+$/u.test(tokens[i + 1].text) && !DETERMINERS.has(lower(tokens[i + 1])) && (isCapitalized(tokens[i + 2] ?? tokens[i]) && i + 2 < r[1]
      || /^\p{Ll}+$/u.test(tokens[i + 2]?.text ?? '') && isCapitalized(tokens[i + 3] ?? tokens[i]) && i + 3 < r[1]);
    // "Mrs Cowie and her daughter": a person, then a possessive and a noun for kin or people.
    const kinNext = POSSESSIVES.has(lower(tokens[i + 1])) && i + 3 === r[1] && KIN.has(lower(tokens[i + 2])) && mentionEndingAt(layer, tokens[i - 1].end) !== undefined;
    if (lower(tokens[i]) === 'and' && constituencyAnd(tokens, start, i, r[1])) continue;
    if (lower(tokens[i]) === 'and' && placesOfUnnamed(tokens, start, i, r[1])) continue;
    if (oneBody && lower(tokens[i]) === 'and' && !ONE_BODY_HEADS.has(lower(tokens[i - 1])) && i < nameEnd && capitalisedRun(tokens, i + 1, nameEnd) && capitalisedRun(tokens, r[0], i, true)) continue;
    if (lower(tokens[i]) === 'and' && !inName(i) && !fieldAfterOf(tokens, i, r) && isCapitalized(tokens[i - 1]) && (isCapitalized(tokens[i + 1]) || titledNext || kinNext || (POSSESSIVES.has(lower(tokens[i + 1])) || lower(tokens[i + 1]) === 'the') && namedLater(tokens, i + 2, r[1]))) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, r[1]]);
  return out;
}

/**
 * "Oman's Minister of Energy and Minerals, Saeed Al Harthy": the "and" of a title's or body's
 * fields after "of" (capitalised common words on both sides, the field list ending the phrase or
 * at a comma) joins no two speakers.
 */
function fieldAfterOf(tokens: Token[], i: number, r: [number, number]): boolean {
  const { common, known } = wordLists();
  const field = (k: number): boolean => k < r[1] && isCapitalized(tokens[k]) && (common.has(lower(tokens[k])) || known.has(lower(tokens[k])));
  if (!field(i - 1) || !field(i + 1)) return false;
  let k = i + 2;
  while (field(k)) k++;
  // The field list ends the phrase, at a comma, or before the holder's name ("Minister for Housing and Estates Chua Wei Ming").
  const holder = (m: number): boolean => isFirstName(tokens[m].text) || trailingEastAsianName(tokens.slice(m, r[1]).map((t) => t.text)) === r[1] - m;
  let named = false;
  for (let m = i + 2; m <= k && m < r[1] && !named; m++) named = holder(m);
  if (k < r[1] && tokens[k].text !== ',' && !named) return false;
  for (let j = i - 2; j >= r[0] && j >= i - 5; j--) if (lower(tokens[j]) === 'of' || lower(tokens[j]) === 'for') return true;
  return false;
}

/** The mention that ends at `offset`, if any ("Marcus Bell" before "and center Trey Lindqvist"; none for "Co-founder and …"). */
function mentionEndingAt(layer: ActorLayer | undefined, offset: number): Mention | undefined {
  if (!layer) return undefined;
  const i = firstStartingAt(layer.mentions, offset) - 1;
  return i >= 0 && layer.mentions[i].end === offset ? layer.mentions[i] : undefined;
}


/** Whether tokens [a, b) are all capitalised words (after a leading "the" when `article`), and at least one. */
function capitalisedRun(tokens: Token[], a: number, b: number, article = false): boolean {
  const from = article && a < b && lower(tokens[a]) === 'the' ? a + 1 : a;
  if (from >= b) return false;
  for (let k = from; k < b; k++) if (!isCapitalized(tokens[k])) return false;
  return true;
}

/** Nouns for kin and companions after "his"/"her" in a joint source ("Mrs Cowie and her daughter"). */
const KIN = new Set(['wife', 'husband', 'partner', 'daughter', 'son', 'mother', 'father', 'sister', 'brother', 'children', 'family', 'parents', 'friend', 'colleague', 'lawyer', 'attorney']);

/** Whether tokens [a, i) hold only an article and capitalised name words ("A Department of Health"), no head noun of their own. */
function nameOnlyBefore(tokens: Token[], a: number, i: number): boolean {
  for (let k = a; k < i; k++) {
    const w = tokens[k].text;
    if (!isCapitalized(tokens[k]) && !/^(?:a|an|the|of|for)$/.test(w)) return false;
  }
  return true;
}

function headIndex(doc: Document, r: [number, number]): number {
  const { tokens } = doc;
  // "A Department of Transportation official": an "of" between capitals, in a name before a lower-case head noun, is inside the name.
  const nounLast = /^\p{Ll}+$/u.test(tokens[r[1] - 1].text);
  for (let i = r[0] + 1; i < r[1]; i++) {
    const t = tokens[i];
    if (nounLast && (t.text === 'of' || t.text === 'for') && isCapitalized(tokens[i - 1]) && i + 1 < r[1] - 1 && isCapitalized(tokens[i + 1])) continue;
    // "A report published last week by Halloway Insights": a participle after the head ends it too.
    if (t.text === ',' || t.text === '(' || PHRASE_PREPOSITIONS.has(lower(t)) || HEAD_PARTICIPLES.has(lower(t))) return i - 1;
  }
  return r[1] - 1;
}

/** Participles that follow the head noun of a source phrase ("a study published in …", "a memo seen by …"). */
const HEAD_PARTICIPLES = new Set(['published', 'released', 'commissioned', 'conducted', 'carried', 'seen', 'sent', 'circulated', 'issued', 'obtained', 'prepared', 'compiled', 'written', 'led', 'funded', 'posted', 'shared', 'filed']);

/** Quantities of people: "47 percent", "nearly half", "many", "six in 10". */
const QUANTITY = /^(?:\d[\d,.]*|percent|per|half|third|quarter|many|most|some|few|majority|majorities|minority|minorities|all|none|both|each|others?|everyone|everybody|nobody|anybody|you|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?)$|-(?:one|two|three|four|five|six|seven|eight|nine)$/i;
/** People by their occupation or activity: "marketers", "skywriters", "novelists", "the media". */
const AGENT = /(?:ers?|ors?|ists?|ians?|ees?|ants?|ents?|media|press|public|crowd|band|audience|wives|ads?|videos?|transcripts?|results|articles?|magazine|reports|news|minutes|records|documents|filings|findings|board|airline|carrier|couple|website|sites?|year-old|panel|jury|probe|inquiry|investigations?|reviews?|audits?|inquests?|analysis|commission|bank|school|university|hospital|club|league|city|county|town|village|academy|institute|foundation|society|federation|association|agency|authority|trust|charity|studio|studios)$/i;

/** Nouns that take no article in running text ("Police said", "Staff were told"). */
const MASS_SOURCES = new Set(['police', 'staff', 'people', 'management', 'security', 'parliament', 'congress', 'labour']);
/** Documents speak for their authors even in headlines ("Poll finds Clinton ahead"). */
const DOCUMENTS = new Set(['poll', 'survey', 'study', 'report', 'newspaper', 'paper', 'analysis', 'data', 'memo', 'letter', 'statement', 'document', 'filing', 'ruling', 'verdict', 'record', 'email', 'tweet', 'post', 'review', 'audit', 'census']);

/**
 * "Minister defends plan", "Senator presses for vote", "Council backs homes": a headline's bare
 * singular noun (no article, first word, unresolved) is a role or body word, not an actor; plural
 * sources ("Officials say") stay.
 */
function headlineNoun(doc: Document, i: number): boolean {
  const t = doc.tokens[i];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || /s$/.test(t.text) || MASS_SOURCES.has(lower(t)) || DOCUMENTS.has(lower(t))) return false;
  return doc.sentences.some((s) => s.tokenStart === i) && isSourceDescription(t.text);
}

/**
 * Whether a phrase that names no actor may still describe someone: a noun for people, a role, a
 * body or a document, a quantity of people, an agent noun, or a name after its first word. "Talks
 * on river" (a headline's subject before a noun misread as a verb) and "her country" describe no one.
 */
function mayDescribeSomeone(doc: Document, r: [number, number], text: string): boolean {
  const { tokens } = doc;
  if (r[1] - r[0] === 1 && headlineNoun(doc, r[0])) return false;
  if (isSourceDescription(text)) return true;
  for (let i = r[0]; i < r[1]; i++) {
    const w = tokens[i].text;
    if (QUANTITY.test(w) || (isCapitalized(tokens[i]) && (i > r[0] || (i > 0 && /^[\p{Ll},]/u.test(tokens[i - 1].text))))) return true;
  }
  return AGENT.test(tokens[headIndex(doc, r)].text.replace(/['’]s?$/, ''));
}

/**
 * Whether a phrase could be a speaker by its head part (the words before its first preposition
 * or comma): a pronoun, a name (a capitalised word other than an opening article or determiner),
 * a quantity of people, or a listed noun for people, roles or bodies. Stricter than
 * `mayDescribeSomeone`, which also takes a name anywhere in the phrase: "too much power on Wall
 * Street" names no one. The source ranker only replaces a rule's speaker with such a phrase.
 */
export function mayBeSpeaker(doc: Document, r: [number, number]): boolean {
  const { tokens } = doc;
  const h = headIndex(doc, r);
  for (let i = r[0]; i <= h; i++) {
    const w = lower(tokens[i]);
    if (PRONOUNS.has(w) || QUANTITY.test(tokens[i].text)) return true;
    if (isCapitalized(tokens[i]) && /^\p{L}/u.test(tokens[i].text) && !DETERMINERS.has(w)) return true;
  }
  return isSourceDescription(doc.text.slice(tokens[r[0]].start, tokens[h].end));
}

/**
 * The actor a speaker phrase names; null when it names no actor and describes no one ("Talks on
 * river" of a misread headline, "her country"): an unnamed source needs a head noun for people,
 * a role, a body or a document.
 */
function phraseSpeaker(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number], resolved: Map<string, Actor | null>): Actor | null {
  const { tokens } = doc;
  const span: Span = [tokens[r[0]].start, tokens[r[1] - 1].end];
  const inside: Mention[] = [];
  const given = nameGivenAs(doc, layer, byId, r);
  if (given) return given;
  // "said the younger Kowalczyk": of two people sharing a family name, the one named last.
  if (r[1] - r[0] === 3 && lower(tokens[r[0]]) === 'the' && /^(?:younger|elder|older)$/.test(lower(tokens[r[0] + 1])) && isCapitalized(tokens[r[0] + 2])) {
    const surname = tokens[r[0] + 2].text;
    const named = antecedent(layer, byId, tokens[r[0]].start, (t, a) => t === 'PERSON' && a.name.split(/\s+/).length > 1 && a.name.endsWith(` ${surname}`));
    if (named) return named;
  }
  // "Turkey's foreign minister said" in a lede, then "Foreign Minister Orhan Yavuzer told": a
  // country's or body's title is the one person the article gives that title.
  const ownedTitle = possessiveTitleHolder(doc, layer, r);
  if (ownedTitle) return ownedTitle;
  // "the CJ said": a title in capitals, though tagged as a name, is the person holding it.
  if (r[1] - r[0] === 2 && lower(tokens[r[0]]) === 'the' && (ACRONYM_TITLES.has(tokens[r[0] + 1].text) || /^(?:MP|MEP|MSP|MLA|MLC|TD|MEC|MCA)$/.test(tokens[r[0] + 1].text))) {
    const holder = definiteAntecedent(doc, layer, byId, r);
    if (holder) return holder;
  }
  // A relative clause after the name is about the speaker, and whom it names is not the speaker
  // ("Alan Brooks, who introduced Delgado, said").
  const end = relativeClauseStart(tokens, r) ?? span[1];
  for (let i = lastMentionBefore(layer.mentions, span[0]) + 1; i < layer.mentions.length && layer.mentions[i].start < end; i++) {
    if (layer.mentions[i].end <= end) inside.push(layer.mentions[i]);
  }
  // "Rep. Elena Ruiz (D., Calif.)", "Cllr Dafydd Rowlands (Plaid Cymru, Tawel Uchaf)": a party and
  // place in brackets after a name are about the speaker, not the speaker.
  const bracketed = bracketRanges(tokens, r);
  if (bracketed.length) {
    const outside = inside.filter((m) => !bracketed.some(([a, b]) => m.start >= a && m.end <= b));
    if (outside.some((m) => byId.get(m.actorId)?.type === 'PERSON') && outside.length < inside.length) inside.splice(0, inside.length, ...outside);
  }
  const actors = inside.map((m) => byId.get(m.actorId)).filter((a): a is Actor => a !== undefined);
  const h = headIndex(doc, r);
  const head = tokens[h];
  const atHead = inside.find((m) => m.start <= head.start && m.end >= head.end);
  // "Donald Trump's lawyer", "Brandt's publicist": a person named as the owner of the head noun is
  // whose the speaker is, not the speaker, when the head is a noun for people or a body or a name
  // of its own ("Velmark's state news agency VNA").
  const peopleHead = ownsPeople(head);
  const ownedPeople = peopleHead || atHead !== undefined;
  const ofPerson = peopleHead ? ofOwner(doc, r, h) : -1;
  // Only title words may stand between "of" and the person ("of incumbent President Stefan Krol"), not another noun phrase ("the head of the ministry Oleg Barin").
  const owned = (m: Mention): boolean => ofPerson >= 0 && m.start >= ofPerson && /^(?:[\p{L}.'’-]+\s+){0,3}$/u.test(doc.text.slice(ofPerson, m.start)) && !/\b(?:the|a|an)\s/i.test(doc.text.slice(ofPerson, m.start));
  // "Alan Brooks, a friend of Delgado, said": a person opening the phrase (after title words only)
  // before a comma is the speaker, and the appositive after it describes them.
  const first = inside[0];
  if (first && byId.get(first.actorId)?.type === 'PERSON' && /^(?:\p{Lu}[\p{L}.]*\s+)*$/u.test(doc.text.slice(span[0], first.start)) && /^\s*,/.test(doc.text.slice(first.end, span[1])) && doc.text.slice(first.end, span[1]).trim() !== ',') return byId.get(first.actorId)!;
  // "A person close to Brenner's training group": a person named after "close to" or "familiar with" is whom the source is near, not the speaker.
  const closeTo = /\b(?:close|closer|near|loyal|allied|familiar|connected)\s+(?:to|with)\s/i.exec(doc.text.slice(span[0], span[1]));
  const afterPeopleHead = (m: Mention): boolean => closeTo !== null && m.start >= span[0] + closeTo.index;
  // "Deepak Sahni of the Rashtriya Jan Morcha (RJM)": a name after "of (the)" behind a person is that
  // person's party or body, whatever the tagger typed it.
  const ofAfterPerson = (m: Mention): boolean => /\bof(?: the)?\s+$/i.test(doc.text.slice(Math.max(span[0], m.start - 8), m.start)) && inside.some((x) => x.end <= m.start && byId.get(x.actorId)?.type === 'PERSON');
  const person = [...inside].reverse().find((m) => byId.get(m.actorId)?.type === 'PERSON' && !(ownedPeople && ownerOfHead(doc.text, m, head.start)) && !owned(m) && !afterPeopleHead(m) && !ofAfterPerson(m));
  if (person) return byId.get(person.actorId)!;
  const named = nameAfterDescription(doc, layer, byId, r, inside);
  if (named) return named;
  if (atHead) {
    // "Opposition warns of budget hole" in a headline: the one person the body gives that title ("Opposition Leader Mark Feeney").
    const actor = byId.get(atHead.actorId)!;
    return (actor.type === 'ANONYMOUS' ? headlineTitleHolder(doc, layer, r) ?? ledeTitleHolder(doc, layer, r) ?? earlierUnnamed(doc, layer, byId, r) ?? fullerUnnamed(doc, layer, byId, r) : null) ?? actor;
  }
  // "the Norland side", "the Ukrainian side" (diplomatic usage): the party named, not someone unnamed.
  if (lower(head) === 'side' && actors.length === 1 && actors[0].type !== 'PERSON') return actors[0];
  // "a study by the University of Halden", "a statement from the ministry": who wrote it.
  if (WORKS.has(lower(head))) {
    const by = tokens.slice(r[0], r[1]).findIndex((t) => t.text === 'by' || t.text === 'from');
    const author = by < 0 ? undefined : inside.find((m) => m.start > tokens[r[0] + by].start);
    if (author) return byId.get(author.actorId) ?? null;
    // "the figures of the CENI": an organisation after "of" made the work ("a survey of Republicans" did not).
    const of = h + 1 < r[1] && tokens[h + 1].text === 'of' ? tokens[h + 1].start : -1;
    const maker = of < 0 ? undefined : inside.find((m) => m.start > of && byId.get(m.actorId)?.type === 'ORGANIZATION');
    if (maker) return byId.get(maker.actorId) ?? null;
    // "A 1997 editorial in the trade journal Agri Trade Review": a work in an outlet is the outlet's.
    const inAt = tokens.slice(r[0], r[1]).findIndex((t) => t.text === 'in');
    const outlet = inAt < 0 ? undefined : inside.find((m) => m.start > tokens[r[0] + inAt].start && byId.get(m.actorId)?.type === 'MEDIA');
    if (outlet) return byId.get(outlet.actorId) ?? null;
    // "the agency's own figures", "the ministry's data": a body's work is the body's words.
    const owner = tokens.slice(r[0], h).findIndex((t) => /^\p{Ll}+['’]s$/u.test(t.text));
    if (owner > 0 && lower(tokens[r[0]]) === 'the') {
      const at = r[0] + owner;
      const noun = tokens[at].text.replace(/['’]s$/, '').toLowerCase();
      const body = nounAfterName(doc, layer, byId, tokens[r[0]].start, noun, null) ?? (GENERIC_ORGS.has(noun) ? antecedent(layer, byId, tokens[r[0]].start, (t, a) => (t === 'ORGANIZATION' || t === 'GROUP') && a.name.toLowerCase().split(/\s+/).includes(noun)) : null);
      if (body) return body;
    }
  }
  // "a Bloomberg report (published after the close)", "a new Reuters analysis": an outlet or body named between the article and the work is its author.
  if (DETERMINERS.has(lower(tokens[r[0]]))) {
    const owner = workOwner(doc, inside, r, byId);
    if (owner) return owner;
  }
  // "A message on the bank's status page read: …": words posted on someone's page are theirs.
  const posted = DETERMINERS.has(lower(tokens[r[0]])) && r[0] + 1 < r[1] ? lower(tokens[r[0] + 1]) : lower(tokens[r[0]]);
  if (POSTED.has(posted)) {
    const on = tokens.slice(r[0], r[1]).findIndex((t) => t.text === 'on' || t.text === 'in');
    const owned = on < 0 ? -1 : tokens.slice(r[0] + on + 1, r[1]).findIndex((t) => /['’]s$/.test(t.text));
    if (owned >= 0 && owned < 3) {
      const at = r[0] + on + 1 + owned;
      const own = tokens[at].text.replace(/['’]s$/, '');
      // "the bank's": the organisation the story is about, for a noun that names one; "Harbour Bank's": by name.
      const actor = isCapitalized(tokens[at]) ? resolveName(layer, own)
        : GENERIC_ORGS.has(own.toLowerCase()) ? topicalAntecedent(layer, byId, tokens[r[0] + on + 1].start, (t) => t === 'ORGANIZATION' || t === 'MEDIA' || t === 'GROUP') : null;
      if (actor) return actor;
    }
  }
  // "the Danish commissioner": the country of a demonym before a title does not stop the title's holder being looked for.
  const demonymOnly = r[1] - r[0] === 3 && actors.length === 1 && actors[0].type === 'COUNTRY' && isDemonym(tokens[r[0] + 1].text);
  const definite = actors.length === 0 ? earlierWork(doc, layer, byId, r) ?? definiteAntecedent(doc, layer, byId, r) ?? headlineTitleHolder(doc, layer, r) ?? ledeTitleHolder(doc, layer, r) ?? earlierUnnamed(doc, layer, byId, r)
    : (demonymOnly ? definiteAntecedent(doc, layer, byId, r) : null) ?? leaderOf(lower(head), actors, layer) ?? headlineTitleHolder(doc, layer, r);
  if (definite) return definite;
  // "The Unite union", "the Reform party": a body's name before the noun for what it is names the speaker.
  // "The NightCrane ransomware group": up to two lower-case modifiers may come between.
  if (actors.length === 1 && inside.length === 1 && BODY_NOUNS_AFTER_NAME.has(lower(head)) && inside[0].end <= head.start && /^(?:\s+[\p{Ll}-]+){0,2}\s*$/u.test(doc.text.slice(inside[0].end, head.start)) && actors[0].type !== 'PERSON' && actors[0].type !== 'PLACE') return actors[0];
  const shortened = bodyByShortForm(doc, layer, byId, r, inside);
  if (shortened) return shortened;
  const described = actors.length === 0 ? describedBody(doc, r) : 0;
  if (described > 0) return namedBody(layer, doc.text.slice(tokens[r[0]].start, tokens[described - 1].end), [tokens[r[0]].start, tokens[described - 1].end]);
  const trimmedEnd = placeAppositive(doc, byId, r, inside) ?? bodyAppositive(doc, byId, r, inside) ?? (tokens[r[1] - 1].text === ',' ? r[1] - 1 : r[1]);
  const text = doc.text.slice(span[0], tokens[trimmedEnd - 1].end);
  const fuller = fullerUnnamed(doc, layer, byId, [r[0], trimmedEnd]);
  if (fuller) return fuller;
  const unnamed = (): Actor | null => (actors.length > 0 || mayDescribeSomeone(doc, r, text) ? anonymousActor(layer, withoutTime(text), [span[0], tokens[trimmedEnd - 1].end]) : null);
  if (!isCapitalized(head) || actors.length > 0 || r[1] - r[0] > 2 && !/^\p{Lu}/u.test(text)) return unnamed();
  if (!resolved.has(text)) resolved.set(text, resolveName(layer, text));
  return resolved.get(text) ?? unnamed();
}

/** The character offset of ", who …" (or "whom", "whose", "which") inside speaker phrase `r` after a name or noun, else null. */
function relativeClauseStart(tokens: Token[], r: [number, number]): number | null {
  for (let k = r[0] + 1; k + 1 < r[1]; k++) {
    if (tokens[k].text === ',' && /^(?:who|whom|whose|which)$/.test(lower(tokens[k + 1]))) return tokens[k].start;
  }
  return null;
}

/** Nouns for people by their occupation: "publicist", "attorney", "aide". */
const PEOPLE_ENDINGS = /^(?:\p{L}{3,}ists?|aides?|attorneys?|confidants?|lawyers?|advis[eo]rs?|staffers?|supporters?|backers?|allies|counsel|staff|team|camp|family|wife|husband|son|daughter|mother|father)$/u;

/** Works and words a person owns and speaks through: "Trump's comments", "Clinton's op-ed" are the owner's. */
const OWNED_WORDS = new Set(['comments', 'comment', 'remarks', 'remark', 'response', 'reply', 'argument', 'words', 'op-ed', 'email', 'e-mail', 'tweet', 'tweets', 'post', 'speech', 'book', 'memoir', 'refusal', 'message', 'letter', 'statement', 'answer', 'pitch', 'rhetoric', 'language', 'testimony', 'interview', 'account', 'view', 'views', 'position', 'claim', 'claims', 'pronouncements', 'endorsement']);

/** Whether a speaker phrase's head is a noun for people or a body ("lawyer", "campaign", "aides"), which a possessive owner does not speak for. */
function ownsPeople(head: Token): boolean {
  const h = lower(head);
  return !OWNED_WORDS.has(h) && !DOCUMENTS.has(h) && !WORKS.has(h) && (GENERIC_ORGS.has(h) || isSourceDescription(h) || PEOPLE_ENDINGS.test(h));
}

/**
 * "The office of incumbent President Stefan Krol", "a friend of Ms Hale": a phrase opened by an
 * article (or by its plural head, "Representatives for Pryor-Walsh") whose head (token `h`, a noun for people or a body) takes "of" and a person (title words
 * allowed between) is whose that head is, not the person. Returns the character offset of the
 * token after "of" (a person named from there, before any comma, is the owner), or -1.
 */
function ofOwner(doc: Document, r: [number, number], h: number): number {
  const { tokens } = doc;
  // A bare plural opening the phrase takes no article: "Representatives for Pryor-Walsh declined".
  const opened = /^(?:the|a|an)$/i.test(tokens[r[0]].text) || h === r[0] && /\p{Ll}s$/u.test(tokens[h].text);
  // "Analysts at Harcourt Mills", "Parents in Hamilton's Pūriri Grove": where they work or live, whatever the tagger made of the name.
  if (!opened || h + 2 >= r[1] || !/^(?:of|for|at|in|from)$/.test(lower(tokens[h + 1]))) return -1;
  return tokens[h + 2].start;
}

/** Whether mention `m` is a possessive ("Trump's", "Jones'") before the phrase's head at `headAt`. */
function ownerOfHead(text: string, m: Mention, headAt: number): boolean {
  // "A senior Whitfield campaign aide", "a Brandt spokesman": a name used before lower-case words that end on the head is whose they are.
  return m.end <= headAt && (/^['’](?:s\b|\s)/.test(text.slice(m.end, m.end + 3)) || headAt - m.end < 40 && /^(?:\s+[\p{Ll}-]+){0,2}\s+$/u.test(text.slice(m.end, headAt)));
}

/**
 * "One commuter, who gave her name only as Marta,": the person a source phrase names by the name
 * it says they gave, when that name is a person of the article's actors.
 */
function nameGivenAs(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): Actor | null {
  const { tokens } = doc;
  for (let k = r[0] + 2; k + 1 < r[1]; k++) {
    if (lower(tokens[k]) !== 'as' || !isCapitalized(tokens[k + 1])) continue;
    const before = lower(tokens[k - 1]) === 'only' ? k - 2 : k - 1;
    if (!/^names?$/.test(lower(tokens[before]))) continue;
    const m = layer.mentions[firstStartingAt(layer.mentions, tokens[k + 1].start)];
    const actor = m && m.start === tokens[k + 1].start ? byId.get(m.actorId) : undefined;
    if (actor?.type === 'PERSON') return actor;
  }
  return null;
}

/**
 * "The drivers' union, Transit Workers,": a description with no name in it, then a name set off
 * by commas that is exactly one mention; the name is the speaker, not an unnamed "union".
 */
function nameAfterDescription(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number], inside: Mention[]): Actor | null {
  const { tokens } = doc;
  const comma = tokens.slice(r[0], r[1]).findIndex((t) => t.text === ',');
  if (comma <= 0) return null;
  const c = r[0] + comma;
  // An owner before the description ("Reeves' attorney, Alan Brightwater,") is no name of the speaker.
  // A name used as a modifier ("The UN refugee agency, UNHCR,") is no owner either.
  if (inside.some((m) => m.start < tokens[c].start && !/^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3)) && !/^\s+\p{Ll}/u.test(doc.text.slice(m.end, m.end + 2)))) return null;
  let end = r[1];
  while (end > c + 1 && /^[,.]$/.test(tokens[end - 1].text)) end--;
  if (end <= c + 1) return null;
  // "The competition regulator, the Competition and Markets Authority,": an article may open the name.
  const open = /^the$/i.test(tokens[c + 1].text) && c + 2 < end ? c + 2 : c + 1;
  const m = inside.find((x) => (x.start === tokens[c + 1].start || x.start === tokens[open].start) && x.end === tokens[end - 1].end);
  // "A spokesperson for the venue, Marlow Park,": a place in apposition names the venue, not the speaker.
  if (m) return byId.get(m.actorId)?.type === 'PLACE' ? null : byId.get(m.actorId) ?? null;
  // The tagger may miss the name here and find it elsewhere in the article.
  for (let k = c + 1; k < end; k++) if (!isCapitalized(tokens[k])) return null;
  return inside.length === 0 ? resolveName(layer, doc.text.slice(tokens[c + 1].start, tokens[end - 1].end)) : null;
}

/** Where "A spokesperson for the venue, Marlow Park," ends before its appositive when that names a place (the comma), or null. */
function placeAppositive(doc: Document, byId: Map<string, Actor>, r: [number, number], inside: Mention[]): number | null {
  const { tokens } = doc;
  const comma = tokens.slice(r[0], r[1]).findIndex((t) => t.text === ',');
  if (comma <= 0) return null;
  const c = r[0] + comma;
  let end = r[1];
  while (end > c + 1 && /^[,.]$/.test(tokens[end - 1].text)) end--;
  const after = inside.filter((m) => m.start >= tokens[c].end);
  return after.length === 1 && after[0].start === tokens[c + 1]?.start && after[0].end === tokens[end - 1].end && byId.get(after[0].actorId)?.type === 'PLACE' ? c : null;
}

/** A time phrase inside an unnamed source's description ("a study published on Wednesday in Nature Geoscience"). */
const TIME_INSIDE = / (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|earlier this) (?:week|month|year)|in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d))(?= )/g;

/** The description without a time phrase inside it, which names no one ("study published in Nature Geoscience"). */
function withoutTime(text: string): string {
  return text.replace(TIME_INSIDE, '');
}

/**
 * "Organisers from the Haki Kazini Network, a migrant workers' rights group,": a description of the
 * named body after its comma is no part of the unnamed speaker's name. Returns the comma, or null.
 */
function bodyAppositive(doc: Document, byId: Map<string, Actor>, r: [number, number], inside: Mention[]): number | null {
  const { tokens } = doc;
  const comma = tokens.slice(r[0], r[1]).findIndex((t) => t.text === ',');
  if (comma <= 0) return null;
  const c = r[0] + comma;
  if (!/^(?:a|an|the)$/i.test(tokens[c + 1]?.text ?? '')) return null;
  const last = inside.filter((m) => m.end <= tokens[c].start).pop();
  const body = last ? byId.get(last.actorId) : undefined;
  return last && body && body.type !== 'PERSON' && last.end === tokens[c - 1].end && last.start > tokens[r[0]].start ? c : null;
}

/**
 * "The hardline Confédération Générale des Salariés (CGS)", "the Syndicat autonome des agents du
 * patrimoine (SAAP)": a name the actor layer could not join (lower-case words inside a foreign
 * name) closed by its short form in brackets is the body the short form names. The long name, from
 * its first capitalised word, becomes one of its aliases.
 */
function bodyByShortForm(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number], inside: Mention[]): Actor | null {
  const { tokens } = doc;
  let end = r[1];
  if (tokens[end - 1].text === ',') end--;
  if (end - r[0] < 4 || tokens[end - 1].text !== ')' || tokens[end - 3].text !== '(' || !/^\p{Lu}{2,}$/u.test(tokens[end - 2].text)) return null;
  const m = inside.find((x) => x.start === tokens[end - 2].start && x.end === tokens[end - 2].end);
  const actor = m ? byId.get(m.actorId) : undefined;
  if (!actor || !['ORGANIZATION', 'GROUP', 'MEDIA'].includes(actor.type)) return null;
  let first = r[0];
  while (first < end - 3 && (!isCapitalized(tokens[first]) || /^the$/i.test(tokens[first].text))) first++;
  if (first >= end - 3) return null;
  const long = doc.text.slice(tokens[first].start, tokens[end - 4].end);
  // The long form must be spelled by the short one's letters: its capitals, in order, hold it.
  const capitals = long.match(/\p{Lu}/gu)?.join('') ?? '';
  if (!capitals.includes(tokens[end - 2].text[0]) || long.split(/\s+/).length < 2) return null;
  if (actor.name !== long && !actor.aliases.includes(long)) actor.aliases.push(long);
  return actor;
}

/** Nouns for a body in an appositive that describes a name before it ("Unite, the union representing …"). */
const DESCRIBED_BODIES = new Set([...BODY_NOUNS_AFTER_NAME, ...INSTITUTION_HEADS, 'network', 'coalition', 'alliance', 'campaign', 'movement', 'nonprofit', 'non-profit', 'regulator', 'watchdog', 'body', 'operator', 'producer', 'maker', 'manufacturer', 'developer', 'insurer', 'publisher', 'broadcaster', 'consortium', 'foundation', 'society', 'cooperative', 'co-operative']);

/**
 * "Unite, the union representing most of the workforce,": a capitalised name of up to four words
 * opening the phrase, a comma, then "the" or "a" and, within three words, a noun for a body. The
 * name is a body's even when the actor layer missed it (a word that is also a verb). Returns the
 * token after the name, or 0.
 */
function describedBody(doc: Document, r: [number, number]): number {
  const { tokens } = doc;
  let k = r[0];
  if (lower(tokens[k]) === 'the') k++;
  const start = k;
  while (k < r[1] && k < start + 4 && /^\p{Lu}[\p{L}&'’-]*$/u.test(tokens[k].text)) k++;
  if (k === start || tokens[k]?.text !== ',' || !/^(?:the|a|an)$/i.test(tokens[k + 1]?.text ?? '') || k + 2 >= r[1]) return 0;
  for (let j = k + 2; j < r[1] && j < k + 5; j++) {
    if (DESCRIBED_BODIES.has(lower(tokens[j]))) return k;
    if (!/^[\p{Ll}-]+$/u.test(tokens[j].text)) return 0;
  }
  return 0;
}

/** A definite plural for bodies just named together ("the companies", "both firms", "the two banks"). */
const JOINT_BODIES = /^(?:the|both)(?: two| three)? (?:companies|firms|groups|banks|carriers|airlines|lenders|insurers|retailers|unions|clubs|parties|sides|countries|governments|organisations|organizations)$/i;

/** Words posted somewhere, whose owner is their speaker ("a message on the bank's status page"). */
const POSTED = new Set(['message', 'post', 'notice', 'banner', 'update']);

/** The outlet or organisation named right before a work noun that follows the phrase's article ("a Bloomberg report"); none for a person ("the Smith report"). */
function workOwner(doc: Document, inside: Mention[], r: [number, number], byId: Map<string, Actor>): Actor | null {
  const { tokens } = doc;
  for (const m of inside) {
    let k = r[0] + 1;
    while (k < r[1] && tokens[k].end <= m.start) k++;
    if (k > r[0] + 2 || tokens[k]?.start !== m.start) continue;
    while (k < r[1] && tokens[k].start < m.end) k++;
    const owner = byId.get(m.actorId);
    if (k < r[1] && WORKS.has(lower(tokens[k])) && (owner?.type === 'MEDIA' || owner?.type === 'ORGANIZATION')) return owner;
  }
  return null;
}

/** Nouns for a written work whose author, named after "by" or "from", is its speaker. */
const WORKS = new Set(['study', 'teardown', 'projections', 'estimates', 'forecasts', 'calculations', 'report', 'survey', 'poll', 'analysis', 'review', 'paper', 'statement', 'letter', 'audit', 'assessment', 'memo', 'research', 'figures', 'data', 'statistics', 'editorial', 'article', 'column']);

/** Words for what a person does or is, used in copy for the person just named ("the athlete", "the singer"); no titles or offices. */
const PERSON_EPITHETS = new Set(['athlete', 'hurdler', 'sprinter', 'runner', 'swimmer', 'cyclist', 'golfer', 'boxer', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'batsman', 'bowler', 'actor', 'actress', 'singer', 'rapper', 'musician', 'comedian', 'novelist', 'billionaire', 'tycoon', 'entrepreneur', 'teenager', 'youngster', 'pensioner', 'star', 'veteran',
  'grandmother', 'grandfather', 'widow', 'widower', 'survivor',
  // College sport's class years: "the junior wrote".
  'freshman', 'sophomore', 'junior', 'redshirt']);

/** Nouns for what someone does that a nation or birthplace may precede in an epithet ("the Norwegian diplomat", "the Ukrainian-born director"). */
const OCCUPATION_EPITHETS = new Set(['diplomat', 'director', 'filmmaker', 'film-maker', 'writer', 'author', 'lawyer', 'envoy', 'activist', 'economist', 'scientist', 'researcher', 'journalist', 'artist', 'designer', 'coach', 'manager', 'player', 'politician', 'chef', 'architect', 'photographer', 'producer', 'composer', 'poet', 'playwright', 'dissident', 'businessman', 'businesswoman', 'investor', 'banker', 'mediator', 'negotiator']);

/** Party words before a legislator's title ("the Tory MSP", "the Democratic senator"). */
const PARTY_WORDS_BEFORE_TITLE = /^(?:Tory|Conservative|Labour|Lib|Liberal|SNP|Green|Plaid|Reform|Democratic|Democrat|Republican|GOP|independent|Independent|Sinn|Fianna|Fine|Alliance|Unionist|DUP)$/;

/**
 * "scaffolder", "left-arm spinner", "National Guard logistics officer": a trade after "former",
 * ending in a lower-case agent noun or a listed epithet, that no person of the article holds as a
 * title (then "the former minister" is the definite description's to resolve).
 */
function formerTrade(layer: ActorLayer, words: readonly string[]): boolean {
  const head = words[words.length - 1];
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(head) || !(PERSON_EPITHETS.has(head) || OCCUPATION_EPITHETS.has(head) || /(?:er|or|ist|ian)$/.test(head))) return false;
  // "the former official" alone may be an unnamed source; a trade with its field is someone's ("logistics officer").
  if (words.length === 1 && (gazetteer().sourceNouns.has(head) || gazetteer().anonymousHeads.has(head))) return false;
  const trade = words.join(' ').toLowerCase();
  return !layer.actors.some((a) => a.roles.some((role) => role.title.toLowerCase().endsWith(head) || role.title.toLowerCase() === trade));
}

/** Words for age or standing that open an epithet ("the elderly traditional ruler", "the veteran campaigner"). */
const EPITHET_MODIFIERS = new Set(['elderly', 'veteran', 'young', 'youthful', 'retired', 'grieving', 'outspoken', 'soft-spoken', 'silver-haired', 'bearded', 'tearful', 'defiant', 'visibly']);

/** A nation's adjective: "Danish", "Norwegian". */
const isDemonym = (word: string): boolean => lookupCountry(word)?.form === 'demonym';

/** A noun for someone of a nation: "Dutchman", "Frenchwoman", "Dane", "Spaniard". */
function demonymNoun(word: string): boolean {
  const stem = word.replace(/(?:wo)?man$/, '');
  if (stem !== word && stem.length > 2) return lookupCountry(stem)?.form === 'demonym' || gazetteer().miscWords.has(stem);
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !word.endsWith('s') && gazetteer().miscWords.has(word) && lookupCountry(word) === undefined;
}

/**
 * A definite description that stands for a person named before, as sports and profile copy
 * writes them: an age ("the 51-year-old") or a nationality noun ("The Norwegian"; a demonym in
 * -an, -ian or -i naming one person, not "the French", which is the country), or both ("the
 * 24-year-old Croatian").
 */
function isEpithet(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: [number, number]): boolean {
  const { tokens } = doc;
  if (r[1] - r[0] < 2 || lower(tokens[r[0]]) !== 'the') return false;
  // "the athlete wrote", "the actress said": a word for what someone does, never a title or office, stands for the person just reported.
  if (r[1] - r[0] === 2 && PERSON_EPITHETS.has(lower(tokens[r[0] + 1])) && /^\p{Ll}/u.test(tokens[r[0] + 1].text)) return true;
  // "the elderly traditional ruler told the governor": a description led by a word for age or
  // standing, not a title, stands for the person just reported.
  if (r[1] - r[0] >= 3 && r[1] - r[0] <= 4 && EPITHET_MODIFIERS.has(lower(tokens[r[0] + 1])) && tokens.slice(r[0] + 1, r[1]).every((t) => /^\p{Ll}[\p{Ll}-]*$/u.test(t.text))) return true;
  // "the Tory MSP said", "the Democratic senator": a party and a legislator's title stand for the legislator just reported.
  if (r[1] - r[0] === 3 && PARTY_WORDS_BEFORE_TITLE.test(tokens[r[0] + 1].text) && /^(?:MP|MSP|MEP|MLA|MS|TD|senator|congressman|congresswoman|lawmaker|legislator|councillor|councilor|peer|AM)$/.test(tokens[r[0] + 2].text)) return true;
  // "the Ukrainian-born director", "the Norwegian diplomat": a birthplace or a nation before a noun
  // for what someone does, in lower case, stands for the person just reported.
  if (r[1] - r[0] === 3 && /^\p{Ll}+$/u.test(tokens[r[0] + 2].text) && (PERSON_EPITHETS.has(lower(tokens[r[0] + 2])) || OCCUPATION_EPITHETS.has(lower(tokens[r[0] + 2])))) {
    const before = tokens[r[0] + 1].text;
    if (/^\p{Lu}[\p{L}.]*-born$/u.test(before) || isDemonym(before)) return true;
  }
  // "the father-of-two said", "the mother-of-three".
  if (r[1] - r[0] === 2 && /^(?:father|mother|dad|mum|grandfather|grandmother)-of-[a-z]+$/.test(tokens[r[0] + 1].text)) return true;
  // "the mother of two said" (the phrase scanner leaves "of two" out).
  if (r[1] - r[0] === 2 && /^(?:father|mother|grandfather|grandmother)$/.test(lower(tokens[r[0] + 1])) && lower(tokens[r[1]] ?? tokens[r[0]]) === 'of' && /^(?:two|three|four|five|six|seven|eight|nine|ten|\d+)$/.test(lower(tokens[r[1] + 1] ?? tokens[r[0]]))) return true;
  // "The former captain said" of a player named before, in sports copy (the current captain,
  // "England captain Ben Stokes", is someone else). Elsewhere "the former president" is a title
  // for the definite description rules: roles keep no "former".
  if (r[1] - r[0] === 3 && lower(tokens[r[0] + 1]) === 'former' && /^\p{Ll}+$/u.test(tokens[r[0] + 2].text) && docEvidence(doc).sports) return true;
  // "the former scaffolder told", "the former left-arm spinner said", "the former National Guard
  // logistics officer acknowledged": a former trade no one in the article holds as a title stands
  // for the person just reported.
  // An age may open it: "The 61-year-old former National Guard logistics officer".
  const aged = /^\d+-years?-old$/i.test(tokens[r[0] + 1].text) ? 1 : 0;
  if (r[1] - r[0] >= 3 + aged && r[1] - r[0] <= 6 + aged && lower(tokens[r[0] + 1 + aged]) === 'former' && formerTrade(layer, tokens.slice(r[0] + 2 + aged, r[1]).map((t) => t.text))) return true;
  // "the Mid Tyrone MLA said": a constituency and a legislator's title stand for the legislator just reported.
  if (r[1] - r[0] >= 3 && r[1] - r[0] <= 4 && /^(?:MP|MSP|MEP|MLA|MS|TD|AM|MCA|MPP|MNA|MHA)$/.test(tokens[r[1] - 1].text) && tokens.slice(r[0] + 1, r[1] - 1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !gazetteer().titles.has(t.text.toLowerCase()))) return true;
  let k = r[0] + 1;
  const age = /^\d+-years?-old$/i.test(tokens[k].text);
  // "the 58-year-old former army colonel": an age before a lower-case description of up to three words.
  if (age && r[1] - k >= 2 && r[1] - k <= 4 && tokens.slice(k + 1, r[1]).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.text))) return true;
  // An age may come before the nationality: "The 24-year-old Croatian".
  if (age && k + 1 < r[1] && /^\p{Lu}/u.test(tokens[k + 1].text)) k++;
  // Alone, or followed by an appositive: "The Norwegian, who took charge in the summer,"; an age may
  // be followed by where the person is from ("the 29-year-old from Freiburg im Breisgau").
  if (r[1] - k > 1 && tokens[k + 1].text !== ',' && !(age && k === r[0] + 1 && lower(tokens[k + 1]) === 'from')) return false;
  const t = tokens[k];
  if (age && k === r[0] + 1) return true;
  if (demonymNoun(t.text)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:ian|an|i)$/u.test(t.text)) return false;
  const m = layer.mentions[firstStartingAt(layer.mentions, t.start)];
  const actor = m && m.start === t.start && m.end === t.end ? byId.get(m.actorId) : undefined;
  return actor?.type === 'COUNTRY' && actor.name !== t.text;
}

const NOMINATIVE: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she']]);

/**
 * "His lawyer did not respond": an unnamed speaker described by a noun for people after "his" or
 * "her" is the person the pronoun stands for's ("Marcus Hartwell's lawyer"), found as a "he" or
 * "she" would be; null when the phrase names anyone ("His lawyer, Tom Reyes,") or the pronoun
 * stands for no one.
 */
function pronounOwned(doc: Document, layer: ActorLayer, r: [number, number], salience: Salience, si: number): Actor | null {
  const { tokens } = doc;
  const bare = POSSESSIVE_PRONOUNS.get(lower(tokens[r[0]]));
  if (!bare || r[1] - r[0] < 2 || r[1] - r[0] > 4) return null;
  for (let k = r[0] + 1; k < r[1]; k++) if (!/^\p{Ll}+$/u.test(tokens[k].text)) return null;
  if (!ownsPeople(tokens[r[1] - 1])) return null;
  // "Her daughter, Lorna Fraser, 52, said …" earlier: "her daughter" is then Lorna Fraser.
  const named = namedEarlierAs(doc, layer, r);
  if (named) return named;
  const owner = salience.owner(bare, r[0], si);
  if (!owner) return null;
  salience.resolved(bare, owner);
  const rest = doc.text.slice(tokens[r[0] + 1].start, tokens[r[1] - 1].end);
  const span: Span = [tokens[r[0]].start, tokens[r[1] - 1].end];
  const name = `${owner.name}'s ${rest}`;
  // The unnamed actor the layer made of the bare noun ("representative", also "the
  // representative" later in the article) becomes the owned one.
  const here = layer.mentions.find((m) => m.start >= span[0] && m.end <= span[1] && layer.actors.some((a) => a.id === m.actorId && a.type === 'ANONYMOUS'));
  const own = here ? layer.actors.find((a) => a.id === here.actorId) : undefined;
  if (own && /^[\p{Ll}\s-]+$/u.test(own.name) && !layer.actors.some((a) => a !== own && a.name.toLowerCase() === name.toLowerCase())) {
    own.name = name;
    return own;
  }
  return anonymousActor(layer, name, span);
}

/** The person an earlier sentence named right after the same possessive description ("Her daughter, Lorna Fraser,"), or null. */
function namedEarlierAs(doc: Document, layer: ActorLayer, r: [number, number]): Actor | null {
  const { tokens } = doc;
  const phrase = doc.text.slice(tokens[r[0]].start, tokens[r[1] - 1].end).toLowerCase();
  const pattern = new RegExp(`(?:^|\\W)${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},\\s*$`, 'i');
  const from = lastMentionBefore(layer.mentions, tokens[r[0]].start);
  for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
    const m = layer.mentions[i];
    if (!pattern.test(doc.text.slice(Math.max(0, m.start - phrase.length - 4), m.start))) continue;
    const actor = layer.actors.find((a) => a.id === m.actorId);
    return actor?.type === 'PERSON' ? actor : null;
  }
  return null;
}

/**
 * "“I ended up messaging Declan Morrow …,” she says": where the quotation closing right before a
 * pronoun opens, so that the last name mentioned before it is looked for outside the quotation;
 * null when no quotation closes there.
 */
function quoteOpening(tokens: readonly Token[], pronoun: number): number | null {
  let k = pronoun - 1;
  if (k >= 0 && tokens[k].text === ',') k--;
  if (k < 0 || !/^[”"]$/.test(tokens[k].text)) return null;
  for (let j = k - 1; j >= 0 && j >= k - 400; j--) {
    if (tokens[j].text === '“' || (tokens[j].text === '"' && (j === 0 || tokens[j - 1].end < tokens[j].start))) return tokens[j].start;
    if (tokens[j].text === '”') return null;
  }
  return null;
}

/**
 * "…, the Ministry of Economy, Trade and Industry said": a source phrase that opens inside a name
 * (the noun phrase before the cue stops at the name's comma) widens to the whole name.
 */
function wholeName(doc: Document, layer: ActorLayer, r: [number, number]): [number, number] {
  const { tokens } = doc;
  const at = tokens[r[0]].start;
  const i = firstStartingAt(layer.mentions, at + 1) - 1;
  const m = i >= 0 ? layer.mentions[i] : undefined;
  if (!m || m.start >= at || m.end < tokens[r[0]].end || m.end > tokens[r[1] - 1].end) return r;
  return [firstStartingAt(tokens, m.start), r[1]];
}

/**
 * The speakers a source phrase denotes (one per conjunct). Adds anonymous actors to `layer`;
 * `resolved` memoises name look-ups within one document; a pronoun prefers `previous`, the
 * speaker of the sentence's previous attribution ("The union denies …, but it has refused …").
 */
export function speakersOf(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, sourceIn: Range, resolved: Map<string, Actor | null>, previous: Actor | null = null, salience?: Salience, si = -1): Speaker[] {
  if (!sourceIn) return [];
  const { tokens } = doc;
  const source = wholeName(doc, layer, sourceIn);
  if (source[1] - source[0] === 1) {
    const t = tokens[source[0]];
    // An object pronoun alone is a source only after "according to" ("According to him, …").
    const word = NOMINATIVE.get(lower(t)) ?? lower(t);
    const named = word === 'who' && si >= 0 ? relativeAntecedent(doc, layer, byId, source[0], si, resolved) : null;
    if (named) return [{ actorId: named.id, span: [t.start, t.end], resolved: true }];
    // "Dr Laurenson and Dr Trivedi said … They called on …": both.
    const joint = word === 'they' && salience && si >= 0 ? salience.jointBefore(si) : null;
    if (joint) return joint.map((actorId) => ({ actorId, span: [t.start, t.end] as Span, resolved: true }));
    // "Analysts at Kestrel Hartley Securities wrote … They warned": "they" opening the sentence after
    // an unnamed group's report is that group, not the body named inside it.
    const group = word === 'they' && salience && si >= 0 && source[0] === doc.sentences[si].tokenStart && !(previous && compatible(word, previous.type)) ? salience.groupBefore(si) : null;
    if (group) return [{ actorId: group.id, span: [t.start, t.end], resolved: true }];
    // "Two Parliament officials said …, though one cautioned": one of the unnamed plural speakers just before.
    if (word === 'one' && previous?.type === 'ANONYMOUS' && /s$/.test(previous.name)) {
      const one = anonymousActor(layer, previous.name.replace(/^(?:two|three|four|five|several|some|many|\d+)\s+/i, '').replace(/s$/, ''), [t.start, t.end]);
      if (!byId.has(one.id)) byId.set(one.id, one);
      return [{ actorId: one.id, span: [t.start, t.end], resolved: true }];
    }
    // "The lawsuit alleges … It further alleges": "it" is the document that reported just before.
    const document = word === 'it' && salience && si >= 0 ? salience.documentBefore(si) : null;
    if (document) return [{ actorId: document.id, span: [t.start, t.end], resolved: true }];
    if (/^(he|she|i|they|we|it|who|which)(?:[’'](s|ll|d|ve|re))?$/.test(word)) {
      const bare = word.replace(/[’'](s|ll|d|ve|re)$/, '');
      const agrees = (a: Actor | null): a is Actor => a !== null && (!salience || salience.agrees(bare, a));
      const actor = agrees(previous) && compatible(word, previous.type) ? previous
        : salience && si >= 0 ? salience.pronoun(bare, source[0], si) ?? pronounSpeaker(layer, byId, word, [quoteOpening(tokens, source[0]) ?? t.start, t.end], salience)
        : pronounSpeaker(layer, byId, word, [t.start, t.end]);
      if (actor && salience) salience.resolved(bare, actor);
      return actor ? [{ actorId: actor.id, span: [t.start, t.end], resolved: true }] : [];
    }
  }
  if (salience && si >= 0 && isEpithet(doc, layer, byId, source)) {
    const actor = salience.epithet(si);
    const span: Span = [tokens[source[0]].start, tokens[source[1] - 1].end];
    // Unresolved, the epithet is an unnamed speaker of its own ("the Dutchman"), never the country
    // its nationality noun names ("the Norwegian" is not Norway).
    if (actor) return [{ actorId: actor.id, span, resolved: true }];
    let end = source[0] + 1;
    while (end < source[1] && tokens[end].text !== ',') end++;
    const word = tokens[end - 1].text;
    if (isDemonym(word) || demonymNoun(word)) {
      const own = anonymousActor(layer, doc.text.slice(tokens[source[0] + 1].start, tokens[end - 1].end), [tokens[source[0]].start, tokens[end - 1].end]);
      if (!byId.has(own.id)) byId.set(own.id, own);
      return [{ actorId: own.id, span, resolved: true }];
    }
  }
  // "Ruth Hale said in a statement that … “…,” the statement said": the statement is hers.
  const madeIn = /^the (statement|report|letter|post|filing|memo)$/i.exec(doc.text.slice(tokens[source[0]].start, tokens[source[1] - 1].end));
  if (salience && si >= 0 && madeIn) {
    const author = salience.statementBy(si, madeIn[1].toLowerCase());
    if (author) return [{ actorId: author.id, span: [tokens[source[0]].start, tokens[source[1] - 1].end], resolved: true }];
  }
  // "Northline Trains said in a post … “…,” the operator added": a definite noun for a company is
  // the body that reported just before, when its name does not say otherwise.
  const bodyNoun = source[1] - source[0] === 2 && lower(tokens[source[0]]) === 'the' && /^\p{Ll}+$/u.test(tokens[source[0] + 1].text) ? lower(tokens[source[0] + 1]) : '';
  if (salience && si >= 0 && COMPANY_NOUNS.has(bodyNoun)) {
    const body = salience.bodyBefore(si, (a) => a.type === 'ORGANIZATION' && !PUBLIC_BODY_HEADS.test(a.name));
    if (body) return [{ actorId: body.id, span: [tokens[source[0]].start, tokens[source[1] - 1].end], resolved: true }];
  }
  // "the companies", "both firms", "the two banks" after a report of two bodies: both of them.
  const bodies = salience && si >= 0 && JOINT_BODIES.test(doc.text.slice(tokens[source[0]].start, tokens[source[1] - 1].end))
    ? salience.jointWithin(si, (a) => a.type === 'ORGANIZATION' || a.type === 'GROUP' || a.type === 'MEDIA' || a.type === 'COUNTRY') : null;
  if (bodies) return bodies.map((actorId) => ({ actorId, span: [tokens[source[0]].start, tokens[source[1] - 1].end] as Span, resolved: true }));
  const owned = salience && si >= 0 ? pronounOwned(doc, layer, source, salience, si) : null;
  if (owned) {
    if (!byId.has(owned.id)) byId.set(owned.id, owned);
    return [{ actorId: owned.id, span: [tokens[source[0]].start, tokens[source[1] - 1].end], resolved: true }];
  }
  // "Environment and Climate Change Canada", "the England and Wales Cricket Board": one body whose
  // name the tagger broke at its "and".
  const broken = brokenBody(doc, layer, byId, source);
  if (broken) return [{ actorId: broken.id, span: [tokens[source[0]].start, tokens[source[1] - 1].end], resolved: true }];
  // "Westshire Police said …" then "Police said …": bare police are the one police force named before.
  const force = /^(?:the\s+)?police$/i.test(doc.text.slice(tokens[source[0]].start, tokens[source[1] - 1].end)) ? policeForce(layer, byId, tokens[source[0]].start) : null;
  if (force) return [{ actorId: force.id, span: [tokens[source[0]].start, tokens[source[1] - 1].end], resolved: true }];
  const parts = conjuncts(doc, source, layer, byId);
  return parts.flatMap((r) => {
    // "Mrs Cowie and her daughter": a possessive conjunct is owned as a whole source would be.
    const ownedPart = parts.length > 1 && salience && si >= 0 && POSSESSIVE_PRONOUNS.has(lower(tokens[r[0]])) ? pronounOwned(doc, layer, r, salience, si) : null;
    let actor = ownedPart ?? phraseSpeaker(doc, layer, byId, r, resolved);
    // "… “…,” the MP added" after "One senior backbencher, who asked not to be named, said": a bare
    // "the" and a noun for a person, naming no one of its own, is the unnamed person just quoted.
    if (actor && actor.type !== 'PERSON' && salience && si >= 0 && r[1] - r[0] === 2 && lower(tokens[r[0]]) === 'the' && actor.name.toLowerCase() === lower(tokens[r[0] + 1]) && !UNNAMED_BODY_HEADS.has(actor.name.toLowerCase()) && (actor.type === 'ANONYMOUS' || gazetteer().titles.has(actor.name.toLowerCase()))) {
      actor = salience.unnamedBefore(si) ?? actor;
    }
    if (!actor) return [];
    if (!byId.has(actor.id)) byId.set(actor.id, actor);
    return [{ actorId: actor.id, span: [tokens[r[0]].start, tokens[r[1] - 1].end] as Span, resolved: true }];
  });
}
