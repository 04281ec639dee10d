// The bundled example article (examples/white-house-russia-letter.txt) end to end through the
// actor layer: the actors, metonyms, roles and relations a careful reader finds in it.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from './helpers.js';

const text = readFileSync(new URL('../../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const layer = layerOf(text);

describe('example article: white-house-russia-letter', () => {
  it.each([
    ['Russia', 'COUNTRY', ['Moscow', 'Russian']],
    ['United States', 'COUNTRY', ['US', 'Washington']],
    ['Ukraine', 'COUNTRY', ['Ukrainian']],
    ['Associated Press', 'MEDIA', ['AP']],
    ['AFP', 'MEDIA', []],
    ['NATO', 'ORGANIZATION', ['Atlantic Alliance']],
    ['UN Security Council', 'ORGANIZATION', ['Security Council']],
    ['the West', 'GROUP', []],
    ['Joe Biden', 'PERSON', ['Biden']],
    ['Linda Thomas-Greenfield', 'PERSON', []],
    ['US government officials', 'ANONYMOUS', []],
    ['foreign ministry official', 'ANONYMOUS', []],
    ['government source', 'ANONYMOUS', []],
  ])('%s is one %s actor with aliases %j', (name, type, aliases) => {
    const a = actorNamed(layer, name);
    expect(a.type).toBe(type);
    expect(a.aliases).toEqual(expect.arrayContaining(aliases));
  });

  it('makes no actor of the teaser, the comment form or a law', () => {
    const names = layer.actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const bad of ['Tiwa Amon', 'Reply', 'Leave a Reply', 'Required', 'Charter', 'United Nations Charter']) expect(names).not.toContain(bad);
  });

  it('finds the roles, the telephone conversation and the known PART_OF links', () => {
    expect(triples(layer).sort()).toEqual([
      'Anthony Blinken AFFILIATED_WITH United States (counterpart)',
      'Joe Biden AFFILIATED_WITH United States (President)',
      'Linda Thomas-Greenfield AFFILIATED_WITH United States (Ambassador to the UN)',
      'Sergei Lavrov AFFILIATED_WITH Russia (Foreign Minister)',
      'Sergei Lavrov INTERACTS_WITH Anthony Blinken',
      'UN Security Council PART_OF United Nations',
      'Vasily Nebensia AFFILIATED_WITH Russia (ambassador to the United Nations)',
      'White House PART_OF United States',
    ]);
  });

  it('gives every mention a span that lies inside the text and sorts them by start', () => {
    const ids = new Set(layer.actors.map((a) => a.id));
    let last = -1;
    for (const m of layer.mentions) {
      expect(ids.has(m.actorId)).toBe(true);
      expect(m.start).toBeGreaterThanOrEqual(last);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      last = m.start;
    }
  });
});
