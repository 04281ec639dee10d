// Reporting adverbs: "The agency is reportedly planning a review" attributes the clause to an
// unnamed report. The adverb is the cue, the clause around it (after the last comma before
// it, to the end of the sentence) the content, and no source is named. Only in a sentence
// with no other attribution, whose cue the content would swallow.

import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { ContentContext } from './content.js';
import { isWord, lower } from './phrases.js';

const ADVERBS = new Set(['reportedly']);
const TRAILING = new Set(['.', '!', '?', ';', ':', ',']);
const MIN_WORDS = 3;

/** Adds an attribution for the first reporting adverb of a sentence that has no other attribution. */
export function addAdverbCues(ctx: ContentContext, si: number, found: Attribution[]): void {
  const { doc: { tokens }, quotes, a, b } = ctx;
  if (found.length > 0) return;
  for (let k = a; k < b; k++) {
    if (!ADVERBS.has(lower(tokens[k])) || quotes.at(tokens[k].start)) continue;
    let start = k;
    while (start > a && tokens[start - 1].text !== ',') start--;
    let end = b - 1;
    while (end > k && TRAILING.has(tokens[end].text)) end--;
    let from = k + 1;
    while (from <= end && !isWord(tokens[from])) from++;
    let words = 0;
    for (let i = start; i <= end; i++) if (i !== k && isWord(tokens[i])) words++;
    if (words < MIN_WORDS || from > end) continue;
    const content: Span[] = start < k ? [[tokens[start].start, tokens[k - 1].end], [tokens[from].start, tokens[end].end]] : [[tokens[from].start, tokens[end].end]];
    found.push({ sentence: si, frame: 'unsourced', source: null, cue: [k, k + 1], content, kind: 'CLAIM', lemma: 'reportedly', direct: false, addressee: null, reporter: null, confidence: 0.5 });
    return;
  }
}
