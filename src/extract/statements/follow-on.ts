// Quotations that continue an attribution without a cue of their own: “I am not shy,” he
// said. “I have never been reluctant …” — the second quote belongs to the same speaker, up to
// the next attribution or the end of the paragraph.

import type { Document } from '../document.js';
import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { QuoteIndex } from './quotes.js';
import { firstStartingAt } from '../lower-bound.js';

const MIN_WORDS = 4;

function firstQuoteFrom(quotes: QuoteIndex, offset: number): number {
  return firstStartingAt(quotes.quotes, offset);
}

/** Appends to each quoting attribution the full quotations that follow it in its paragraph. */
export function extendWithFollowingQuotes(doc: Document, quotes: QuoteIndex, atts: Attribution[]): void {
  const used = new Set<number>();
  for (const a of atts) for (const [s] of a.content) used.add(s);
  const cueStarts = atts.map((a) => doc.tokens[a.cue[0]].start);
  let next = 0;
  for (const att of atts) {
    next++;
    if (!att.direct) continue;
    const paragraph = doc.paragraphs[doc.sentences[att.sentence].paragraph];
    const stop = Math.min(paragraph[1], next < cueStarts.length ? sourceOrCueStart(doc, atts[next]) : Infinity);
    const sentenceEnd = doc.tokens[doc.sentences[att.sentence].tokenEnd - 1].end;
    let from = Math.max(att.content[att.content.length - 1][1], doc.tokens[att.cue[1] - 1].end, att.frame === 'inverted' ? sentenceEnd : 0);
    const added: Span[] = [];
    for (let qi = firstQuoteFrom(quotes, from); qi < quotes.quotes.length; qi++) {
      const q = quotes.quotes[qi];
      if (q.start >= stop || used.has(q.start)) break;
      const words = doc.text.slice(q.start, q.end).split(/\s+/).length;
      if (words < MIN_WORDS) continue;
      added.push(...q.pieces);
      used.add(q.start);
      from = q.end;
    }
    att.content.push(...added);
  }
}

function sourceOrCueStart(doc: Document, a: Attribution): number {
  const cue = doc.tokens[a.cue[0]].start;
  return a.source ? Math.min(cue, doc.tokens[a.source[0]].start) : cue;
}
