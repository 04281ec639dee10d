// Chants and cries named by a noun before their words: "to chants of “Lock her up!”", "near-
// constant calls of “Feel the Bern”". The noun and "of" are the cue, the quotation the content;
// the crowd that chants is rarely the clause subject, so no source is named.

import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { ContentContext } from './content.js';
import { lower } from './phrases.js';

const CHANT_NOUNS = new Set(['chant', 'chants', 'cries', 'calls', 'shouts']);

/** Adds, in text order, an attribution for each chant noun of sentence `si` followed by "of" and a quotation no cue took. */
export function addChants(ctx: ContentContext, si: number, found: Attribution[]): void {
  const { doc: { tokens }, quotes, a, b } = ctx;
  for (let k = a; k + 2 < b; k++) {
    if (!CHANT_NOUNS.has(lower(tokens[k])) || lower(tokens[k + 1]) !== 'of') continue;
    const q = quotes.at(tokens[k + 2].start);
    if (!q || q.start !== tokens[k + 2].start || found.some((f) => f.content.some(([s, e]) => q.start >= s && q.start < e))) continue;
    const content = q.pieces.map(([s, e]): Span => [s, e]);
    const att: Attribution = { sentence: si, frame: 'unsourced', source: null, cue: [k, k + 2], content, kind: 'CLAIM', lemma: 'chant', direct: true, addressee: null, reporter: null, confidence: 0.5 };
    const i = found.findIndex((f) => f.cue[0] > k);
    found.splice(i < 0 ? found.length : i, 0, att);
  }
}
