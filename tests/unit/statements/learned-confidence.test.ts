// The learned attribution confidence: training on a small corpus written for the project is
// deterministic, and the shipped model gives every statement a probability in [0, 1].

import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readPolnear } from '../../../src/eval/brat-attribution.js';
import { attributionModelData, attributionRows, cueDocs, encodeModelFile } from '../../../src/learn/train-attribution.js';
import { attributionModel, parseAttributionModel } from '../../../src/extract/statements/learned/confidence-model.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/attribution-corpus', import.meta.url));

describe('attribution training', () => {
  const docs = cueDocs(readPolnear(CORPUS));
  const rows = attributionRows(docs);

  it('labels the rule attributions of the corpus against its annotations', () => {
    expect(rows.length).toBe(4);
    expect(rows.filter((r) => r.label === 1).length).toBe(4);
    expect(rows.every((r) => r.features.some((f) => f.startsWith('lemma=')))).toBe(true);
  });

  it('gives identical model bytes on two trainings, and the bytes load', () => {
    const a = encodeModelFile(attributionModelData(docs));
    expect(encodeModelFile(attributionModelData(docs)).equals(a)).toBe(true);
    const m = parseAttributionModel(a, 'test model');
    expect(m.taggers).not.toBeNull();
    expect(m.confidence.probability(rows[0].features)).toBeGreaterThan(0.5);
  });

  it('names the file when it is no model', () => {
    expect(() => parseAttributionModel(Buffer.from('not gzip'), 'bad.gz')).toThrow(/bad\.gz/);
  });
});

describe('shipped model', () => {
  it('loads once and gives every statement a confidence in [0, 1]', () => {
    expect(attributionModel()).toBe(attributionModel());
    const text = 'Harbour plans\n\nThe port director, Amal Greer, said the new cranes would arrive in June. “We are ready,” she added. Critics accused Greer of hiding the cost.\n';
    const ex = extract(articleFromText(text, 'learned-confidence.txt'));
    expect(ex.statements.length).toBeGreaterThanOrEqual(2);
    for (const s of ex.statements) {
      expect(s.confidence).toBeGreaterThanOrEqual(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
    const plain = ex.statements.find((s) => s.cue === 'said');
    expect(plain?.confidence).toBeGreaterThan(0.5);
  });
});
