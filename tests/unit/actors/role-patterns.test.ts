// Roles keep their whole title, and the appositive and possessive patterns give
// AFFILIATED_WITH with the role and the right organisation or country.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from './helpers.js';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';
import { isGroupName } from '../../../src/extract/actors/anonymous.js';

const rolesOf = (text: string, name: string): string[] => {
  const layer = layerOf(text);
  const byId = new Map(layer.actors.map((a) => [a.id, a.name]));
  return actorNamed(layer, name).roles.map((r) => `${r.title} @ ${r.of ? byId.get(r.of) : '-'}`);
};

describe('role patterns', () => {
  it('"NAME, ROLE of THING at ORG" keeps the whole title and links the organisation', () => {
    const layer = layerOf('Tom Raskin, director of product at Hollis Capital, said the market was crowded.');
    expect(triples(layer)).toContain('Tom Raskin AFFILIATED_WITH Hollis Capital (director of product)');
  });

  it('"NAME, ROLE for PLACE at ORG" keeps the portfolio in the title', () => {
    expect(rolesOf('Pierre Dubois, director general for Europe at the ministry, declined to comment.', 'Pierre Dubois'))
      .toEqual(['director general for Europe @ -']);
  });

  it('"ORG ROLE NAME" with a lower-case multi-word title', () => {
    expect(triples(layerOf('Hollis Capital chief economist Lucy Marsh said growth would slow.')))
      .toContain('Lucy Marsh AFFILIATED_WITH Hollis Capital (chief economist)');
    expect(triples(layerOf('Bank of England governor Mervyn Cole warned on rates.')))
      .toContain('Mervyn Cole AFFILIATED_WITH Bank of England (governor)');
  });

  it('"COUNTRY\'s REGION ROLE NAME": the region is the portfolio, the possessive the owner', () => {
    expect(triples(layerOf("Britain's Europe Director Alan Fenwick met officials on Tuesday.")))
      .toContain('Alan Fenwick AFFILIATED_WITH United Kingdom (Europe Director)');
    expect(triples(layerOf("Germany's Asia envoy Karl Brandt arrived in the capital.")))
      .toContain('Karl Brandt AFFILIATED_WITH Germany (Asia envoy)');
  });

  it('the title stops before a clause', () => {
    expect(rolesOf('Anna Solberg, chief executive of Nordvik Energy, said profits rose.', 'Anna Solberg'))
      .toEqual(['chief executive @ Nordvik Energy']);
  });
});

describe('title modifiers and groups', () => {
  it('keeps a sentence-initial modifier and "managing" in the title; "Its" points to the organisation', () => {
    expect(rolesOf('Deputy governor Ruth Asante said hiring had slowed.', 'Ruth Asante')).toEqual(['Deputy governor @ -']);
    expect(triples(layerOf('The fair is run by Quayside Events. Its managing director, Nadia Brooks, said costs rose.')))
      .toContain('Nadia Brooks AFFILIATED_WITH Quayside Events (managing director)');
  });

  it('a capitalised plural name speaking is a GROUP, not an unnamed source', () => {
    const x = extract(articleFromText('The vote is next week. The Liberal Democrats said they would table an amendment.', 'groups.txt'));
    expect(x.actors.find((a) => a.name === 'Liberal Democrats')?.type).toBe('GROUP');
    expect(isGroupName('Liberal Democrats')).toBe(true);
    expect(isGroupName('senior officials')).toBe(false);
    expect(isGroupName('The Analysts')).toBe(false);
  });
});
