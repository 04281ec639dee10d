// A conditional-logit ranker over sparse string features: each item is a list of candidates, some
// of them right; training raises the softmax probability mass of the right ones by SGD with L2
// decay, items in input order (no randomness), so the same items always give the same weights.

/** One training item: each candidate's active feature names, and which candidates are right. */
export interface RankItem { candidates: string[][]; right: boolean[] }

export interface RankerData { weights: Record<string, number> }

export interface RankerOptions { epochs: number; rate: number; l2: number }

export const RANKER_DEFAULTS: RankerOptions = { epochs: 12, rate: 0.1, l2: 1e-5 };

/** A trained ranker: a score per candidate, higher is more likely right. */
export class Ranker {
  private constructor(private readonly weights: Map<string, number>) {}

  /** Fits weights on `items` (those with no right candidate teach nothing and are skipped); the rate decays as 1/(1+epoch). */
  static train(items: RankItem[], options: Partial<RankerOptions> = {}): Ranker {
    const o = { ...RANKER_DEFAULTS, ...options };
    const w = new Map<string, number>();
    const score = (fs: string[]): number => fs.reduce((n, f) => n + (w.get(f) ?? 0), 0);
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      const rate = o.rate / (1 + epoch);
      for (const item of items) {
        if (!item.right.some(Boolean)) continue;
        const z = item.candidates.map(score);
        const top = Math.max(...z);
        const e = z.map((v) => Math.exp(v - top));
        const sum = e.reduce((a, b) => a + b, 0);
        const p = e.map((v) => v / sum);
        const pRight = p.reduce((n, v, k) => n + (item.right[k] ? v : 0), 0);
        item.candidates.forEach((fs, k) => {
          const g = (item.right[k] ? p[k] / pRight : 0) - p[k];
          if (g === 0) return;
          for (const f of fs) {
            const cur = w.get(f) ?? 0;
            w.set(f, cur + rate * (g - o.l2 * cur));
          }
        });
      }
    }
    return new Ranker(w);
  }

  static fromData(data: RankerData): Ranker {
    return new Ranker(new Map(Object.entries(data.weights)));
  }

  /** The candidate's score; unknown features weigh nothing. */
  score(features: string[]): number {
    let z = 0;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return z;
  }

  /** Weights rounded to 4 decimals and sorted by name, so equal models give equal bytes. */
  toData(minWeight = 1e-4): RankerData {
    const weights: Record<string, number> = {};
    for (const k of [...this.weights.keys()].sort()) {
      const v = Math.round((this.weights.get(k) ?? 0) * 1e4) / 1e4;
      if (Math.abs(v) >= minWeight) weights[k] = v;
    }
    return { weights };
  }
}
