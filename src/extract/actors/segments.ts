// Segments: the candidate names cut from one run of capitalised tokens, with the title that heads
// them ("Foreign Minister" in "Russian Foreign Minister Sergei Lavrov") and the affiliation before it.

import type { Document } from '../document.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import { trailingEastAsianName } from '../lexicon/east-asian-names.js';
import { isFirstName } from './first-names.js';
import { docEvidence, type DocEvidence } from './evidence.js';
import { titleAt, titleEndingAt } from './titles.js';
import { isUpper, stripPossessive, titleCase } from './tokens.js';

export interface Segment {
  start: number;
  end: number;
  tokenStart: number;
  tokenEnd: number;
  sentence: number;
  /** Surface words with possessive stripped, title-cased in headlines. */
  words: string[];
  text: string;
  afterThe: boolean;
  possessive: boolean;
  capsSentence: boolean;
  /** Capitalised title heading the same run ("Foreign Minister" in "Foreign Minister Sergei Lavrov"). */
  title: TitleSpan | null;
}

export interface TitleSpan {
  title: string;
  start: number;
  end: number;
  /** Index of the title's first token. */
  tokenStart: number;
  /** The segment before the title in the same run ("Russian" in "Russian Foreign Minister"). */
  affiliation: Segment | null;
}

const APOSTROPHES = new Set(["'", '’']);
/** "Ohio-based", "Kremlin-backed": the name after such a word starts after it. */
const LOCATED = /-(?:based|owned|led|backed|controlled|run|born|listed|registered|funded|sponsored|linked|allied|held)$/;
const NAME_INITIAL = new Set(['New', 'North', 'South', 'East', 'West', 'United', 'National', 'Royal', 'Central', 'Federal', 'General', 'Great', 'Saint', 'St.', 'San', 'Santa', 'Los', 'Las', 'Le', 'La', 'El', 'Upper', 'Lower', 'Grand', 'Old', 'First', 'International', 'American', 'European']);

/** True when a lexicon knows the name: gazetteer entity or country, capital, demonym. */
export function known(text: string): boolean {
  return gazetteer().entities.has(text.toLowerCase()) || lookupCountry(text) !== undefined;
}

/** The segment of tokens [a, b) of sentence si, possessive stripped, title-cased in headlines. */
export function makeSegment(doc: Document, a: number, b: number, si: number, caps: boolean): Segment {
  const { tokens } = doc;
  const apostrophe = b - a > 1 && APOSTROPHES.has(tokens[b - 1].text);
  if (apostrophe) b--;
  const stripped = stripPossessive(tokens[b - 1].text);
  const last = apostrophe ? { base: tokens[b - 1].text, possessive: true } : stripped;
  const end = last.possessive ? tokens[b - 1].start + last.base.length : tokens[b - 1].end;
  const words: string[] = [];
  for (let k = a; k < b; k++) {
    const raw = k === b - 1 ? last.base : tokens[k].text;
    words.push(caps && isUpper(raw) ? titleCase(raw) : raw);
  }
  const text = caps ? words.join(' ').replace(/ ' /g, "' ") : doc.text.slice(tokens[a].start, end).replace(/\s+/g, ' ');
  const prev = a > 0 ? tokens[a - 1].text.toLowerCase() : '';
  return {
    start: tokens[a].start, end, tokenStart: a, tokenEnd: b, sentence: si, words, text,
    afterThe: prev === 'the', possessive: last.possessive, capsSentence: caps, title: null,
  };
}

/**
 * "Police Scotland", "Transport Scotland": an organisation head before a listed place is one name.
 * So is a common noun or adjective before a nation that ends the names of national bodies
 * ("Water UK", "Natural England", "Statistics Canada"), but not a word of direction, time, number
 * or rank, a function word, or a given name ("Northern Ireland", "Former England captain", "Jimmy
 * Wales"). America is left out: "Corporate America" is the country.
 */
export function orgBeforePlace(first: string, last: string, length: number): boolean {
  if (length !== 2) return false;
  const w = wordLists();
  // "Bank Street" is a street (Street is also a town in Somerset), "Bank Leumi" a bank.
  if (gazetteer().orgHeads.has(first)) return (w.places.has(last) || known(last)) && !gazetteer().placeHeads.has(last);
  // "NHS England", "BBC Scotland": an acronym before such a nation is a body too.
  if (BODY_NATIONS.has(last) && /^\p{Lu}{2,5}$/u.test(first) && lookupCountry(first) === undefined) return true;
  return BODY_NATIONS.has(last) && /^\p{Lu}\p{Ll}{2,}$/u.test(first) && w.common.has(first.toLowerCase())
    && !NOT_BODY_WORDS.has(first.toLowerCase()) && !w.personNames.has(first);
}

/** Nations that end the names of national bodies ("Water UK", "Sport England", "Tourism Australia"). */
const BODY_NATIONS = new Set(['UK', 'England', 'Scotland', 'Wales', 'Ireland', 'Canada', 'Australia']);
/** Words before a nation that make a place or a sentence opener, not a body ("Northern Ireland", "Meanwhile Canada"). */
const NOT_BODY_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'new', 'great', 'greater', 'latin', 'upper', 'lower', 'middle', 'mainland', 'rural', 'urban', 'inner', 'outer', 'old',
  'modern', 'whole', 'all', 'the', 'and', 'but', 'for', 'from', 'with', 'when', 'while', 'after', 'before', 'since', 'today',
  'yesterday', 'tomorrow', 'tonight', 'meanwhile', 'now', 'then', 'also', 'still', 'later', 'earlier', 'last', 'next', 'this',
  'that', 'every', 'across', 'throughout', 'only', 'even', 'here', 'there', 'around', 'inside', 'outside', 'within', 'about',
  'against', 'between', 'into', 'through', 'during', 'under', 'over', 'like', 'unlike', 'despite', 'why', 'how', 'where',
  'what', 'which', 'who', 'whose', 'once', 'soon', 'already', 'far', 'beat', 'beats', 'versus', 'visit', 'visiting', 'leave',
  'leaving', 'former', 'current', 'future', 'late', 'fellow', 'rival', 'young', 'senior', 'junior', 'top', 'both', 'some', 'many',
  'most', 'several', 'few', 'other', 'another', 'each', 'any', 'such', 'one', 'two', 'three', 'four', 'five', 'six', 'seven',
  'eight', 'nine', 'ten', 'twelve', 'twenty', 'hundred', 'thousand', 'million', 'home', 'away']);

/** True for an unlisted word made of two common words ("drugmaker", "shipowner"). */
function compound(low: string): boolean {
  const w = wordLists();
  if (low.length < 7 || w.personNames.has(titleCase(low)) || w.places.has(titleCase(low))) return false;
  for (let k = 3; k <= low.length - 3; k++) {
    if (w.common.has(low.slice(0, k)) && w.common.has(low.slice(k))) return true;
  }
  return false;
}

/**
 * "Headliner Nia Sol posted …", "Striker Alan Shearer scored": a sentence's first word that is an
 * agent noun (-er, -or, -ist, -ian) the article never capitalises mid-sentence and no given name,
 * before a first name and a surname, describes the person and is no part of the name. Tokens
 * [a, b) are the run; true when tokens[a] is such a word.
 */
export function agentNounBeforeName(doc: Document, a: number, b: number, ev: DocEvidence): boolean {
  const { tokens } = doc;
  const w = tokens[a].text;
  return b - a === 3 && /^\p{Lu}\p{Ll}+(?:er|or|ist|ian)$/u.test(w) && !ev.caps.has(w) && !isFirstName(w)
    && /^\p{Lu}\p{Ll}/u.test(tokens[a + 1].text) && /^\p{Lu}\p{Ll}/u.test(tokens[a + 2].text);
}

/** Letters after a person's name: rank at the bar, honours, seats ("Fiona Dunleavy SC", "Jane Cole MP"). */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['SC', 'BL', 'QC', 'KC', 'OBE', 'CBE', 'MBE', 'KBE', 'DBE', 'MP', 'MEP', 'MSP', 'TD', 'MLA', 'FRS', 'PhD']);

/** Nouns for a kind of body, for kin or for a companion that open a sentence before a name ("Broadcaster NOS", "Brothers Kagiso and Tumelo Sebola", "Bandmate Lola Banks"). */
export const DESCRIPTOR_OPENERS: ReadonlySet<string> = new Set(['broadcaster', 'drugmaker', 'carmaker', 'automaker', 'chipmaker', 'retailer', 'insurer', 'lender', 'publisher',
  'brewer', 'miner', 'airline', 'carrier', 'startup', 'supermarket', 'broker', 'regulator', 'brothers', 'sisters', 'twins', 'siblings', 'cousins', 'spouses',
  'gran', 'granny', 'grandmother', 'grandfather', 'grandad', 'grandma', 'grandpa', 'mum', 'dad', 'pensioner', 'widow', 'widower', 'couple',
  'schoolgirl', 'schoolboy', 'tot', 'toddler', 'teenager', 'ngo', 'watchdog', 'bandmate', 'teammate', 'castmate', 'housemate', 'organiser', 'organizer', 'classmate', 'flatmate', 'roommate',
  // Trades opening a sentence before a name ("Nurse Jocelyn Pamintuan said").
  'nurse', 'farmer', 'teacher', 'vendor', 'fisherman', 'commuter', 'shopkeeper', 'trader', 'welder', 'retiree']);

/**
 * Cuts one run of capitalised tokens [a, b) into segments: drops a leading "The" and an ordinary
 * sentence-initial word, splits at a title (its words before become the affiliation) and at a
 * known name followed by a person's name.
 */
export function segmentRun(doc: Document, a: number, b: number, si: number, caps: boolean, initial: boolean, ev: DocEvidence, out: Segment[]): void {
  const { tokens } = doc;
  const g = gazetteer();
  const w = wordLists();
  if (b - a > 1 && tokens[a].text === 'The') { a++; initial = false; }
  // "the digital rights NGO Civic Code Network": the acronym for what it is opens no name.
  if (b - a > 1 && tokens[a].text === 'NGO') { a++; initial = false; }
  // "Fiona Dunleavy SC", "Gerard Hanlon BL", "Jane Cole MP": letters after a person's name are no part of it.
  if (b - a >= 3 && POST_NOMINALS.has(tokens[b - 1].text) && /^\p{Lu}\p{Ll}/u.test(tokens[b - 2].text)) b--;
  for (let k = b - 2; k >= a; k--) {
    if (!LOCATED.test(tokens[k].text)) continue;
    a = k + 1;
    initial = false;
    break;
  }
  if (initial && a < b) {
    const t = stripPossessive(tokens[a].text).base;
    const tc = caps ? titleCase(t) : t;
    const low = t.toLowerCase();
    const next = tokens[a + 1]?.text ?? '';
    const elsewhere = ev.caps.has(tc) && !w.basic.has(low);
    const teamRow = /^\d/.test(next) && !w.basic.has(low);
    const ordinary = !elsewhere && !teamRow && !known(tc) && titleAt(doc, a, b) === 0
      && (w.common.has(low) || w.known.has(low) || (b - a === 1 && /^\p{Ll}/u.test(next) && compound(low)));
    const second = tokens[a + 1]?.text ?? '';
    const givenName = w.personNames.has(tc) && !w.basic.has(low) && !w.common.has(second.toLowerCase()) && !w.known.has(second.toLowerCase());
    const keepHead = b - a > 1 && (givenName || NAME_INITIAL.has(tc) || orgBeforePlace(tc, stripPossessive(tokens[b - 1].text).base, b - a) || !w.basic.has(low) || g.orgHeads.has(titleCase(tokens[b - 1].text)) || g.placeHeads.has(tokens[b - 1].text));
    const nameAfter = b - a >= 3 && w.personNames.has(second) && !w.common.has(second.toLowerCase()) && !w.personNames.has(tc);
    // "Broadcaster NOS reported", "Brothers Kagiso and Tumelo Sebola": a noun for a kind of body or
    // of kin opening the sentence describes the name after it and is no part of it.
    const descriptor = b - a >= 2 && DESCRIPTOR_OPENERS.has(low) && !ev.caps.has(tc);
    if (ordinary && (!keepHead || nameAfter) || descriptor || titleAt(doc, a, b) === 0 && !known(tc) && agentNounBeforeName(doc, a, b, ev)) a++;
  }
  if (a >= b) return;
  for (let k = a; k < b; k++) {
    let n = titleAt(doc, k, b);
    if (n === 0) continue;
    for (let more = titleAt(doc, k + n, b); more > 0 && k + n + more < b; more = titleAt(doc, k + n, b)) n += more;
    const lastHead = titleCase(tokens[b - 1].text);
    // "Defence Ministry Press Office", "Castlemaine Justice Coalition" end on a head word: no title
    // inside. But a title followed by a given name and more is a person's ("Atlantic City Mayor Don Guardian").
    const personAfter = b - (k + n) >= 2 && isFirstName(tokens[k + n].text);
    // "Office of the Provost", "Office of the Attorney General": a title closing a body's name after "of the" is inside it.
    if (k + n === b && k - 3 >= a && tokens[k - 1].text === 'the' && tokens[k - 2].text === 'of' && g.orgHeads.has(tokens[k - 3].text)) break;
    if ((g.orgHeads.has(lastHead) || g.mediaHeads.has(lastHead) || g.groupHeads.has(lastHead)) && !personAfter) break;
    let ts = k;
    while (ts > a && g.titleModifiers.has(tokens[ts - 1].text)) ts--;
    const affiliation = ts > a ? makeSegment(doc, a, ts, si, caps) : null;
    if (affiliation) out.push(affiliation);
    const title = titleOver(doc, ts, k + n, affiliation);
    // "Governor of Kwara State", "Commissioner for Works": what follows "of" or "for" is the
    // office's body or place, not a person the title names.
    if (k + n + 1 < b && /^(?:of|for)$/.test(tokens[k + n].text)) {
      // "Secretary for Transport and Logistics Lam Chi-keung", "Minister for Housing Chua Wei Ming": an
      // East Asian name, family name first, closes the run after the office's fields: that person holds the title.
      const named = caps ? 0 : trailingEastAsianName(tokens.slice(k + n + 1, b).map((t) => t.text));
      if (named > 0) {
        const person = makeSegment(doc, b - named, b, si, caps);
        person.title = titleOver(doc, ts, b - named, affiliation);
        out.push(person);
        return;
      }
      // "Head of the National Geological Agency Hendra Wiratmaja": a body named by its head word,
      // then a name of two or three words that holds the title; the body is an actor too.
      const held = caps ? 0 : nameAfterBody(doc, k + n + 1, b);
      if (held > 0) {
        let body = k + n + 1;
        if (tokens[body].text.toLowerCase() === 'the') body++;
        out.push(makeSegment(doc, body, b - held, si, caps));
        const person = makeSegment(doc, b - held, b, si, caps);
        person.title = titleOver(doc, ts, b - held, affiliation);
        out.push(person);
        return;
      }
      splitKnown(doc, k + n + 1, b, si, caps, out);
      return;
    }
    const before = out.length;
    if (k + n < b) splitKnown(doc, k + n, b, si, caps, out);
    if (out.length > before) out[before].title = title;
    return;
  }
  // "Head of the National Geological Agency Hendra Wiratmaja": after a title and "of (the)", a
  // body named by its head word and then the name of the person who holds the title.
  const of = tokens[a - 1]?.text === 'the' ? a - 2 : a - 1;
  const titled = of > 0 && tokens[of].text === 'of' ? titleEndingAt(doc, of - 1, Math.max(0, of - 4)) : -1;
  const held = !caps && titled >= 0 ? nameAfterBody(doc, a, b) : 0;
  // "Head of the Regional Disaster Mitigation Agency (BPBD) Agus Santoso": the body's short form
  // between them, the name is a run of its own.
  const bodyEnd = tokens[a - 1]?.text === ')' && tokens[a - 3]?.text === '(' ? a - 3 : -1;
  const bodyStart = bodyEnd > 0 ? runStartBefore(doc, bodyEnd) : -1;
  const bodyOf = bodyStart > 0 && tokens[bodyStart - 1].text === 'the' ? bodyStart - 2 : bodyStart - 1;
  const bodyTitled = !caps && bodyOf > 0 && tokens[bodyOf].text === 'of' && g.orgHeads.has(tokens[bodyEnd - 1].text) ? titleEndingAt(doc, bodyOf - 1, Math.max(0, bodyOf - 4)) : -1;
  if (bodyTitled >= 0 && (b - a === 2 || b - a === 3) && personLike(tokens.slice(a, b).map((t) => t.text))) {
    const person = makeSegment(doc, a, b, si, caps);
    person.title = titleOver(doc, bodyTitled, a, null);
    out.push(person);
    return;
  }
  if (held > 0) {
    out.push(makeSegment(doc, a, b - held, si, caps));
    const person = makeSegment(doc, b - held, b, si, caps);
    person.title = titleOver(doc, titled, b - held, null);
    out.push(person);
    return;
  }
  splitKnown(doc, a, b, si, caps, out);
}

/** The title over tokens [from, to), the office a person named right after it holds. */
function titleOver(doc: Document, from: number, to: number, affiliation: Segment | null): TitleSpan {
  const { tokens } = doc;
  return { title: doc.text.slice(tokens[from].start, tokens[to - 1].end), start: tokens[from].start, end: tokens[to - 1].end, tokenStart: from, affiliation };
}

/**
 * The length of a person's name closing the tokens [a, b) after a body's head word ("National
 * Geological Agency Hendra Wiratmaja", "Regional Police Office Budi Hartono"): two or three
 * capitalised words, none a head word or an ordinary word, after at least one word of the body
 * and its head (or after any word of the body, when the name opens with a known given name).
 * 0 when the tokens do not end this way.
 */
function nameAfterBody(doc: Document, a: number, b: number): number {
  const { tokens } = doc;
  const g = gazetteer();
  for (let n = 3; n >= 2; n--) {
    const h = b - n - 1;
    if (h < a) continue;
    // "Director of Services for Planning Michael Forde", "Minister for Agriculture Colm Farrelly":
    // after the body's words, a known given name opens the holder's name too.
    // Or a family name the article also uses alone ("Minister of Electricity Kagiso Mothibi … Mothibi said").
    const given = wordLists().personNames.has(tokens[b - n].text) || loneElsewhere(doc, tokens[b - 1].text, a, b);
    if (h === a && !given || !g.orgHeads.has(tokens[h].text) && !given) continue;
    if (personLike(tokens.slice(b - n, b).map((t) => t.text))) return n;
  }
  return 0;
}

/** Whether `word` stands alone somewhere in the document outside tokens [a, b) ("Mothibi said", "Mothibi's spokesperson"). */
function loneElsewhere(doc: Document, word: string, a: number, b: number): boolean {
  return docEvidence(doc).loneAt(word).some((i) => i < a || i >= b);
}

/** Words that may be a person's name: capitalised, none a head word or an ordinary word. */
function personLike(name: readonly string[]): boolean {
  const g = gazetteer();
  const w = wordLists();
  const head = (x: string): boolean => g.orgHeads.has(x) || g.placeHeads.has(x) || g.mediaHeads.has(x) || g.groupHeads.has(x) || g.eventHeads.has(x);
  return name.every((x) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(x) && !head(x) && !w.common.has(x.toLowerCase()) && !w.basic.has(x.toLowerCase()));
}

/** First token of the run of capitalised words ending at token `end` (exclusive). */
function runStartBefore(doc: Document, end: number): number {
  let k = end;
  while (k > 0 && /^\p{Lu}/u.test(doc.tokens[k - 1].text)) k--;
  return k;
}

/** Splits "UN Linda Thomas-Greenfield" into the known name and the person's name. */
function splitKnown(doc: Document, a: number, b: number, si: number, caps: boolean, out: Segment[]): void {
  const { tokens } = doc;
  const w = wordLists();
  const g = gazetteer();
  const whole = makeSegment(doc, a, b, si, caps);
  // "(Secretary for Transport and) Logistics Lam Chi-keung": an office's field, then a family-name-first name.
  const named = caps ? 0 : trailingEastAsianName(whole.words);
  if (named > 0 && b - a > named && whole.words.slice(0, b - a - named).every((x) => w.common.has(x.toLowerCase()) || w.known.has(x.toLowerCase()))) {
    out.push(makeSegment(doc, b - named, b, si, caps));
    return;
  }
  if (b - a > 1 && !known(whole.text) && whole.words.every((x) => known(x))) {
    for (let k = a; k < b; k++) out.push(makeSegment(doc, k, k + 1, si, caps));
    return;
  }
  if (b - a > 1 && !known(whole.text)) {
    const restLast = whole.words[whole.words.length - 1];
    const headed = g.eventHeads.has(restLast) || g.orgHeads.has(restLast) || g.mediaHeads.has(restLast) || g.placeHeads.has(restLast);
    for (let p = b - 1; p > a && !headed; p--) {
      const first = whole.words[p - a];
      if (!w.personNames.has(first) || w.common.has(first.toLowerCase())) continue;
      const headText = caps ? whole.words.slice(0, p - a).join(' ') : doc.text.slice(tokens[a].start, tokens[p - 1].end);
      // "Sofia Brandt", "Florence Welch": a known place that is also a given name opens a person's name.
      if (!known(headText) || p - a === 1 && w.personNames.has(headText)) continue;
      out.push(makeSegment(doc, a, p, si, caps), makeSegment(doc, p, b, si, caps));
      return;
    }
  }
  out.push(whole);
}
