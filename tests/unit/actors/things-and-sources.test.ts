// "Police Scotland" is one organisation at a sentence start; "its console, the Lumen Box" names a
// thing, not a person; "Festival organisers" and "Organisers of the X Festival" are one unnamed source.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf } from './helpers.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';
import { sameSource } from '../../../src/extract/actors/anonymous.js';

describe('organisation head before a place', () => {
  it('"Police Scotland said" keeps "Police" as part of the name', () => {
    const layer = layerOf('The event drew large crowds. Police Scotland said extra officers would be needed.');
    expect(actorNamed(layer, 'Police Scotland').type).toBe('ORGANIZATION');
    expect(layer.actors.map((a) => a.name)).not.toContain('Scotland');
  });
});

describe('a thing in apposition', () => {
  it('"its new console, the Lumen Box." is no person', () => {
    const layer = layerOf('Brightlake Games raised its forecast after strong sales of its new console, the Lumen Box.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Lumen Box');
  });

  it('"next year, the Vancouver Sun reported" still names the newspaper', () => {
    const layer = layerOf('Prices will rise next year, the Vancouver Sun reported on Wednesday.');
    expect(layer.actors.map((a) => a.name)).toContain('Vancouver Sun');
  });
});

describe('one unnamed source under two descriptors', () => {
  it('merges "Festival organisers" with "Organisers of the Harbourlight Festival"', () => {
    expect(sameSource('Festival organisers', 'Organisers of the Harbourlight Festival')).toBe(true);
    const ex = extract(articleFromText('Festival organisers defend ticket prices\n\nOrganisers of the Harbourlight Festival said on Friday that prices reflected rising costs.', 'test'));
    const anon = ex.actors.filter((a) => a.type === 'ANONYMOUS' && /organisers/i.test(a.name));
    expect(anon).toHaveLength(1);
  });

  it('keeps "senior officials" and "US officials" apart, and different heads apart', () => {
    expect(sameSource('senior officials', 'US officials')).toBe(false);
    expect(sameSource('analysts', 'officials')).toBe(false);
  });
});
