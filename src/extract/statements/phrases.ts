// Speaker phrases around a cue, found from word classes alone (no tagger): the noun phrase
// left of a cue ("Officials at the ministry believe") and right of it ("said Ms. White").
// Both work on token indices, bounded in length.

import type { Token } from '../document.js';
import { ARTICLES_AND_POSSESSIVES, DETERMINERS, PHRASE_PREPOSITIONS, PRONOUNS, QUANTIFIERS } from './words.js';

/** Words before an article that belong to the same phrase: predeterminers and conjunctions ("all the", "both the", "and the"). */
const NOT_NOUNS_BEFORE_ARTICLE = new Set(['all', 'both', 'half', 'and', 'or', 'nor', 'such', 'quite', 'rather', 'what', 'many', 'twice', 'than', 'as']);
import { canCoordinate, canOpenConjunct, closingParen, isAdjunctAfterName, isCapitalized, isPossessiveMark, isWord, lower, trimPhrase, wordCanJoin, type Range } from './word-class.js';

export { isCapitalized, isWord, lower, type Range } from './word-class.js';

const MAX_PHRASE = 24;

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
    // "An OPEC+ delegate", "C++ developers": a plus sign written onto a name is part of it.
    if (t.text === '+' && i > floor && tokens[i - 1].end === t.start && /^\p{Lu}/u.test(tokens[i - 1].text)) {
      i--;
      n++;
      continue;
    }
    // "Analysts at Halden & Roe": an ampersand between capitalised words is inside one name.
    if (t.text === '&' && i > floor && i < last && /^\p{Lu}/u.test(tokens[i - 1].text) && /^\p{Lu}/u.test(tokens[i + 1].text)) {
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
    // "a move the union has said it would treat as …": an article after a lower-case noun opens a
    // new phrase (a relative clause without "that"); after a preposition it does not ("the head of the union").
    if (ARTICLES_AND_POSSESSIVES.has(w) && i < last && i > floor && /^\p{Ll}+$/u.test(tokens[i - 1].text) && !PHRASE_PREPOSITIONS.has(lower(tokens[i - 1]))
      && !NOT_NOUNS_BEFORE_ARTICLE.has(lower(tokens[i - 1]))) {
      i--;
      n++;
      break;
    }
    i--;
    n++;
  }
  if (n >= MAX_PHRASE) return null;
  if (isQuantity(tokens, i + 1, last + 1)) return [i + 1, last + 1];
  return trimPhrase(tokens, i + 1, last + 1);
}

/** A group named by a quantifier alone: "Many", "Some", "two in three", "one of 10". */
function isQuantity(tokens: Token[], start: number, end: number): boolean {
  if (end - start === 1) return QUANTIFIERS.has(lower(tokens[start]));
  if (end - start !== 3) return false;
  const mid = lower(tokens[start + 1]);
  return isCount(tokens[start]) && (mid === 'in' || mid === 'of') && isCount(tokens[start + 2]);
}

/** A quantifier or a number: "two", "17". */
function isCount(t: Token): boolean {
  const w = lower(t);
  return QUANTIFIERS.has(w) || /^\d+$/.test(w);
}

/** The noun phrase starting at token `first`, up to `ceiling` (exclusive): "said Ms. White". */
export function phraseAfter(tokens: Token[], first: number, ceiling: number): Range {
  let i = first;
  while (i < ceiling && i - first < MAX_PHRASE) {
    const t = tokens[i];
    if (t.text === '(') {
      const j = closingParen(tokens, i, ceiling);
      if (j < 0) break;
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
