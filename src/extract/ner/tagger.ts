// The named-entity tagger: static features of a document's words as perceptron ids, Viterbi
// decoding (viterbi.ts) to IOB2 tags, and entity spans read off the tags. The same decoding
// serves training (with updates) and tagging, so the two cannot drift apart.

import { Perceptron } from '../../learn/perceptron.js';
import { docStats, emitContext, featureString, NEIGHBOUR_PREFIXES, neighbourWords, sentenceFeatures, viewSentence, wordFeatures, type FeatureSink, type WordDoc } from './features.js';
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

/** The static part of each word's label scores: its static features' weights summed, per label. */
export type StaticScores = Float64Array[][];

type Row = Float64Array | null;
const ROW_CACHE_LIMIT = 300_000;

/**
 * Weight rows of one trained model, looked up by a feature's parts (a constant prefix and strings
 * the sentence already holds), so tagging builds and hashes no feature strings; and each word's
 * own features summed into one row. Bounded: cleared when it holds ROW_CACHE_LIMIT entries.
 */
class RowCache {
  private readonly one = new Map<string, Map<string, Row>>();
  private readonly two = new Map<string, Map<string, Map<string, Row>>>();
  private readonly own = new Map<string, Float64Array>();
  private entries = 0;

  constructor(private readonly model: Perceptron) {}

  /** The row of the feature `featureString(prefix, a, b)`; null when the model lacks it. */
  row(prefix: string, a: string, b?: string): Row {
    let byA = b === undefined ? this.one.get(prefix) : this.two.get(prefix)?.get(a);
    if (!byA) {
      byA = new Map();
      if (b === undefined) this.one.set(prefix, byA);
      else {
        let twoA = this.two.get(prefix);
        if (!twoA) { twoA = new Map(); this.two.set(prefix, twoA); }
        twoA.set(a, byA);
      }
    }
    const key = b ?? a;
    let r = byA.get(key);
    if (r === undefined) {
      r = this.model.row(featureString(prefix, a, b));
      this.grow();
      byA.set(key, r);
    }
    return r;
  }

  /** The summed weights of word w's own features (`wordFeatures`), per label. */
  ownRow(w: string): Float64Array {
    let r = this.own.get(w);
    if (!r) {
      r = this.model.scores(this.model.featureIds(wordFeatures(w)));
      this.grow();
      this.own.set(w, r);
    }
    return r;
  }

  private grow(): void {
    if (++this.entries < ROW_CACHE_LIMIT) return;
    this.one.clear();
    this.two.clear();
    this.own.clear();
    this.entries = 0;
  }
}

const rowCaches = new WeakMap<Perceptron, RowCache>();

/**
 * Static scores for tagging: per word, its own features' summed row, then the context features'
 * rows in `emitContext` order, then the four neighbouring words'. The features are those of
 * `staticIds` (training's), only added in that order instead of looked up by string.
 */
export function taggingScores(model: Perceptron, doc: WordDoc): StaticScores {
  let cache = rowCaches.get(model);
  if (!cache) { cache = new RowCache(model); rowCaches.set(model, cache); }
  const rows = cache;
  const n = model.labels.length;
  const stats = docStats(doc);
  let out = new Float64Array(n);
  const add: FeatureSink = (prefix, a = '', b) => {
    const r = rows.row(prefix, a, b);
    if (r) for (let k = 0; k < n; k++) out[k] += r[k];
  };
  return doc.map((sent, si) => {
    const v = viewSentence(sent, stats.runs[si]);
    return v.words.map((w, i) => {
      out = rows.ownRow(w).slice();
      emitContext(v, i, stats, add, false);
      const near = neighbourWords(v, i);
      for (let k = 0; k < 4; k++) add(NEIGHBOUR_PREFIXES[k], near[k]);
      return out;
    });
  });
}

/** Tags a document with a trained model. */
export function tagDocument(model: Perceptron, doc: WordDoc): string[][] {
  return decode(model, doc, taggingScores(model, doc));
}
