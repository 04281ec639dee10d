// An averaged multiclass perceptron over sparse string features, interned to integer ids.
// Generic: any task that turns an instance into a list of feature strings and one label can use it;
// training is deterministic given the order of updates, and the model serialises to a compact form.

import { WhosaidError } from '../errors.js';

/** The serialised model: labels, kept feature strings, and their weights quantised to integers. */
export interface PerceptronData {
  labels: string[];
  features: string[];
  /** features.length × labels.length integers, row by row; weight = value × scale. */
  weights: number[];
  scale: number;
}

/** Options of `toData`: drop features whose largest |weight| is below `minWeight`; `levels` quantisation steps. */
export interface CompactOptions { minWeight?: number; levels?: number }

/**
 * A multiclass perceptron with weight averaging (the "lazy timestamp" trick: each weight keeps
 * the running sum of its past values, so averaging costs nothing per instance).
 * Train with `featureIds(..., true)`, `predict`, `update` and `tick` per instance, then `average()`.
 */
export class Perceptron {
  readonly labels: string[];
  private readonly ids = new Map<string, number>();
  private w: Float64Array;
  private total: Float64Array;
  private stamp: Float64Array;
  private time = 0;
  private averaged = false;

  constructor(labels: string[]) {
    if (labels.length < 2) throw new WhosaidError('BAD_INPUT', 'learn/perceptron: needs at least two labels');
    this.labels = [...labels];
    this.w = new Float64Array(1024 * labels.length);
    this.total = new Float64Array(this.w.length);
    this.stamp = new Float64Array(this.w.length);
  }

  /** Number of interned features. */
  get size(): number { return this.ids.size; }

  /** Ids of the given feature strings; unknown features are added when `grow`, else skipped. */
  featureIds(features: readonly string[], grow = false): number[] {
    const out: number[] = [];
    for (const f of features) {
      let id = this.ids.get(f);
      if (id === undefined) {
        if (!grow) continue;
        id = this.ids.size;
        this.ids.set(f, id);
        this.ensure(id);
      }
      out.push(id);
    }
    return out;
  }

  /**
   * One feature's weights across the labels, as a view (null when the model lacks the feature):
   * adding it into a score vector adds what `scores` would. Only of an averaged model, whose
   * weights no longer move.
   */
  row(feature: string): Float64Array | null {
    if (!this.averaged) throw new WhosaidError('CONFIG', 'learn/perceptron: weight rows are read from an averaged model only');
    const id = this.ids.get(feature);
    if (id === undefined) return null;
    const n = this.labels.length;
    return this.w.subarray(id * n, id * n + n);
  }

  /** Adds each label's weights over the feature ids into `out` (length = labels.length). */
  scores(ids: readonly number[], out: Float64Array = new Float64Array(this.labels.length)): Float64Array {
    const n = this.labels.length;
    for (const id of ids) {
      const base = id * n;
      for (let k = 0; k < n; k++) out[k] += this.w[base + k];
    }
    return out;
  }

  /** The best-scoring label index (lowest index on ties, so results repeat). */
  predict(ids: readonly number[]): number {
    return argmax(this.scores(ids));
  }

  /** Perceptron update: +1 on the gold label's weights, -1 on the guessed one's; no-op when equal. Throws after `average()`. */
  update(ids: readonly number[], gold: number, guess: number): void {
    if (this.averaged) throw new WhosaidError('CONFIG', 'learn/perceptron: the model is averaged (training has ended); train a new Perceptron');
    if (gold === guess) return;
    for (const id of ids) {
      this.bump(id * this.labels.length + gold, 1);
      this.bump(id * this.labels.length + guess, -1);
    }
  }

  /** Adds `delta` to one label's weights over the feature ids (a structured perceptron's one-sided step). Throws after `average()`. */
  add(ids: readonly number[], label: number, delta: number): void {
    if (this.averaged) throw new WhosaidError('CONFIG', 'learn/perceptron: the model is averaged (training has ended); train a new Perceptron');
    for (const id of ids) this.bump(id * this.labels.length + label, delta);
  }

  /** Advances the clock by one instance (call once per training instance, after any update). */
  tick(): void { this.time++; }

  /** Replaces each weight with its average over all instances seen; call once after training. */
  average(): void {
    if (this.averaged) return;
    const used = this.ids.size * this.labels.length;
    for (let i = 0; i < used; i++) {
      const total = this.total[i] + (this.time - this.stamp[i]) * this.w[i];
      this.w[i] = this.time > 0 ? total / this.time : this.w[i];
    }
    this.averaged = true;
  }

  /** The compact, serialisable model: rare/small features pruned, weights quantised. */
  toData(opts: CompactOptions = {}): PerceptronData {
    const n = this.labels.length;
    const levels = opts.levels ?? 127;
    let max = 0;
    for (let i = 0; i < this.ids.size * n; i++) max = Math.max(max, Math.abs(this.w[i]));
    const scale = max > 0 ? max / levels : 1;
    const keep = Math.max(opts.minWeight ?? 0, scale / 2);
    const features: string[] = [];
    const weights: number[] = [];
    const sorted = [...this.ids.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [f, id] of sorted) {
      const row = this.w.subarray(id * n, id * n + n);
      if (!row.some((x) => Math.abs(x) >= keep)) continue;
      features.push(f);
      for (const x of row) weights.push(Math.round(x / scale));
    }
    return { labels: [...this.labels], features, weights, scale };
  }

  /** Rebuilds an averaged perceptron from `toData`'s output: it predicts; `update` refuses. */
  static fromData(data: PerceptronData): Perceptron {
    const n = data.labels.length;
    if (data.weights.length !== data.features.length * n) {
      throw new WhosaidError('BAD_INPUT', `learn/perceptron: model has ${data.weights.length} weights for ${data.features.length} features × ${n} labels; is the file damaged?`);
    }
    const p = new Perceptron(data.labels);
    p.featureIds(data.features, true);
    p.w = new Float64Array(data.weights.length);
    for (let i = 0; i < data.weights.length; i++) p.w[i] = data.weights[i] * data.scale;
    p.total = new Float64Array(0);
    p.stamp = new Float64Array(0);
    p.averaged = true;
    return p;
  }

  private ensure(id: number): void {
    const need = (id + 1) * this.labels.length;
    if (need <= this.w.length) return;
    const grow = (a: Float64Array): Float64Array => { const b = new Float64Array(Math.max(need, a.length * 2)); b.set(a); return b; };
    this.w = grow(this.w);
    this.total = grow(this.total);
    this.stamp = grow(this.stamp);
  }

  private bump(i: number, delta: number): void {
    this.total[i] += (this.time - this.stamp[i]) * this.w[i];
    this.stamp[i] = this.time;
    this.w[i] += delta;
  }
}

/** Index of the largest value; the first on ties. */
export function argmax(xs: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < xs.length; i++) if (xs[i] > xs[best]) best = i;
  return best;
}
