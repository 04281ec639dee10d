// The generic logistic regression and calibration table: learns a separable signal,
// is deterministic, and its table counts bins and precision at 0.9.

import { describe, expect, it } from 'vitest';
import { Logistic, type LogisticRow } from '../../../src/learn/logistic.js';
import { calibrationTable } from '../../../src/learn/calibration.js';

const rows: LogisticRow[] = Array.from({ length: 60 }, (_, i) => ({ features: [i % 3 === 0 ? 'bad' : 'good', `n${i % 5}`], label: i % 3 === 0 ? 0 : 1 }));

describe('Logistic', () => {
  it('learns which feature marks the positive rows', () => {
    const m = Logistic.train(rows);
    expect(m.probability(['good'])).toBeGreaterThan(0.8);
    expect(m.probability(['bad'])).toBeLessThan(0.2);
  });

  it('gives identical data on two trainings and survives a round trip', () => {
    const a = Logistic.train(rows).toData();
    expect(JSON.stringify(Logistic.train(rows).toData())).toBe(JSON.stringify(a));
    expect(Logistic.fromData(a).probability(['good'])).toBeCloseTo(Logistic.train(rows).probability(['good']), 3);
  });
});

describe('calibrationTable', () => {
  it('bins confidences and reports precision at 0.9', () => {
    const t = calibrationTable([{ confidence: 0.95, correct: true }, { confidence: 0.92, correct: false }, { confidence: 0.1, correct: false }]);
    expect(t).toMatch(/0\.9-1\.0 +2 +0\.500/);
    expect(t).toMatch(/0\.1-0\.2 +1 +0\.000/);
    expect(t).toContain('precision at confidence >= 0.9: 0.500 (2 attributions)');
  });
});
