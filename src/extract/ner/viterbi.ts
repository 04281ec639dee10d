// First-order Viterbi decoding of IOB2 tags over an averaged perceptron, and the structured
// perceptron step that trains it: the best whole-sentence path under per-word and tag-pair
// features, then +1 on the gold path's features and -1 on the guessed path's where they differ.

import type { Perceptron } from '../../learn/perceptron.js';
import { WhosaidError } from '../../errors.js';
import type { StaticScores } from './tagging-scores.js';
import { baseWord, memoryFeatures, transitionFeatures, type WordDoc } from './features.js';

/** The IOB2 tag set of CoNLL-2003. */
export const NER_LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'];
const ALLOWED: boolean[][] = NER_LABELS.map((prev) => NER_LABELS.map((t) => !t.startsWith('I-') || prev.slice(2) === t.slice(2)));
const L = NER_LABELS.length;
const CAP = /^\p{Lu}/u;

/** Static feature ids of a document, computed once (training reuses them every epoch). */
export type StaticIds = number[][][];

/** With `gold`, decoding also trains: each sentence decoded wrong updates the model, and the clock ticks per word. */
export interface Teacher { gold: readonly (readonly string[])[] }

/**
 * Tags one document sentence by sentence with the best path (an I- tag only continues its own
 * type). The document memory (the type a capitalised word was given in earlier sentences) is a
 * feature; it is filled from the model's own tags, in training as at tagging time.
 */
export function decode(model: Perceptron, doc: WordDoc, ids: StaticIds | StaticScores, teacher?: Teacher): string[][] {
  if (teacher && !isIds(ids)) throw new WhosaidError('CONFIG', 'ner/viterbi: training needs feature ids, not summed scores');
  const memory = new Map<string, string>();
  const grow = teacher !== undefined;
  return doc.map((sent, si) => {
    const lows = sent.map((w) => baseWord(w).toLowerCase());
    const mems = sent.map((w, i) => (CAP.test(baseWord(w)) ? memory.get(lows[i]) : undefined));
    const statics: readonly (readonly number[] | Float64Array)[] = ids[si];
    // Summed scores are this call's own copies (taggingScores), so the memory feature adds into them.
    const local = statics.map((st, i) => model.scores(model.featureIds(memoryFeatures(mems[i]), grow), st instanceof Float64Array ? st : model.scores(st)));
    const pairIds = (i: number, prev: number): number[] => model.featureIds(transitionFeatures(NER_LABELS[prev], lows[i], mems[i]), grow);
    const path = bestPath(local, (i) => (grow ? pairMatrix(model, (p) => pairIds(i, p)) : cachedPairs(model, lows[i], mems[i])));
    if (teacher && isIds(ids)) learn(model, teacher.gold[si].map((t) => NER_LABELS.indexOf(t)), path, ids[si], mems, pairIds, grow);
    const tags = path.map((k) => NER_LABELS[k]);
    sent.forEach((w, i) => { if (path[i] > 0 && CAP.test(baseWord(w))) memory.set(lows[i], tags[i].slice(2)); });
    return tags;
  });
}

const isIds = (ids: StaticIds | StaticScores): ids is StaticIds => !ids.some((sent) => sent[0] instanceof Float64Array);

/** Scores of every (previous tag, tag) pair for one word, row by previous tag. */
function pairMatrix(model: Perceptron, ids: (prev: number) => number[]): Float64Array {
  const m = new Float64Array(L * L);
  for (let p = 0; p < L; p++) model.scores(ids(p), m.subarray(p * L, p * L + L));
  return m;
}

const PAIR_CACHE_LIMIT = 100_000;
const pairCaches = new WeakMap<Perceptron, Map<string, Float64Array>>();

/** `pairMatrix` of a trained model, kept per (word, memory): tagging looks each up once. */
function cachedPairs(model: Perceptron, low: string, memory: string | undefined): Float64Array {
  let cache = pairCaches.get(model);
  if (!cache) { cache = new Map(); pairCaches.set(model, cache); }
  const key = memory ? `${low}\u0000${memory}` : low;
  let m = cache.get(key);
  if (!m) {
    m = pairMatrix(model, (p) => model.featureIds(transitionFeatures(NER_LABELS[p], low, memory)));
    if (cache.size >= PAIR_CACHE_LIMIT) cache.clear();
    cache.set(key, m);
  }
  return m;
}

/** The highest-scoring allowed label sequence; the word before the first is taken as O. Lowest indices win ties. */
function bestPath(local: Float64Array[], pairs: (i: number) => Float64Array): number[] {
  const n = local.length;
  const delta = new Float64Array(n * L).fill(-Infinity);
  const back = new Int8Array(n * L);
  for (let i = 0; i < n; i++) {
    const pair = pairs(i);
    const li = local[i];
    for (let p = 0; p < (i === 0 ? 1 : L); p++) {
      const before = i === 0 ? 0 : delta[(i - 1) * L + p];
      if (before === -Infinity) continue;
      const allowed = ALLOWED[p];
      for (let k = 0; k < L; k++) {
        if (!allowed[k]) continue;
        const s = before + li[k] + pair[p * L + k];
        if (s > delta[i * L + k]) { delta[i * L + k] = s; back[i * L + k] = p; }
      }
    }
  }
  const path = new Array<number>(n);
  if (n === 0) return path;
  let best = 0;
  for (let k = 1; k < L; k++) if (delta[(n - 1) * L + k] > delta[(n - 1) * L + best]) best = k;
  for (let i = n - 1; i >= 0; i--) { path[i] = best; best = back[i * L + best]; }
  return path;
}

/** The structured perceptron update for one sentence, then one clock tick per word. */
function learn(model: Perceptron, gold: number[], guess: number[], ids: number[][], mems: (string | undefined)[], pairIds: (i: number, prev: number) => number[], grow: boolean): void {
  for (let i = 0; i < gold.length; i++) {
    const gp = i === 0 ? 0 : gold[i - 1];
    const pp = i === 0 ? 0 : guess[i - 1];
    if (gold[i] === guess[i] && gp === pp) continue;
    model.update(ids[i], gold[i], guess[i]);
    model.update(model.featureIds(memoryFeatures(mems[i]), grow), gold[i], guess[i]);
    model.add(pairIds(i, gp), gold[i], 1);
    model.add(pairIds(i, pp), guess[i], -1);
  }
  for (let i = 0; i < gold.length; i++) model.tick();
}
