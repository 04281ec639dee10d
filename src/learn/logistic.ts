// Binary logistic regression over sparse string features, trained by plain SGD with L2 decay in
// input order (no randomness), so the same rows always give the same weights.

/** One training row: active feature names (value 1) and its 0/1 label. */
export interface LogisticRow { features: string[]; label: 0 | 1 }

export interface LogisticData { bias: number; weights: Record<string, number> }

export interface LogisticOptions { epochs: number; rate: number; l2: number }

export const LOGISTIC_DEFAULTS: LogisticOptions = { epochs: 12, rate: 0.1, l2: 1e-5 };

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A trained model: probability that a row's label is 1. */
export class Logistic {
  private constructor(private readonly bias: number, private readonly weights: Map<string, number>) {}

  /** Fits weights on `rows`; the rate decays as 1/(1+epoch) for a stable end. */
  static train(rows: LogisticRow[], options: Partial<LogisticOptions> = {}): Logistic {
    const o = { ...LOGISTIC_DEFAULTS, ...options };
    const w = new Map<string, number>();
    let bias = 0;
    for (let epoch = 0; epoch < o.epochs; epoch++) {
      const rate = o.rate / (1 + epoch);
      for (const row of rows) {
        let z = bias;
        for (const f of row.features) z += w.get(f) ?? 0;
        const g = row.label - sigmoid(z);
        bias += rate * g;
        for (const f of row.features) {
          const cur = w.get(f) ?? 0;
          w.set(f, cur + rate * (g - o.l2 * cur));
        }
      }
    }
    return new Logistic(bias, w);
  }

  static fromData(data: LogisticData): Logistic {
    return new Logistic(data.bias, new Map(Object.entries(data.weights)));
  }

  /** Probability of label 1 for the active `features`; unknown features weigh nothing. */
  probability(features: string[]): number {
    let z = this.bias;
    for (const f of features) z += this.weights.get(f) ?? 0;
    return sigmoid(z);
  }

  /** Weights rounded to 4 decimals and sorted by name, so equal models give equal bytes. */
  toData(minWeight = 1e-4): LogisticData {
    const weights: Record<string, number> = {};
    for (const k of [...this.weights.keys()].sort()) {
      const v = Math.round((this.weights.get(k) ?? 0) * 1e4) / 1e4;
      if (Math.abs(v) >= minWeight) weights[k] = v;
    }
    return { bias: Math.round(this.bias * 1e4) / 1e4, weights };
  }
}
