// The named-entity tagger: static features of a document's words as perceptron ids (training) or
// their weights already summed (tagging, tagging-scores.ts), Viterbi decoding (viterbi.ts) to IOB2
// tags, and entity spans read off the tags. The same decoding serves training (with updates) and
// tagging, so the two cannot drift apart.

import { Perceptron } from '../../learn/perceptron.js';
import { docStats, sentenceFeatures, type WordDoc } from './features.js';
import { taggingScores } from './tagging-scores.js';
import { decode, type StaticIds } from './viterbi.js';

export { NER_LABELS, decode, type StaticIds, type Teacher } from './viterbi.js';
export { taggingScores, type StaticScores } from './tagging-scores.js';

/** The static feature strings of every word of a document. */
export function staticFeatures(doc: WordDoc): string[][][] {
  const stats = docStats(doc);
  return doc.map((sent, si) => sentenceFeatures(sent, stats, stats.runs[si]));
}

/** Interns (when `grow`) or looks up the static features of every word of a document. */
export function staticIds(model: Perceptron, doc: WordDoc, grow: boolean, keep?: (f: string) => boolean): StaticIds {
  return staticFeatures(doc).map((sent) => sent.map((f) => model.featureIds(keep ? f.filter(keep) : f, grow)));
}

/** An entity found by the tagger: sentence, first word, one past the last word, and its type. */
export interface NerSpan { sentence: number; start: number; end: number; type: string }

/** Reads entity spans off IOB2 tags (a stray I- opens an entity, as conlleval does). */
export function spansOf(tags: readonly (readonly string[])[]): NerSpan[] {
  const out: NerSpan[] = [];
  tags.forEach((sent, si) => {
    let open: NerSpan | null = null;
    sent.forEach((t, i) => {
      const type = t.slice(2);
      if (open && (t === 'O' || t.startsWith('B-') || open.type !== type)) { out.push(open); open = null; }
      if (t !== 'O' && !open) open = { sentence: si, start: i, end: i, type };
      if (open) open.end = i + 1;
    });
    if (open) out.push(open);
  });
  return out;
}

/** Tags a document with a trained model. */
export function tagDocument(model: Perceptron, doc: WordDoc): string[][] {
  return decode(model, doc, taggingScores(model, doc));
}
