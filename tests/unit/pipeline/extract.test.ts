// The pipeline end to end on the bundled seed article (examples/), plus determinism, stable
// ids and linear-time behaviour on hostile input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import type { RawArticle } from '../../../src/extract/types.js';

const text = readFileSync(new URL('../../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const article = (t: string, id = 'seed'): RawArticle => ({ id, title: 'Seed', text: t, url: null, source: null, publishedAt: null, byline: null, excluded: [], origin: 'test' });

describe('extract on the seed article', () => {
  const x = extract(article(text));
  const name = (id: string | null): string | undefined => x.actors.find((a) => a.id === id)?.name;
  const find = (speaker: string, cue: string) => x.statements.find((s) => name(s.speakerId) === speaker && s.cue === cue);

  it('finds the statements a reader finds', () => {
    expect(find('Russia', 'has accused')).toMatchObject({ kind: 'ACCUSATION', targetId: x.actors.find((a) => a.name === 'the West')?.id });
    expect(find('Russia', 'denies')).toMatchObject({ kind: 'DENIAL' });
    expect(find('Joe Biden', 'said')?.content).toMatch(/^Washington had made clear/);
    expect(find('government source', 'quoted by AFP as saying')).toMatchObject({ direct: true });
    expect(name(find('government source', 'quoted by AFP as saying')?.reportedById ?? null)).toBe('AFP');
    expect(name(find('US government officials', 'have confirmed')?.reportedById ?? null)).toBe('Associated Press');
    expect(x.statements.filter((s) => s.cue === 'rejected').map((s) => name(s.speakerId)).sort()).toEqual(['NATO', 'United States']);
  });

  it('makes no statement of scare quotes, teasers or boilerplate', () => {
    for (const s of x.statements) {
      expect(s.content).not.toMatch(/follow-up agreement”$|cure for cancer|email address/);
    }
  });

  it('gives evidence spans that point at the words', () => {
    for (const s of x.statements) {
      for (const [a, b] of s.evidence.cue) expect(s.cue).toContain(text.slice(a, b));
      expect(s.evidence.content.length).toBeGreaterThan(0);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is deterministic with stable statement ids', () => {
    const again = extract(article(text));
    expect(again).toEqual(x);
    expect(new Set(x.statements.map((s) => s.id)).size).toBe(x.statements.length);
    expect(extract(article(text, 'other')).statements[0].id).not.toBe(x.statements[0].id);
  });
});

describe('extract on hostile input', () => {
  it('handles a 1 MB sentence without punctuation quickly', () => {
    const big = 'officials said the '.repeat(55_000);
    const t0 = performance.now();
    extract(article(big));
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
  it('handles 10,000 unbalanced quote marks', () => {
    const marks = 'He said “ it was " fine ” and '.repeat(10_000);
    const t0 = performance.now();
    extract(article(marks));
    expect(performance.now() - t0).toBeLessThan(20_000);
  }, 60_000);
});
