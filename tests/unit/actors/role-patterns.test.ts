// Roles keep their whole title, and the appositive and possessive patterns give
// AFFILIATED_WITH with the role and the right organisation or country.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from './helpers.js';

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
