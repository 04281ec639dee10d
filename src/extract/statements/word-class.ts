// Word classes of speaker phrases, from the token alone (no tagger): which words may join a
// noun phrase, open or close a conjunct, or start an adjunct after a name, and phrase trimming.

import type { Token } from '../document.js';
import { cueVerb } from './lexicon.js';
import { isCapitalised } from '../actors/tokens.js';
import { DETERMINERS, PHRASE_BREAKERS, PHRASE_PREPOSITIONS, PRONOUNS } from './words.js';
const WORD = /^[\p{L}\p{N}]/u;

/** A token that opens with a letter or digit (ASCII checked by code, the rest by WORD). */
export function isWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD.test(t.text);
}

/** A token that opens with a capital letter. */
export const isCapitalized = (t: Token): boolean => isCapitalised(t.text);

const LOWER_CACHE_LIMIT = 50_000;
const lowered = new Map<string, string>();

/**
 * The token in lower case. The rules ask for it many times per token; a bounded cache of the
 * lower-cased forms is several times faster than lower-casing anew (a hash lookup, no new string).
 */
export function lower(t: Token): string {
  let l = lowered.get(t.text);
  if (l === undefined) {
    l = t.text.toLowerCase();
    if (lowered.size >= LOWER_CACHE_LIMIT) lowered.clear();
    lowered.set(t.text, l);
  }
  return l;
}

/**
 * A bare apostrophe closing a plural possessive: "Parents' Health Alliance", "the drivers' union".
 * Between two lower-case words it is a possessive only when no single quotation mark opened
 * before it in the sentence ("called it 'a day for the workers' and left" closes a quotation).
 */
export function isPossessiveMark(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== "'" && t.text !== '’') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (prev === undefined || prev.end !== t.start || !/s$/.test(prev.text) || next === undefined) return false;
  if (isCapitalized(next) || isCapitalized(prev) && isWord(next)) return true;
  return next.start > t.end && /^\p{Ll}/u.test(next.text) && !singleQuoteOpenBefore(tokens, i);
}

const SENTENCE_END = new Set(['.', '!', '?']);

/** Whether a single quotation mark opens a word between the sentence start and token `i`. */
function singleQuoteOpenBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j > i - 60 && !SENTENCE_END.has(tokens[j].text); j--) {
    const m = tokens[j].text;
    if ((m === "'" || m === '‘' || m === '’') && tokens[j + 1].start === tokens[j].end && (j === 0 || tokens[j - 1].end < tokens[j].start)) return true;
  }
  return false;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'cannot']);

/** A negating word: "not", "never", "cannot", a contracted "n't" ("didn't"). */
export const isNegation = (word: string): boolean => NEGATIONS.has(word) || /n['’]t$/.test(word);

/** Whether a negating word stands right before token `i`, perhaps with one adverb between ("did not immediately respond"). */
export function negatedBefore(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (k > 0 && /^(?:immediately|yet|publicly)$/i.test(tokens[k].text)) k--;
  return k >= 0 && isNegation(tokens[k].text.toLowerCase());
}

/** Token range [start, end) of a phrase, or null when there is none. */
export type Range = [start: number, end: number] | null;

/** Modals that are also first names: "Will", "May" open a name when a capitalised word follows or a quote precedes ("…,” Will wrote). */
const NAME_MODALS = new Set(['will', 'may']);

/** Whether token `i` is "Will" or "May" used as a first name. */
export function modalName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalized(t) || !NAME_MODALS.has(lower(t)) || i === 0 || /^[.!?]$/.test(tokens[i - 1].text)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return next !== undefined && isCapitalized(next) && isWord(next) || !isWord(prev) && next !== undefined && cueVerb(lower(next)) !== null;
}

/** "A poll released Monday said": a participle before a weekday still modifies the speaker. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Whether token `i` may stand inside a speaker phrase: no clause word, cue verb or participle before a name. */
export function wordCanJoin(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const w = lower(t);
  // "a study of more than 40,000 people": a comparison before a number counts, it opens no clause.
  if (w === 'than' && /^(?:more|fewer|less)$/i.test(tokens[i - 1]?.text ?? '') && /^\d/.test(tokens[i + 1]?.text ?? '')) return true;
  if (PHRASE_BREAKERS.has(w) && !modalName(tokens, i)) return false;
  // A cue word after a determiner is a noun ("people close to the talks", "its claims").
  if (!isCapitalized(t) && cueVerb(w) && !(i > 0 && DETERMINERS.has(lower(tokens[i - 1])))) return false;
  if (!isCapitalized(t) && /(?:ed|ing)$/.test(w) && i + 1 < tokens.length && !w.includes('-')) {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if ((isCapitalized(next) && !WEEKDAYS.has(lower(next)) || DETERMINERS.has(lower(next))) && !(prev && DETERMINERS.has(lower(prev)))) return false;
  }
  return true;
}

/** A word that can end the left conjunct of "A and B": a name, a pronoun or a plural noun ("advisers and allies"). */
export function canCoordinate(t: Token): boolean {
  const w = lower(t);
  if (isCapitalized(t) || PRONOUNS.has(w)) return isWord(t);
  return /[^sui]s$/.test(w) && w.length > 3 && !cueVerb(w) && !PHRASE_BREAKERS.has(w);
}

/** A word that can open the right conjunct: any word but a verb-like one ("Park and began", "ads and said"). */
export function canOpenConjunct(t: Token): boolean {
  const w = lower(t);
  return isWord(t) && (isCapitalized(t) || DETERMINERS.has(w) || !/ed$/.test(w) && !cueVerb(w) && !PHRASE_BREAKERS.has(w));
}

/** After "in"/"at" following a name, words that open an adjunct, not part of the speaker: "Trump in his speech", "Lee at the time". */
const ADJUNCT_OPENERS = new Set(['his', 'her', 'their', 'its', 'a', 'an', 'particular', 'general', 'the']);

/**
 * "Trump in his speech said", "Lee at the time said": "in"/"at" at `i` opens an adjunct after a
 * name, which the speaker ends before. A capital at the phrase's first word may just open the
 * sentence, so there "the" does not count ("Officials at the ministry").
 */
export function isAdjunctAfterName(tokens: Token[], i: number, floor: number): boolean {
  const w = lower(tokens[i]);
  if (w !== 'in' && w !== 'at' || !(isCapitalized(tokens[i - 1]) || PRONOUNS.has(lower(tokens[i - 1])))) return false;
  const next = lower(tokens[i + 1]);
  if (next === 'the') return i - 1 > floor && i + 2 < tokens.length && !isCapitalized(tokens[i + 2]);
  return ADJUNCT_OPENERS.has(next);
}

/** Focus adverbs that may precede a speaker but are not part of it: "even Mr. Slinker says". */
const LEADING_ADVERBS = new Set(['even', 'also', 'rather', 'still', 'instead', 'meanwhile', 'now']);

/** The phrase [start, end) without leading prepositions, focus adverbs and punctuation or trailing determiners. */
export function trimPhrase(tokens: Token[], start: number, end: number): Range {
  while (start < end && (PHRASE_PREPOSITIONS.has(lower(tokens[start])) || LEADING_ADVERBS.has(lower(tokens[start])) || !isWord(tokens[start]) && tokens[start].text !== '(')) start++;
  while (end > start && (DETERMINERS.has(lower(tokens[end - 1])) || PHRASE_PREPOSITIONS.has(lower(tokens[end - 1])))) end--;
  return start < end ? [start, end] : null;
}

/** The index of the ")" closing the "(" at `open` within 8 tokens and before `ceiling`, or -1. */
export function closingParen(tokens: Token[], open: number, ceiling: number): number {
  let j = open + 1;
  while (j < ceiling && j < open + 8 && tokens[j].text !== ')') j++;
  return j < ceiling && tokens[j].text === ')' ? j : -1;
}
