// Names the lexicon half-knows: a party word that is also an adjective ("Labour"), a company
// named with an event head ("Brightlake Games") or a plural noun ("Quayside Events").

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from './helpers.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';

describe('party words', () => {
  it('"Labour\'s ROLE, NAME": the possessive party word is the party, not a MISC adjective', () => {
    const layer = layerOf("Labour's education spokesman, Owen Tranter, said the package was too small.");
    expect(actorNamed(layer, 'Labour').type).toBe('ORGANIZATION');
  });

  it('"the Conservatives said": a plural party that speaks is a GROUP', () => {
    const layer = layerOf('The plan was published on Monday. Later the Conservatives said they would oppose it.');
    expect(actorNamed(layer, 'Conservatives').type).toBe('GROUP');
  });

  it('a party word used as an adjective makes no actor', () => {
    const layer = layerOf('A Labour MP, Jane Cole, said the vote was close.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Labour');
  });
});

describe('business names with an event head or a plural noun', () => {
  it('"Brightlake Games raised its forecast" names a company, and its roles attach to it', () => {
    const layer = layerOf('Brightlake Games raised its annual forecast on Thursday. Tom Reyes, director of product at Brightlake Games, said a cheaper model would follow.');
    expect(actorNamed(layer, 'Brightlake Games').type).toBe('ORGANIZATION');
    expect(triples(layer)).toContain('Tom Reyes AFFILIATED_WITH Brightlake Games (director of product)');
  });

  it('"the Commonwealth Games" and "Labor Day" stay events', () => {
    const layer = layerOf('Athletes arrived for the Commonwealth Games on Monday, before Labor Day.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Commonwealth Games');
    expect(layer.actors.map((a) => a.name)).not.toContain('Labor Day');
  });

  it('"Quayside Events" is an organisation even where the tagger reads a person, and "Its ROLE, NAME" attaches to it', () => {
    const layer = layerOf('The festival is run by Quayside Events. Its managing director, Nadia Brooks, said costs had risen.');
    expect(actorNamed(layer, 'Quayside Events').type).toBe('ORGANIZATION');
    expect(actorNamed(layer, 'Nadia Brooks').type).toBe('PERSON');
    expect(triples(layer)).toContain('Nadia Brooks AFFILIATED_WITH Quayside Events (managing director)');
  });
});

describe('plural party names', () => {
  it('"the Lib Dems said" is a GROUP, not an organisation or a person', () => {
    expect(actorNamed(layerOf('The Lib Dems said they would vote against the plan.'), 'Lib Dems').type).toBe('GROUP');
  });
});

describe('a lone party word', () => {
  it('"A Prospective Tory said" is an unnamed member, never a PERSON', () => {
    const ex = extract(articleFromText('Budget row deepens. A Prospective Tory said the party would win.', 'test'));
    expect(ex.actors.filter((a) => a.type === 'PERSON').map((a) => a.name)).toEqual([]);
    expect(ex.actors.find((a) => a.name === 'Prospective Tory')?.type).toBe('ANONYMOUS');
  });
});
