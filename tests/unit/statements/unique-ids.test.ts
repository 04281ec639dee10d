// A statement id is unique within its article: the store refuses an article whose ids repeat, so
// extraction must never give two statements one id (the learned stage once proposed a cue twice).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../loaders/record.js';
import { articleFromText } from '../../../loaders/index.js';
import { extract } from '../../../src/extract/index.js';
import { uniqueStatements } from '../../../src/extract/statements/index.js';
import type { Statement } from '../../../src/extract/types.js';
import { synthCorpus } from '../../../src/synth/index.js';

const statement = (id: string, confidence: number, content: string): Statement => ({
  id, speakerId: 'a1', content, cue: 'said', kind: 'CLAIM', direct: false, targetId: null, aboutIds: [],
  reportedById: null, confidence, evidence: { speaker: [0, 3], cue: [[4, 8]], content: [[9, 20]] },
});

describe('uniqueStatements', () => {
  it('keeps the more confident of two statements with one id, in text order', () => {
    const a = statement('t#s-1', 0.28, 'first');
    const b = statement('t#s-2', 0.9, 'second');
    const c = statement('t#s-1', 0.32, 'first again');
    expect(uniqueStatements([a, b, c])).toEqual([b, c]);
    expect(uniqueStatements([c, b, a])).toEqual([c, b]);
  });
});

describe('extract', () => {
  it('gives every statement of an article its own id (examples and 300 synthetic articles)', () => {
    const examples = readdirSync('examples').filter((n) => n.endsWith('.txt'))
      .map((n) => articleFromText(readFileSync(`examples/${n}`, 'utf8'), n));
    const synthetic = [...synthCorpus(300, 7)].map((r, i) => articleFromRecord(r, `synth #${i}`));
    let statements = 0;
    for (const article of [...examples, ...synthetic]) {
      const ids = extract(article).statements.map((s) => s.id);
      statements += ids.length;
      expect(new Set(ids).size, article.id).toBe(ids.length);
    }
    expect(statements).toBeGreaterThan(300);
  });
});
