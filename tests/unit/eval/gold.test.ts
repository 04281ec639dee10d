// The gold scorer on a hand-made extraction: name normalisation, duplicates, optional items,
// statement matching by speaker and Dice overlap, accuracies and hard errors.
import { describe, expect, it } from 'vitest';
import { dice, normalizeName, scoreGold, type GoldFile } from '../../../src/eval/gold.js';
import type { Extraction, Statement } from '../../../src/extract/types.js';

const st = (p: Partial<Statement>): Statement => ({
  id: 's', speakerId: null, content: '', cue: 'said', kind: 'CLAIM', direct: false, targetId: null, aboutIds: [],
  reportedById: null, confidence: 1, evidence: { speaker: null, cue: [], content: [] }, ...p,
});

const extraction: Extraction = {
  article: { id: 'a', title: '', url: null, source: null, publishedAt: null },
  text: '',
  actors: [
    { id: 'a1', name: 'Russia', type: 'COUNTRY', aliases: ['Moscow'], roles: [] },
    { id: 'a2', name: 'Moscow', type: 'PLACE', aliases: [], roles: [] },
    { id: 'a3', name: 'The Kremlin', type: 'ORGANIZATION', aliases: [], roles: [] },
    { id: 'a4', name: 'Leave a Reply', type: 'OTHER', aliases: [], roles: [] },
  ],
  mentions: [],
  statements: [
    st({ speakerId: 'a1', content: 'the West is amassing troops on the border', kind: 'ACCUSATION', targetId: 'a3' }),
    st({ speakerId: 'a3', content: 'your email address will not be published' }),
  ],
  relations: [{ sourceId: 'a3', type: 'PART_OF', targetId: 'a1', role: null, evidence: [0, 1] }],
};

const gold: GoldFile = {
  article: 'x.txt',
  actors: [
    { name: 'Russia', type: 'COUNTRY', aliases: ['Moscow'] },
    { name: 'Kremlin', type: 'ORGANIZATION', aliases: [] },
    { name: 'the West', type: 'GROUP', aliases: [] },
    { name: 'Ukraine', type: 'COUNTRY', aliases: [], optional: true },
  ],
  notActors: ['Leave a Reply'],
  statements: [
    { speaker: 'Russia', kind: 'CLAIM', alsoKinds: ['ACCUSATION'], direct: false, content: 'amassing troops on the border', target: 'the West' },
    { speaker: 'Kremlin', kind: 'DENIAL', direct: false, content: 'any plan to invade', optional: true },
  ],
  notStatements: ['Your email address will not be published'],
  relations: [{ source: 'Kremlin', type: 'PART_OF', target: 'Russia' }],
};

describe('scoreGold', () => {
  const s = scoreGold(extraction, gold);
  it('matches actors by normalised names, counting a duplicate against precision', () => {
    expect(s.actors).toEqual({ tp: 2, predicted: 4, gold: 3 });
    expect(s.actorType).toEqual({ correct: 2, total: 2 });
  });
  it('matches statements by speaker and Dice >= 0.5; optional misses cost nothing', () => {
    expect(s.statements).toEqual({ tp: 1, predicted: 2, gold: 1 });
    expect(s.kind).toEqual({ correct: 1, total: 1 });
    expect(s.target).toEqual({ correct: 0, total: 1 });
  });
  it('scores relations on matched actors', () => {
    expect(s.relations).toEqual({ tp: 1, predicted: 1, gold: 1 });
  });
  it('lists hard errors by name', () => {
    expect(s.hardErrors).toHaveLength(2);
    expect(s.hardErrors.join('\n')).toContain('Leave a Reply');
    expect(s.hardErrors.join('\n')).toContain('email address');
  });
});

describe('helpers', () => {
  it.each([
    ['The United States', 'united states'],
    ['Russia’s', 'russia'],
    ['  Atlantic   Alliance ', 'atlantic alliance'],
  ])('normalizeName(%s) = %s', (a, b) => expect(normalizeName(a)).toBe(b));
  it('dice over word sets', () => {
    expect(dice('the plan works', 'The plan, works!')).toBe(1);
    expect(dice('a b', 'c d')).toBe(0);
  });
});
