// Affiliations the role patterns missed: portfolio words after a possessive owner, a bare title
// that shares its head with an earlier role, and countries the lexicon does not list.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from './helpers.js';

describe('possessive owner with portfolio words', () => {
  it('"ORG\'s PORTFOLIO ROLE, NAME" keeps the portfolio in the title and links the owner', () => {
    expect(triples(layerOf("The Greens' transport spokesman, Ella Ward, said the plan was late.")))
      .toContain('Ella Ward AFFILIATED_WITH Greens (transport spokesman)');
  });

  it('"ORG\'s former PORTFOLIO ROLE NAME" leaves "former" out of the title', () => {
    expect(triples(layerOf("Hollis Capital's former energy analyst Ben Ode said prices would rise.")))
      .toContain('Ben Ode AFFILIATED_WITH Hollis Capital (energy analyst)');
  });
});

describe('a bare title takes the organisation of the same office', () => {
  it('"ORG governor X … Deputy governor Y": Y is a deputy governor of ORG', () => {
    expect(triples(layerOf('Bank of England governor Martin Cole spoke on Thursday. Deputy governor Ruth Osei said rates would hold.')))
      .toContain('Ruth Osei AFFILIATED_WITH Bank of England (Deputy governor)');
  });

  it('does not guess when earlier roles with that head belong to different organisations', () => {
    const layer = layerOf('Bank of England governor Martin Cole and Bank of Canada governor Mark Ames met. Deputy governor Ruth Osei said rates would hold.');
    expect(triples(layer).filter((t) => t.startsWith('Ruth Osei'))).toEqual([]);
  });
});

describe('countries the lexicon does not list', () => {
  it('"Kestrian Foreign Minister X" beside "Kestria": the demonym names the country', () => {
    const layer = layerOf('Delegations from Kestria met in Geneva. Kestrian Foreign Minister Ana Varga said talks were slow.');
    expect(actorNamed(layer, 'Kestria').type).toBe('COUNTRY');
    expect(triples(layer)).toContain('Ana Varga AFFILIATED_WITH Kestria (Foreign Minister)');
  });

  it('"PLACE\'s ambassador" makes an unlisted place a country', () => {
    const layer = layerOf("Talks resumed in Geneva. Morvania's ambassador to the United Nations, Pavel Drozd, said the dam posed no threat.");
    expect(actorNamed(layer, 'Morvania').type).toBe('COUNTRY');
  });
});

describe('"ROLE X of ORG"', () => {
  it('a lower-case title before a name takes the organisation after "of"', () => {
    expect(triples(layerOf('Chief economist Tom Hart of Fenwick Partners said growth would slow.')))
      .toContain('Tom Hart AFFILIATED_WITH Fenwick Partners (Chief economist)');
  });

  it('"Senator Dana Park of Ohio": a surname that is a head word does not swallow "of Ohio"', () => {
    const layer = layerOf('Senator Dana Park of Ohio said the bill must pass.');
    expect(actorNamed(layer, 'Dana Park').type).toBe('PERSON');
    expect(actorNamed(layer, 'Ohio').type).toBe('PLACE');
  });
});
