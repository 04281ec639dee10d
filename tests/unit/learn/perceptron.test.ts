// The learning core: an averaged perceptron learns a small separable task, repeats exactly, and
// survives its compact serialisation.

import { describe, expect, it } from 'vitest';
import { Perceptron } from '../../../src/learn/perceptron.js';
import { seededShuffle } from '../../../src/learn/shuffle.js';
import { decodeModel, encodeModel } from '../../../src/learn/model-file.js';

const DATA: [string[], string][] = [
  [['w=river', 'suf=er'], 'PLACE'], [['w=lake', 'suf=ke'], 'PLACE'], [['w=hill', 'suf=ll'], 'PLACE'],
  [['w=anna', 'cap'], 'PERSON'], [['w=tomas', 'cap'], 'PERSON'], [['w=lena', 'cap'], 'PERSON'],
  [['w=acme', 'caps'], 'COMPANY'], [['w=zenco', 'caps'], 'COMPANY'], [['w=orbix', 'caps'], 'COMPANY'],
];
const LABELS = ['PLACE', 'PERSON', 'COMPANY'];

function train(seed: number): Perceptron {
  const p = new Perceptron(LABELS);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const [feats, label] of seededShuffle(DATA, seed + epoch)) {
      const ids = p.featureIds(feats, true);
      p.update(ids, LABELS.indexOf(label), p.predict(ids));
      p.tick();
    }
  }
  p.average();
  return p;
}

describe('Perceptron', () => {
  it('learns a small separable task and generalises through shared features', () => {
    const p = train(1);
    for (const [feats, label] of DATA) expect(p.labels[p.predict(p.featureIds(feats))]).toBe(label);
    expect(p.labels[p.predict(p.featureIds(['w=unseen', 'caps']))]).toBe('COMPANY');
  });

  it('gives identical weights and bytes for the same seed', () => {
    const a = encodeModel(train(7).toData());
    const b = encodeModel(train(7).toData());
    expect(a.equals(b)).toBe(true);
  });

  it('round-trips through its compact form with the same predictions', () => {
    const p = train(3);
    const q = Perceptron.fromData(decodeModel(encodeModel(p.toData()), 'test'));
    for (const [feats] of DATA) expect(q.predict(q.featureIds(feats))).toBe(p.predict(p.featureIds(feats)));
  });

  it('takes a one-sided step on one label only, and refuses once averaged', () => {
    const p = new Perceptron(LABELS);
    const ids = p.featureIds(['w=delta', 'cap'], true);
    p.add(ids, 2, 1);
    p.add(ids.slice(1), 0, -1);
    expect([...p.scores(ids)]).toEqual([-1, 0, 2]);
    p.tick();
    p.average();
    expect(() => p.add(ids, 1, 1)).toThrow(/averaged/);
  });

  it("reads one feature's weights as a row only once averaged, the same weights scores adds", () => {
    const p = new Perceptron(LABELS);
    const ids = p.featureIds(['w=delta', 'cap'], true);
    p.add(ids, 2, 1);
    expect(() => p.row('cap')).toThrow(/averaged/);
    p.tick();
    p.average();
    expect([...p.row('cap')!]).toEqual([...p.scores(p.featureIds(['cap']))]);
    expect(p.row('nothing-like-this')).toBeNull();
  });

  it('skips unknown features at prediction time and rejects a damaged model', () => {
    const p = train(2);
    expect(p.featureIds(['nothing-like-this'])).toEqual([]);
    expect(() => Perceptron.fromData({ labels: LABELS, features: ['a'], weights: [1], scale: 1 })).toThrow(/damaged/);
    expect(() => decodeModel(Buffer.from('not gzip'), 'x.gz')).toThrow(/x\.gz/);
    expect(() => p.update([0], 0, 1)).toThrow(/averaged/);
  });

  it('shuffles deterministically', () => {
    expect(seededShuffle([1, 2, 3, 4, 5, 6], 9)).toEqual(seededShuffle([1, 2, 3, 4, 5, 6], 9));
    expect(seededShuffle([1, 2, 3, 4, 5, 6], 9).sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
