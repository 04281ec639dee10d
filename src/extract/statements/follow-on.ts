// Quotations that continue an attribution without a cue of their own: “I am not shy,” he
// said. “I have never been reluctant …” — the second quote belongs to the same speaker, up to
// the next attribution of another sentence or the end of the paragraph, and so do the paragraphs
// after it that are quotations and nothing else. An unquoted content that runs to its sentence
// end is continued the same way by a quotation opening the next sentence, and one before its
// cue by the quotations after the cue (The plan will fail, Lee said. “It is a gamble.”); a report
// closing its paragraph is continued by the quoted paragraphs right after it.

import type { Document } from '../document.js';
import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { Quote, QuoteIndex } from './quotes.js';
import { firstStartingAt } from '../lower-bound.js';

const MIN_WORDS = 3;

function firstQuoteFrom(quotes: QuoteIndex, offset: number): number {
  return firstStartingAt(quotes.quotes, offset);
}

/** Appends to each quoting attribution the full quotations that follow it in its paragraph and the bare quoted paragraphs after it. */
export function extendWithFollowingQuotes(doc: Document, quotes: QuoteIndex, atts: Attribution[]): void {
  const used = new Set<number>();
  for (const a of atts) for (const [s] of a.content) used.add(s);
  atts.forEach((att, i) => {
    if (!att.direct && !quoteFollowsClause(doc, quotes, att) && !contentBeforeCue(att) && !quotedParagraphsFollow(doc, quotes, att)) return;
    let next = i + 1;
    while (next < atts.length && atts[next].sentence === att.sentence) next++;
    const nextStart = next < atts.length ? sourceOrCueStart(doc, atts[next]) : Infinity;
    const pi = doc.sentences[att.sentence].paragraph;
    const stop = Math.min(doc.paragraphs[pi][1], nextStart);
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
    for (let pj = pi + 1; pj < doc.paragraphs.length; pj++) {
      const q = bareQuote(doc, quotes, pj);
      if (!q || q.start >= nextStart || used.has(q.start)) break;
      added.push(...q.pieces);
      used.add(q.start);
      while (pj + 1 < doc.paragraphs.length && doc.paragraphs[pj][1] < q.end) pj++;
    }
    att.content.push(...added);
  });
}

/** The quotation that opens paragraph `pi` and runs to the end of its last paragraph (a period may follow), or null. */
function bareQuote(doc: Document, quotes: QuoteIndex, pi: number): Quote | null {
  const [ps, pe] = doc.paragraphs[pi];
  const text = doc.text;
  let p = ps;
  while (p < pe && /\s/.test(text[p])) p++;
  const q = quotes.at(p);
  if (!q || q.start !== p) return null;
  let end = q.end;
  while (end < text.length && text[end] !== '\n' && end - q.end < 3) end++;
  return end >= text.length || text[end] === '\n' && text.slice(q.end, end).trim().length <= 1 ? q : null;
}

function sourceOrCueStart(doc: Document, a: Attribution): number {
  const cue = doc.tokens[a.cue[0]].start;
  return a.source ? Math.min(cue, doc.tokens[a.source[0]].start) : cue;
}

/** "She touted her record. “We need fair elections.”": an unquoted content that runs to its sentence end, right before a quotation. */
function quoteFollowsClause(doc: Document, quotes: QuoteIndex, att: Attribution): boolean {
  if (att.frame !== 'preposed' && att.frame !== 'participial') return false;
  const sentenceEnd = doc.tokens[doc.sentences[att.sentence].tokenEnd - 1].end;
  if (sentenceEnd - att.content[att.content.length - 1][1] > 2) return false;
  let p = sentenceEnd;
  while (p < doc.text.length && (doc.text[p] === ' ' || doc.text[p] === '\t')) p++;
  const q = quotes.at(p);
  return q !== null && q.start === p;
}

/**
 * "Shah said the vote was historic.¶“This is the largest scheme.¶“We will build.”": a report
 * closing its paragraph, followed by paragraphs that are quotations and nothing else.
 */
function quotedParagraphsFollow(doc: Document, quotes: QuoteIndex, att: Attribution): boolean {
  if (att.frame !== 'preposed' && att.frame !== 'participial') return false;
  const s = doc.sentences[att.sentence];
  const next = doc.sentences[att.sentence + 1];
  if (!next || next.paragraph === s.paragraph || s.end - att.content[att.content.length - 1][1] > 2) return false;
  return bareQuote(doc, quotes, next.paragraph) !== null;
}

/** "The plan will fail, Lee said. “It is a gamble.”": an unquoted content before its cue, continued by the quotations after the cue. */
function contentBeforeCue(att: Attribution): boolean {
  return att.frame === 'postposed' || att.frame === 'inverted';
}
