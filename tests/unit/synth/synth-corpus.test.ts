// The synthetic corpus: repeatable per seed, different across seeds, loadable by the NDJSON
// loader, and rich enough that extraction finds speakers, statements and relayed claims.
import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../loaders/record.js';
import { extract } from '../../../src/extract/index.js';
import { shardName, synthCorpus } from '../../../src/synth/index.js';

describe('synthCorpus', () => {
  it('gives the same articles for the same seed and other articles for another seed', () => {
    const a = [...synthCorpus(30, 7)];
    expect([...synthCorpus(30, 7)]).toEqual(a);
    const b = [...synthCorpus(30, 8)];
    expect(b.map((x) => x.text)).not.toEqual(a.map((x) => x.text));
    expect(new Set(a.map((x) => x.id)).size).toBe(30);
    expect(new Set(a.map((x) => x.text)).size).toBe(30);
  });

  it('yields articles extraction finds speakers, statements, outlets and dates in', () => {
    const xs = [...synthCorpus(20, 3)].map((r, i) => extract(articleFromRecord(r, `synth #${i}`)));
    const statements = xs.flatMap((x) => x.statements);
    expect(statements.length).toBeGreaterThanOrEqual(20 * 5);
    expect(statements.filter((s) => s.direct).length).toBeGreaterThanOrEqual(20);
    expect(statements.filter((s) => s.reportedById !== null).length).toBeGreaterThanOrEqual(10);
    const people = new Set(xs.flatMap((x) => x.actors.filter((a) => a.type === 'PERSON').map((a) => a.name)));
    expect(people.size).toBeGreaterThanOrEqual(15);
    expect(xs.every((x) => x.article.publishedAt !== null && x.article.source !== null)).toBe(true);
  });

  it('shards 1,000 articles per file', () => {
    expect(shardName(0)).toBe('articles-00000.ndjson');
    expect(shardName(999)).toBe('articles-00000.ndjson');
    expect(shardName(1000)).toBe('articles-00001.ndjson');
  });
});
