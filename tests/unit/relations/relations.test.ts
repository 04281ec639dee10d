// Relations of the actor layer: roles with AFFILIATED_WITH, PART_OF from the gazetteer and
// INTERACTS_WITH from meeting and conversation phrases, each with its evidence span.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, triples } from '../actors/helpers.js';

describe('roles and AFFILIATED_WITH', () => {
  it.each([
    ['Kenyan Foreign Minister Grace Wanjiru arrived.', 'Grace Wanjiru AFFILIATED_WITH Kenya (Foreign Minister)'],
    ['Later his Ugandan counterpart Peter Okello spoke.', 'Peter Okello AFFILIATED_WITH Uganda (counterpart)'],
    ['Kenya’s ambassador to the United Nations, Joseph Mwangi, objected.', 'Joseph Mwangi AFFILIATED_WITH Kenya (ambassador to the United Nations)'],
    ['Brazilian Ambassador to the UN Lucia Ferreira objected.', 'Lucia Ferreira AFFILIATED_WITH Brazil (Ambassador to the UN)'],
    ['Anna Berg, chief executive of Halvorsen Shipping, resigned.', 'Anna Berg AFFILIATED_WITH Halvorsen Shipping (chief executive)'],
    ['The Green Valley Alliance sued. Its spokesman, Piet Jansen, said so.', 'Piet Jansen AFFILIATED_WITH Green Valley Alliance (spokesman)'],
    ['Halvorsen Shipping recalled ships. "We are sorry," chief executive Anna Berg said.', 'Anna Berg AFFILIATED_WITH Halvorsen Shipping (chief executive)'],
  ])('%s', (text, triple) => {
    expect(triples(layerOf(text))).toContain(triple);
  });

  it('records a role without a holder when the text names none', () => {
    const layer = layerOf('Health Minister Lena Brandt vowed to act.');
    expect(actorNamed(layer, 'Lena Brandt').roles).toEqual([{ title: 'Health Minister', of: null }]);
    expect(layer.relations).toEqual([]);
  });

  it('does not give a head of state a company found in an earlier sentence', () => {
    const layer = layerOf('Halvorsen Shipping recalled ships.\n\nPresident Maria Lopes said nothing.');
    expect(layer.relations).toEqual([]);
  });

  it('points the evidence span at the role phrase', () => {
    const text = 'Kenyan Foreign Minister Grace Wanjiru arrived.';
    const [r] = layerOf(text).relations;
    expect(text.slice(...r.evidence)).toBe('Kenyan Foreign Minister Grace Wanjiru');
  });
});

describe('PART_OF', () => {
  it('links a known body to its container when both are in the article', () => {
    expect(triples(layerOf('The White House said the United States would act.'))).toContain('White House PART_OF United States');
    expect(triples(layerOf('The Security Council met at the United Nations.'))).toContain('UN Security Council PART_OF United Nations');
  });

  it('links a state body named after its country to that country', () => {
    expect(triples(layerOf('The Kenyan Foreign Ministry said Kenya would reply.'))).toContain('Kenyan Foreign Ministry PART_OF Kenya');
  });

  it('adds nothing when the container is absent', () => {
    expect(layerOf('The White House said nothing.').relations).toEqual([]);
  });
});

describe('INTERACTS_WITH', () => {
  it.each([
    ['Grace Wanjiru met Peter Okello in Geneva.', 'Grace Wanjiru INTERACTS_WITH Peter Okello'],
    ['Grace Wanjiru spoke with Peter Okello by phone.', 'Grace Wanjiru INTERACTS_WITH Peter Okello'],
    ['Grace Wanjiru held talks with Peter Okello.', 'Grace Wanjiru INTERACTS_WITH Peter Okello'],
    ['It follows a telephone conversation between Kenyan Foreign Minister Grace Wanjiru and his Ugandan counterpart Peter Okello.', 'Grace Wanjiru INTERACTS_WITH Peter Okello'],
  ])('%s', (text, triple) => {
    expect(triples(layerOf(text))).toContain(triple);
  });

  it.each([
    'Grace Wanjiru expressed interest in continuing talks with Uganda.',
    'Grace Wanjiru said Peter Okello was wrong.',
  ])('no interaction in %j', (text) => {
    expect(layerOf(text).relations.filter((r) => r.type === 'INTERACTS_WITH')).toEqual([]);
  });
});
