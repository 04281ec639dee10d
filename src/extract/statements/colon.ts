// Colon cues: a headline or lead that names its speaker and puts a colon where the verb would
// be ("Senator Ruiz: Budget Deal Is Dead"). The colon is the cue, the name before it the source.

import type { Document } from '../document.js';
import type { Span } from '../types.js';
import { isCapitalized, isWord, lower, type Range } from './phrases.js';
import { LABEL_TAILS, LABELS } from '../lexicon/labels.js';


const MAX_SOURCE_WORDS = 5;

export interface ColonCue {
  source: [number, number];
  colon: number;
  content: Span[];
  direct: boolean;
}

/**
 * The colon frame of the sentence at token range [a, b): a capitalised name of at most five
 * words opening the sentence, a colon, then at least three words of content. Constant work
 * per sentence; null when the sentence does not open this way.
 */
export function colonCue(doc: Document, a: number, b: number): ColonCue | null {
  const { tokens, text } = doc;
  let colon = -1;
  for (let i = a; i < b && i <= a + MAX_SOURCE_WORDS + 1; i++) {
    if (tokens[i].text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= a || colon + 3 >= b) return null;
  const source: Range = [a, colon];
  for (let i = a; i < colon; i++) {
    const t = tokens[i];
    if (!isWord(t) && t.text !== '.' && t.text !== '’' && t.text !== "'") return null;
    if (isWord(t) && !isCapitalized(t)) return null;
  }
  const shouted = colon === a + 1 && tokens[a].text.length > 2 && tokens[a].text === tokens[a].text.toUpperCase();
  if (LABELS.has(lower(tokens[a])) || LABEL_TAILS.has(lower(tokens[colon - 1])) || /^\d/.test(tokens[a].text) || shouted) return null;
  let words = 0;
  for (let i = colon + 1; i < b; i++) if (isWord(tokens[i])) words++;
  if (words < 3) return null;
  const start = tokens[colon + 1].start;
  const spanEnd = tokens[b - 1].end;
  const body = text.slice(start, spanEnd);
  return { source, colon, content: [[start, spanEnd]], direct: /["“”‘’']/.test(body[0] ?? '') };
}
