// Checks for a cue placed after its content (“…,” Lee said / “Why?” Lee asked of the delay):
// closing quote marks, quotes the sentence splitter cut off, and what may follow such a cue.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { ContentContext } from './content.js';
import { END, isQuoteOpen } from './clause.js';
import { lower } from './phrases.js';
import { CUE_PREPOSITIONS, LY_NOUNS, TIME_WORDS } from './words.js';

const TAIL_WORDS = new Set(['to', 'as', 'from', 'during', 'after', 'before', 'while', 'when', 'last', 'this', 'earlier', 'later', 'him', 'her', 'them', 'me', 'us', 'reporters']);

/** The quotation after a split speaker (“A,” said Lee, “B.”): its pieces, or none. */
export function contentAfterSplit(ctx: ContentContext, endAt: number): Span[] {
  const { tokens } = ctx.doc;
  if (endAt < ctx.b && tokens[endAt].text === ',' && isQuoteOpen(tokens, endAt + 1, ctx.b)) {
    const q = ctx.quotes.at(tokens[endAt + 1].start);
    if (q) return [...q.pieces];
  }
  return [];
}

/** The sentence follows a quote that the splitter ended at its “?” or “!”, in the same paragraph: “Why not?” Rubio asked. */
export function questionBefore(ctx: ContentContext): boolean {
  const { doc: { tokens, text }, a } = ctx;
  if (a === 0 || !isClosingQuote(ctx, a - 1)) return false;
  const q = tokens[a - 1];
  return /[?!]["”'’»]+$/.test(text.slice(q.start - 3, q.end)) && !text.slice(q.end, tokens[a].start).includes('\n');
}

/** After a postposed cue nothing but adjuncts may follow: "said of Apple", "asked, smiling", not "said the deal is off". */
export function plainTail(tokens: Token[], i: number, b: number): boolean {
  if (i >= b || END.has(tokens[i].text) || tokens[i].text === ',') return true;
  const w = lower(tokens[i]);
  return TAIL_WORDS.has(w) || TIME_WORDS.has(w) || CUE_PREPOSITIONS.has(w) || isMannerAdverb(tokens[i]);
}

const NOT_MANNER = new Set(['early', 'likely', 'daily', 'weekly', 'monthly', 'yearly']);

/** "said evenly", "asked rhetorically": a manner adverb right after a verb of saying belongs to the cue. */
export function isMannerAdverb(t: Token): boolean {
  return /^[a-z]{3,}ly$/.test(t.text) && !NOT_MANNER.has(t.text) && !LY_NOUNS.has(t.text);
}

/** "…,” referring to …": token `i` closes a quotation whose last character is a comma. */
export function closesQuoteAfterComma(ctx: ContentContext, i: number): boolean {
  return i > ctx.a && ctx.doc.tokens[i - 1].text === ',' && isClosingQuote(ctx, i);
}

/** Whether token `i` is the closing mark of a quotation. */
export function isClosingQuote(ctx: ContentContext, i: number): boolean {
  const t = ctx.doc.tokens[i];
  const q = ctx.quotes.at(t.start);
  return q !== null && t.end === q.end;
}
