// In one article a bare surname or first name joins the full name seen earlier; only the surname
// becomes an alias: a stored first name would merge every later "Martin" into Martin Calloway.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, mentionTexts } from './helpers.js';
import { actorKeys } from '../../../src/store/normalize.js';
import { resolveActors } from '../../../src/store/resolve-actors.js';

const first = 'Martin Calloway said rates would hold. Martin told reporters the bank would wait. Calloway added that wages mattered.';

describe('first names and surnames in one article', () => {
  it('links "Martin" and "Calloway" to Martin Calloway but keeps only the surname as an alias', () => {
    const layer = layerOf(first);
    const mc = actorNamed(layer, 'Martin Calloway');
    expect(mentionTexts(layer, first, mc)).toEqual(['Martin Calloway', 'Martin', 'Calloway']);
    expect(mc.aliases).toContain('Calloway');
    expect(mc.aliases).not.toContain('Martin');
    expect(layer.actors).toHaveLength(1);
  });

  it('a later article\'s lone "Martin" does not merge into the stored Martin Calloway', () => {
    const mc = actorNamed(layerOf(first), 'Martin Calloway');
    const known = actorKeys(mc.type, mc.name, mc.aliases).map((key) => ({ key, id: 'g-mc', name: mc.name, type: mc.type }));
    const later = { id: 'a1', name: 'Martin', type: 'PERSON' as const, aliases: [], roles: [] };
    const { merges } = resolveActors([later], known, 'article-2');
    expect(merges).toEqual([]);
  });
});
