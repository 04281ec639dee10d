// The source after "according to": a noun phrase up to a comma, clause end, dash or quote, and
// an appositive set off by a comma after it ("according to Jo Park, a party strategist"), which
// annotators count as part of the source.

import type { Token } from '../document.js';
import { END, isQuoteOpen } from './clause.js';
import { isCapitalized, lower, phraseAfter, type Range } from './phrases.js';
import { ARTICLES_AND_POSSESSIVES, TITLE_WORDS } from './words.js';
import { DAYS } from './time-adverb.js';

const MAX_SOURCE = 25;
const MAX_APPOSITIVE = 16;
const MAX_LEADING_APPOSITIVE = 9;
/** Marks that end the source: a dash, a parenthesis. */
const SOURCE_BREAKS = new Set(['—', '–', '-', '(']);
/** Object pronouns that can stand alone after "according to". */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
/** Words that open an appositive after the source: "a party strategist", "one of the unions", "which tracks …". */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'another', 'one', 'two', 'which', 'who', 'whose', 'including']);

/** Participles that open a note on a document after the source: "the figures of the CENI, published late Saturday,". */
const DOCUMENT_PARTICIPLES = new Set(['published', 'released', 'issued', 'seen', 'obtained', 'posted', 'compiled', 'updated']);

function isAppositiveStart(tokens: Token[], i: number): boolean {
  const w = lower(tokens[i]);
  return APPOSITIVE_OPENERS.has(w) || TITLE_WORDS.has(w) || DOCUMENT_PARTICIPLES.has(w);
}

/** An appositive holding a relative clause ("a Denver-based nonprofit that works with villages in Nepal") may run longer. */
function relativeInside(tokens: Token[], a: number, b: number): boolean {
  for (let k = a + 1; k < b && k < a + 6; k++) if (/^(?:that|which|who|whose)$/.test(lower(tokens[k]))) return true;
  return false;
}

/**
 * "According to the contractor, Nordbyg, …": a description with no name in it, then the name it
 * describes between commas, before the content. Returns the closing comma's index, or 0 when the
 * source is not of that shape.
 */
/** Whether a description at `i` is set off before a name and a comma ("the envoy, Wang Deming, told"), the subject of the clause. */
function describedNameFollows(tokens: Token[], i: number, b: number): boolean {
  let j = i;
  while (j < b && j < i + 6 && tokens[j].text !== ',') j++;
  if (j >= b || tokens[j].text !== ',') return false;
  let k = j + 1;
  while (k < b && k < j + 5 && isCapitalized(tokens[k]) && /^\p{L}/u.test(tokens[k].text)) k++;
  return k > j + 1 && k < b && tokens[k].text === ',';
}

function describedThenNamed(tokens: Token[], source: [number, number], stop: number, b: number): number {
  if (source[1] !== stop || stop + 1 >= b || tokens[stop].text !== ',' || !ARTICLES_AND_POSSESSIVES.has(lower(tokens[source[0]]))) return 0;
  for (let k = source[0]; k < source[1]; k++) if (isCapitalized(tokens[k])) return 0;
  let j = stop + 1;
  while (j < b && j < stop + 5 && isCapitalized(tokens[j])) j++;
  if (j === stop + 1 || j >= b) return 0;
  return tokens[j].text === ',' ? j : 0;
}

/**
 * The source of an "according to" cue ending at `from`, and `stop`, the token after it (a
 * comma before content that follows, or the clause end). With `contentBefore` the appositive
 * runs to the clause end; otherwise it must be closed by a comma before the content.
 */
/** "released this Thursday (4) by …": a day of the month in brackets after a weekday, as Brazilian and Portuguese wires write it. */
function dayNote(tokens: Token[], i: number, b: number): boolean {
  return i + 2 < b && tokens[i].text === '(' && /^\d{1,2}$/.test(tokens[i + 1].text) && tokens[i + 2].text === ')'
    && i > 0 && DAYS.has(lower(tokens[i - 1]));
}

export function accordingSource(tokens: Token[], from: number, b: number, contentBefore: boolean): { source: [number, number]; stop: number } | null {
  let stop = from;
  while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text) && !(stop > from && (SOURCE_BREAKS.has(tokens[stop].text) && !dayNote(tokens, stop, b) || isQuoteOpen(tokens, stop, b)))) stop++;
  // "According to the International Testing Agency (ITA), the substance …": the short form in
  // brackets belongs to the source, and the content follows the comma after it.
  if (!contentBefore && stop > from && tokens[stop].text === '(') {
    let close = stop + 1;
    while (close < b && close < stop + 10 && tokens[close].text !== ')') close++;
    if (close < b && tokens[close].text === ')' && tokens[close + 1]?.text === ',') {
      const named = phraseAfter(tokens, from, stop);
      if (named && named[1] === stop) return { source: [from, close + 1], stop: close + 1 };
    }
  }
  // "According to him, …": an object pronoun is the whole source (speakersOf reads it as "he").
  if (stop === from + 1 && OBJECT_PRONOUNS.has(lower(tokens[from]))) return { source: [from, stop], stop };
  const source: Range = stop > from && stop - from <= MAX_SOURCE && phraseAfter(tokens, from, stop) ? [from, stop] : phraseAfter(tokens, from, stop);
  if (!source) return null;
  // After the content ("…, according to the contractor, Nordbyg.") the unnamed-source layer
  // reads the phrase as a description; only the leading form is taken for now.
  const named = contentBefore ? 0 : describedThenNamed(tokens, source, stop, b);
  if (named) return { source: [source[0], named], stop: named };
  // "According to Xinhua, the envoy, Wang Deming, told …": a description after a name opens the content, not an appositive of the name.
  const nameThenDescription = !contentBefore && isCapitalized(tokens[source[0]]) && stop + 1 < b && /^(?:the|a|an)$/i.test(tokens[stop + 1].text) && describedNameFollows(tokens, stop + 1, b);
  if (source[1] !== stop || stop + 1 >= b || tokens[stop].text !== ',' || nameThenDescription || !isAppositiveStart(tokens, stop + 1)) return { source, stop };
  let j = stop + 1;
  while (j < b && j < stop + MAX_APPOSITIVE && !END.has(tokens[j].text) && !isQuoteOpen(tokens, j, b) && !(tokens[j].text === ',' && !(contentBefore && isCapitalized(tokens[j + 1] ?? tokens[j])))) j++;
  if (contentBefore && (j >= b || END.has(tokens[j].text))) return { source: [source[0], j], stop: j };
  if (!contentBefore && j < b && tokens[j].text === ',' && (j - stop <= MAX_LEADING_APPOSITIVE || relativeInside(tokens, stop + 1, j))) return { source: [source[0], j + 1], stop: j };
  return { source, stop };
}
