// The manner of speaking right after a cue ("said with a grin", "shot back with a laugh"):
// annotators count it as part of the cue.

import type { Token } from '../document.js';
import { lower } from './phrases.js';

const EXPRESSIONS = new Set(['laugh', 'grin', 'smile', 'smirk', 'shrug', 'sigh', 'chuckle', 'wink', 'nod', 'roll']);
const ARTICLES = new Set(['a', 'an']);
const MAX_PHRASE = 4;

/** The end of the cue ending at `end`, widened over "with a (wry) grin" when that follows it. */
export function mannerCueEnd(tokens: Token[], end: number, b: number): number {
  if (end + 2 >= b || lower(tokens[end]) !== 'with' || !ARTICLES.has(lower(tokens[end + 1]))) return end;
  for (let j = end + 2; j < b && j < end + MAX_PHRASE; j++) if (EXPRESSIONS.has(lower(tokens[j]))) return j + 1;
  return end;
}
