// A quotation credited to a speaker and then to a relay at the clause end (“…,” Jo Park said,
// according to the Herald.): annotators give the quotation and its credit to the relay, as
// one attribution whose content runs from the quotation through the speaker's verb.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import { END, isQuoteOpen } from './clause.js';

/**
 * Index in `found` of the quotation attribution that an "according to" cue starting at token
 * `cueStart` relays, or -1: the last one found, a quotation before its speaker, with nothing
 * between its cue and the comma before "according to" that ends or opens a clause.
 */
export function relayedQuoteAt(tokens: Token[], found: Attribution[], cueStart: number, b: number): number {
  const i = found.length - 1;
  const prev = found[i];
  if (!prev || !prev.direct || (prev.frame !== 'postposed' && prev.frame !== 'inverted')) return -1;
  if (tokens[cueStart - 1]?.text !== ',' || prev.content.length === 0 || prev.content[0][0] > tokens[prev.cue[0]].start) return -1;
  const from = Math.max(prev.cue[1], prev.source ? prev.source[1] : 0);
  if (from > cueStart - 1) return -1;
  for (let k = from; k < cueStart - 1; k++) if (END.has(tokens[k].text) || isQuoteOpen(tokens, k, b) || tokens[k].text === ':') return -1;
  return i;
}

/** The relayed content: the quotation through the words before the comma that opens "according to". */
export function relayedContent(tokens: Token[], quoted: Attribution, cueStart: number): Span[] {
  const [first, ...rest] = quoted.content;
  return [[first[0], tokens[cueStart - 2].end], ...rest.filter(([s]) => s > tokens[cueStart - 1].start)];
}
