// The named-entity tagger: static features of a document's words as perceptron ids, Viterbi
// decoding (viterbi.ts) to IOB2 tags, and entity spans read off the tags. The same decoding
// serves training (with updates) and tagging, so the two cannot drift apart.

import { Perceptron } from '../../learn/perceptron.js';
import { contextFeatures, docStats, NEIGHBOUR_PREFIXES, neighbourWords, sentenceFeatures, viewSentence, wordFeatures, type WordDoc } from './features.js';
import { decode, type StaticIds } from './viterbi.js';

export { NER_LABELS, decode, type StaticIds, type Teacher } from './viterbi.js';

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

const WORD_CACHE_LIMIT = 200_000;
const wordCaches = new WeakMap<Perceptron, Map<string, number[]>>();

/**
 * Static feature ids for tagging: a word's own features are looked up once per model and word
 * (a bounded cache), the context features per occurrence. Same ids as `staticIds`, faster.
 */
export function taggingIds(model: Perceptron, doc: WordDoc): StaticIds {
  let cache = wordCaches.get(model);
  if (!cache) { cache = new Map(); wordCaches.set(model, cache); }
  const stats = docStats(doc);
  return doc.map((sent, si) => {
    const v = viewSentence(sent, stats.runs[si]);
    return v.words.map((w, i) => {
      let own = cache.get(w);
      if (!own) {
        own = model.featureIds(wordFeatures(w));
        if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
        cache.set(w, own);
      }
      const ids = own.concat(model.featureIds(contextFeatures(v, i, stats, false)));
      const near = neighbourWords(v, i);
      for (let k = 0; k < 4; k++) {
        const id = neighbourId(model, k, near[k]);
        if (id >= 0) ids.push(id);
      }
      return ids;
    });
  });
}

const neighbourCaches = new WeakMap<Perceptron, Map<string, Int32Array>>();

/**
 * The id of the k-th neighbouring-word feature for `word` (-1 when the model lacks it), kept per
 * model and word: the word strings are reused, so this skips building and hashing "w-1=…" anew.
 */
function neighbourId(model: Perceptron, k: number, word: string): number {
  let cache = neighbourCaches.get(model);
  if (!cache) { cache = new Map(); neighbourCaches.set(model, cache); }
  let ids = cache.get(word);
  if (!ids) {
    ids = Int32Array.from(NEIGHBOUR_PREFIXES, (p) => model.featureIds([p + word])[0] ?? -1);
    if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
    cache.set(word, ids);
  }
  return ids[k];
}

/** Tags a document with a trained model. */
export function tagDocument(model: Perceptron, doc: WordDoc): string[][] {
  return decode(model, doc, taggingIds(model, doc));
}
