// The generic conditional-logit ranker: learns which candidate of a list is the right one, is
// deterministic, skips items with no right candidate, and survives a round trip through its data.

import { describe, expect, it } from 'vitest';
import { Ranker, type RankItem } from '../../../src/learn/ranker.js';

// Each item: three candidates; the right one is the candidate marked "near" unless it is "quoted".
const items: RankItem[] = Array.from({ length: 40 }, (_, i) => {
  const quoted = i % 4 === 0;
  return {
    candidates: [['rule', 'far'], ['near', ...(quoted ? ['quoted'] : [])], ['none']],
    right: [quoted, !quoted, false],
  };
});

describe('Ranker', () => {
  it('ranks the right candidate first on items like its training ones', () => {
    const m = Ranker.train(items);
    expect(m.score(['near'])).toBeGreaterThan(m.score(['rule', 'far']));
    expect(m.score(['near', 'quoted'])).toBeLessThan(m.score(['rule', 'far']));
    expect(m.score(['none'])).toBeLessThan(m.score(['near']));
  });

  it('learns nothing from items without a right candidate', () => {
    const m = Ranker.train([{ candidates: [['a'], ['b']], right: [false, false] }]);
    expect(m.toData().weights).toEqual({});
  });

  it('gives identical data on two trainings and the same scores after a round trip', () => {
    const a = Ranker.train(items).toData();
    expect(JSON.stringify(Ranker.train(items).toData())).toBe(JSON.stringify(a));
    expect(Ranker.fromData(a).score(['near'])).toBeCloseTo(Ranker.train(items).score(['near']), 3);
  });
});
