// Named fixtures (tests/fixtures/extraction): an article written for the project and the
// statements its extraction must yield — each expected statement found, and no others.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { said } from '../statements/helpers.js';

interface Expected { speaker: string; cue: string; kind: string; target: string | null; direct: boolean; content: string }

const dir = new URL('../../fixtures/extraction/', import.meta.url);
const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

describe('extraction fixtures', () => {
  it('has at least one fixture', () => expect(names.length).toBeGreaterThan(0));
  for (const name of names) {
    it(name, () => {
      const want = (JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), 'utf8')) as { statements: Expected[] }).statements;
      const got = said(readFileSync(new URL(`${name}.txt`, dir), 'utf8'));
      const summary = got.map((s) => ({ speaker: s.speaker, cue: s.cue, kind: s.kind, target: s.target, direct: s.direct, content: s.content }));
      expect(summary).toHaveLength(want.length);
      want.forEach((w, i) => {
        expect(summary[i]).toMatchObject({ speaker: w.speaker, cue: w.cue, kind: w.kind, target: w.target, direct: w.direct });
        expect(summary[i].content.startsWith(w.content)).toBe(true);
      });
    });
  }
});
