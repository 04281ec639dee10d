// Honorifics are forms of address, not roles: "Mr", "Dr", "Sir" never land in an actor's roles,
// while a real title in the same article still does.

import { describe, expect, it } from 'vitest';
import { isHonorific } from '../../../src/extract/actors/honorifics.js';
import { actorNamed, layerOf } from './helpers.js';

describe('honorifics', () => {
  it.each(['Mr', 'Mrs.', 'Dr', 'Sir', 'Lord', 'Dame', 'ms'])('%s is an honorific', (t) => {
    expect(isHonorific(t)).toBe(true);
  });

  it.each(['Lord Chancellor', 'Prime Minister', 'chief economist'])('%s is not an honorific', (t) => {
    expect(isHonorific(t)).toBe(false);
  });

  it('keeps Mr and Sir out of roles but keeps the real title', () => {
    const layer = layerOf(
      'Finance Minister Harriet Oduya said on Monday that rates would stay low. ' +
      'Mrs Oduya told reporters the plan was sound. Sir Malcolm Penrose, a banker, disagreed. ' +
      'Sir Malcolm said the outlook was poor.',
    );
    const titles = (name: string): string[] => actorNamed(layer, name).roles.map((r) => r.title);
    expect(titles('Harriet Oduya')).toContain('Finance Minister');
    expect(titles('Harriet Oduya')).not.toContain('Mrs');
    expect(titles('Malcolm Penrose')).not.toContain('Sir');
  });
});
