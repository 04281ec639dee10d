// Speaker phrases around a cue, found from word classes alone (no tagger): the noun phrase
// left of a cue ("Officials at the ministry believe"), right of it ("said Ms. White") and
// the addressee after it ("told reporters that"). All work on token indices, bounded in length.

import type { Token } from '../document.js';
import { cueVerb } from './lexicon.js';
import { DETERMINERS, PHRASE_BREAKERS, PHRASE_PREPOSITIONS, PRONOUNS, QUANTIFIERS } from './words.js';

const MAX_PHRASE = 24;
const WORD = /^[\p{L}\p{N}]/u;
const CAPITAL = /^\p{Lu}/u;

export const isWord = (t: Token): boolean => WORD.test(t.text);
export const isCapitalized = (t: Token): boolean => CAPITAL.test(t.text);
export const lower = (t: Token): string => t.text.toLowerCase();

/** A bare apostrophe closing a plural possessive: "Parents' Health Alliance". */
function isPossessiveMark(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.text !== "'" && t.text !== '’') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return prev !== undefined && prev.end === t.start && /s$/.test(prev.text) && next !== undefined && (isCapitalized(next) || isCapitalized(prev) && isWord(next));
}

/** Token range [start, end) of a phrase, or null when there is none. */
export type Range = [start: number, end: number] | null;

/** Modals that are also first names: "Will", "May" open a name when a capitalised word follows or a quote precedes ("…,” Will wrote). */
const NAME_MODALS = new Set(['will', 'may']);

function modalName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!isCapitalized(t) || !NAME_MODALS.has(lower(t)) || i === 0 || /^[.!?]$/.test(tokens[i - 1].text)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  return next !== undefined && isCapitalized(next) && isWord(next) || !isWord(prev) && next !== undefined && cueVerb(lower(next)) !== null;
}

/** "A poll released Monday said": a participle before a weekday still modifies the speaker. */
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function wordCanJoin(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const w = lower(t);
  if (PHRASE_BREAKERS.has(w) && !modalName(tokens, i)) return false;
  if (!isCapitalized(t) && cueVerb(w)) return false;
  if (!isCapitalized(t) && /(?:ed|ing)$/.test(w) && i + 1 < tokens.length && !w.includes('-')) {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if ((isCapitalized(next) && !WEEKDAYS.has(lower(next)) || DETERMINERS.has(lower(next))) && !(prev && DETERMINERS.has(lower(prev)))) return false;
  }
  return true;
}

/** A word that can end the left conjunct of "A and B": a name, a pronoun or a plural noun ("advisers and allies"). */
function canCoordinate(t: Token): boolean {
  const w = lower(t);
  if (isCapitalized(t) || PRONOUNS.has(w)) return isWord(t);
  return /[^sui]s$/.test(w) && w.length > 3 && !cueVerb(w) && !PHRASE_BREAKERS.has(w);
}

/** A word that can open the right conjunct: any word but a verb-like one ("Park and began", "ads and said"). */
function canOpenConjunct(t: Token): boolean {
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
function isAdjunctAfterName(tokens: Token[], i: number, floor: number): boolean {
  const w = lower(tokens[i]);
  if (w !== 'in' && w !== 'at' || !(isCapitalized(tokens[i - 1]) || PRONOUNS.has(lower(tokens[i - 1])))) return false;
  const next = lower(tokens[i + 1]);
  if (next === 'the') return i - 1 > floor && i + 2 < tokens.length && !isCapitalized(tokens[i + 2]);
  return ADJUNCT_OPENERS.has(next);
}

/** Focus adverbs that may precede a speaker but are not part of it: "even Mr. Slinker says". */
const LEADING_ADVERBS = new Set(['even', 'also', 'rather', 'still', 'instead', 'meanwhile', 'now']);

function trimPhrase(tokens: Token[], start: number, end: number): Range {
  while (start < end && (PHRASE_PREPOSITIONS.has(lower(tokens[start])) || LEADING_ADVERBS.has(lower(tokens[start])) || !isWord(tokens[start]) && tokens[start].text !== '(')) start++;
  while (end > start && (DETERMINERS.has(lower(tokens[end - 1])) || PHRASE_PREPOSITIONS.has(lower(tokens[end - 1])))) end--;
  return start < end ? [start, end] : null;
}

/**
 * The noun phrase ending at token `last` (inclusive) and starting no earlier than `floor`:
 * names, titles, determiners, "of"/"at" attachments, coordinated names, a parenthesis.
 * A pronoun is a phrase of its own ("he", "who").
 */
export function phraseBefore(tokens: Token[], last: number, floor: number): Range {
  let i = last;
  let n = 0;
  while (i >= floor && n < MAX_PHRASE) {
    const t = tokens[i];
    const w = lower(t);
    if (t.text === ')') {
      let j = i - 1;
      while (j >= floor && j > i - 8 && tokens[j].text !== '(') j--;
      if (j < floor || tokens[j].text !== '(') break;
      i = j - 1;
      n++;
      continue;
    }
    if (isPossessiveMark(tokens, i) && i > floor) {
      i--;
      n++;
      continue;
    }
    if (t.text === '%' && i > floor && /\d$/.test(tokens[i - 1].text)) {
      i--;
      n++;
      continue;
    }
    if (!isWord(t)) break;
    if (PRONOUNS.has(w)) {
      if (i === last) return [i, i + 1];
      break;
    }
    if (w === 'and' || w === 'or') {
      if (i > floor && i < last && canCoordinate(tokens[i - 1]) && canOpenConjunct(tokens[i + 1])) {
        i--;
        n++;
        continue;
      }
      break;
    }
    if (!wordCanJoin(tokens, i)) break;
    if (i < last && i > floor && isAdjunctAfterName(tokens, i, floor)) return phraseBefore(tokens, i - 1, floor);
    i--;
    n++;
  }
  if (n >= MAX_PHRASE) return null;
  if (isQuantity(tokens, i + 1, last + 1)) return [i + 1, last + 1];
  return trimPhrase(tokens, i + 1, last + 1);
}

/** A group named by a quantifier alone: "Many", "Some", "two in three", "one of 10". */
function isQuantity(tokens: Token[], start: number, end: number): boolean {
  const w = (i: number): string => lower(tokens[i]);
  const count = (i: number): boolean => QUANTIFIERS.has(w(i)) || /^\d+$/.test(w(i));
  if (end - start === 1) return QUANTIFIERS.has(w(start));
  return end - start === 3 && count(start) && (w(start + 1) === 'in' || w(start + 1) === 'of') && count(start + 2);
}

/** The noun phrase starting at token `first`, up to `ceiling` (exclusive): "said Ms. White". */
export function phraseAfter(tokens: Token[], first: number, ceiling: number): Range {
  let i = first;
  while (i < ceiling && i - first < MAX_PHRASE) {
    const t = tokens[i];
    if (t.text === '(') {
      let j = i + 1;
      while (j < ceiling && j < i + 8 && tokens[j].text !== ')') j++;
      if (j >= ceiling || tokens[j].text !== ')') break;
      i = j + 1;
      continue;
    }
    if (!isWord(t)) break;
    const w = lower(t);
    if (PRONOUNS.has(w)) return i === first ? [i, i + 1] : trimPhrase(tokens, first, i);
    if (w === 'and' && i > first && isCapitalized(tokens[i - 1]) && i + 1 < ceiling && isCapitalized(tokens[i + 1])) {
      i++;
      continue;
    }
    if (!wordCanJoin(tokens, i)) break;
    if (i > first && !isCapitalized(t) && /ed$/.test(w) && !w.includes('-') && !DETERMINERS.has(lower(tokens[i - 1]))) break;
    i++;
  }
  return trimPhrase(tokens, first, i);
}
