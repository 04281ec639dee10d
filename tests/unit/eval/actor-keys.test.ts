// The actor answer-key scorer: real and typed actors, affiliations with role, junk names.
import { describe, expect, it } from 'vitest';
import { isJunkName, scoreActorKeys } from '../../../src/eval/actor-keys.js';
import type { Extraction } from '../../../src/extract/types.js';

const ex = {
  article: { id: 'x', title: null, url: null, source: null, publishedAt: null }, text: '', mentions: [], statements: [],
  actors: [
    { id: 'a1', name: 'Maria Olsen', type: 'PERSON', aliases: [], roles: [] },
    { id: 'a2', name: 'Fenwick Partners', type: 'PLACE', aliases: [], roles: [] },
    { id: 'a3', name: '000 adults', type: 'ANONYMOUS', aliases: [], roles: [] },
  ],
  relations: [{ sourceId: 'a1', type: 'AFFILIATED_WITH', targetId: 'a2', role: 'chief economist', evidence: [0, 1] }],
} as unknown as Extraction;

describe('scoreActorKeys', () => {
  it('counts real, typed, affiliations with role and junk', () => {
    const s = scoreActorKeys(ex, {
      actors: [{ name: 'Maria Olsen', type: 'PERSON' }, { name: 'Fenwick Partners', type: 'ORGANIZATION' }],
      affiliations: [{ person: 'Maria Olsen', role: 'Chief Economist', of: 'Fenwick Partners' }, { person: 'Maria Olsen', role: 'director', of: 'Fenwick Partners' }],
    });
    expect(s).toMatchObject({ output: 3, real: 2, realTyped: 1, affiliations: 2, affiliationsFound: 1, junk: 1, junkNames: ['000 adults'] });
  });

  it.each([['50,000', 'PERSON', true], ['Prospective Tory', 'PERSON', false], ['Mr Smith', 'PERSON', true], ['Minister Jane Fox', 'PERSON', true], ['senior official', 'ANONYMOUS', false], ['Jane Fox', 'PERSON', false]])(
    '%s (%s) junk: %s', (name, type, junk) => { expect(isJunkName(name as string, type as string)).toBe(junk); });
});
