// Invariants every extraction must keep whatever the input: the text is the article's, every
// span lies inside it and is well formed, and every id a statement or mention uses exists.

import { expect } from 'vitest';
import type { Extraction, RawArticle, Span } from '../../../src/extract/types.js';

const inside = (span: Span, length: number): boolean =>
  Number.isInteger(span[0]) && Number.isInteger(span[1]) && span[0] >= 0 && span[0] <= span[1] && span[1] <= length;

/** Asserts the contract of an Extraction produced from `article`. */
export function checkExtraction(x: Extraction, article: RawArticle): void {
  expect(x.text).toBe(article.text);
  expect(x.article.id).toBe(article.id);
  expect(x.article.title).toBe(article.title);
  const n = x.text.length;
  const actorIds = new Set(x.actors.map((a) => a.id));
  expect(actorIds.size).toBe(x.actors.length);
  for (const m of x.mentions) {
    expect(actorIds.has(m.actorId)).toBe(true);
    expect(inside([m.start, m.end], n) && m.end > m.start).toBe(true);
  }
  for (const s of x.statements) {
    for (const id of [s.speakerId, s.targetId, s.reportedById, ...s.aboutIds]) {
      if (id !== null) expect(actorIds.has(id)).toBe(true);
    }
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    const spans = [...(s.evidence.speaker ? [s.evidence.speaker] : []), ...s.evidence.cue, ...s.evidence.content];
    for (const span of spans) expect(inside(span, n)).toBe(true);
    for (const [cs, ce] of s.evidence.content) {
      expect(article.excluded.some(([es, ee]) => cs < ee && ce > es)).toBe(false);
    }
  }
  for (const r of x.relations) {
    expect(actorIds.has(r.sourceId) && actorIds.has(r.targetId)).toBe(true);
    expect(inside(r.evidence, n)).toBe(true);
  }
}

/** The project's seeded generator (mulberry32), so generated junk is the same on every run. */
export { seededRandom } from '../../../src/graph/random.js';
