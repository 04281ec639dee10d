// resolveName (speaker phrases → actors) and unnamed sources: found by recognizeActors when a
// speech verb follows, created or reused by anonymousActor for the attribution stage.

import { describe, expect, it } from 'vitest';
import { anonymousActor, anonymousName, isSourceDescription, resolveName } from '../../../src/extract/actors/index.js';
import { actorNamed, layerOf, triples } from './helpers.js';

const text = 'Ukrainian Foreign Minister Olena Hrytsenko met Kenyan officials in Nairobi. '
  + 'The talks were reported by the Associated Press. Hrytsenko said Kenya would help.';

describe('resolveName', () => {
  const layer = layerOf(text);
  it.each([
    ['Olena Hrytsenko', 'Olena Hrytsenko'],
    ['Hrytsenko', 'Olena Hrytsenko'],
    ['Ukrainian Foreign Minister Olena Hrytsenko', 'Olena Hrytsenko'],
    ['the Associated Press', 'Associated Press'],
    ['AP', 'Associated Press'],
    ['Nairobi', 'Kenya'],
    ['Kenyan', 'Kenya'],
    ['Kenya’s', 'Kenya'],
  ])('%s → %s', (surface, name) => {
    expect(resolveName(layer, surface)?.name).toBe(name);
  });

  it('resolves a title alone to the one person who holds it', () => {
    expect(resolveName(layer, 'the minister')?.name).toBe('Olena Hrytsenko');
  });

  it.each(['Zanzibar Trust', '', 'the ambassador'])('%j → null', (surface) => {
    expect(resolveName(layer, surface)).toBeNull();
  });
});

describe('resolveName index, built once per layer', () => {
  it('sees actors and aliases the layer gained after an earlier look-up', () => {
    const layer = layerOf('Olena Hrytsenko met officials in Nairobi.');
    expect(resolveName(layer, 'a diplomat from Kenya')?.name).toBe('Kenya');
    const source = anonymousActor(layer, 'A diplomat from Kenya', [0, 5]);
    expect(resolveName(layer, 'diplomat from Kenya')?.id).toBe(source.id);
    expect(resolveName(layer, 'Lena H')).toBeNull();
    actorNamed(layer, 'Olena Hrytsenko').aliases.push('Lena H');
    expect(resolveName(layer, 'Lena H')?.name).toBe('Olena Hrytsenko');
  });

  it('finds a surname among many people; an actor renamed in place keeps its indexed name (layers only grow)', () => {
    const layer = layerOf('Olena Hrytsenko met officials in Nairobi.');
    const hrytsenko = actorNamed(layer, 'Olena Hrytsenko');
    for (let i = 0; i < 2000; i++) layer.actors.push({ id: `p${i}`, name: `Person Number${i}`, type: 'PERSON', aliases: [], roles: [] });
    expect(resolveName(layer, 'Number1999')?.id).toBe('p1999');
    expect(resolveName(layer, 'Hrytsenko')?.id).toBe(hrytsenko.id);
    hrytsenko.name = 'Renamed In Place';
    expect(resolveName(layer, 'Olena Hrytsenko')?.id).toBe(hrytsenko.id);
  });
});

describe('unnamed sources found in the text', () => {
  it.each([
    ['A senior police official declined to comment.', 'senior police official'],
    ['All Kenyan government officials have confirmed the plan.', 'Kenyan government officials'],
    ['Two people familiar with the talks said the deal was close.', 'people familiar with the talks'],
    ['Officials at the agency believe the leak was deliberate.', 'Officials at the agency'],
  ])('%s → %s', (sentence, name) => {
    expect(actorNamed(layerOf(sentence), name).type).toBe('ANONYMOUS');
  });

  it('does not make a named spokesman anonymous', () => {
    const layer = layerOf('Its spokesman, Piet Jansen, told reporters the plan was sound.');
    expect(layer.actors.filter((a) => a.type === 'ANONYMOUS')).toEqual([]);
  });

  it('affiliates a source with the organisation its phrase names', () => {
    const layer = layerOf('Brightwater Holdings cut jobs. A Brightwater spokesperson declined to comment.');
    expect(actorNamed(layer, 'Brightwater spokesperson').type).toBe('ANONYMOUS');
    expect(triples(layer)).toContain('Brightwater spokesperson AFFILIATED_WITH Brightwater Holdings');
  });
});

describe('anonymousActor', () => {
  it('drops a leading article, records the mention and reuses the actor for the same descriptor', () => {
    const t = 'A diplomat from Kenya spoke first. Later a diplomat from Kenya spoke again.';
    const layer = layerOf(t);
    const before = layer.actors.length;
    const first = anonymousActor(layer, 'A diplomat from Kenya', [0, 21]);
    const again = anonymousActor(layer, 'a diplomat from Kenya', [41, 62]);
    expect(first.name).toBe('diplomat from Kenya');
    expect(again.id).toBe(first.id);
    expect(layer.actors).toHaveLength(before + 1);
    const spans = layer.mentions.filter((m) => m.actorId === first.id).map((m) => [m.start, m.end]);
    expect(spans).toEqual([[0, 21], [41, 62]]);
    expect(layer.mentions.map((m) => m.start)).toEqual([...layer.mentions.map((m) => m.start)].sort((a, b) => a - b));
    expect(first.roles).toEqual([{ title: 'diplomat', of: actorNamed(layer, 'Kenya').id }]);
  });

  it.each([
    ['an empty phrase', '  ', [0, 5]],
    ['a phrase of punctuation', '--', [0, 2]],
    ['an empty span', 'a diplomat', [4, 4]],
    ['a reversed span', 'a diplomat', [9, 2]],
  ] as const)('rejects %s with BAD_INPUT', (_why, phrase, span) => {
    const layer = layerOf('A diplomat spoke.');
    expect(() => anonymousActor(layer, phrase, [span[0], span[1]])).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it.each([
    ['A foreign ministry official', 'foreign ministry official'],
    ['the government source', 'government source'],
    ['All US officials,', 'US officials'],
    ['two people familiar with the matter', 'people familiar with the matter'],
    ['Two in five voters', 'Two in five voters'],
    ['what people', 'people'],
    ['have people', 'people'],
    ['Many Democratic officials', 'Democratic officials'],
    ['The 2016', '2016'],
  ])('anonymousName(%j) = %j', (phrase, name) => {
    expect(anonymousName(phrase)).toBe(name);
  });
});

describe('resolveName by role', () => {
  const layer = layerOf('Kenyan Foreign Minister Grace Wanjiru met her Ugandan counterpart Peter Okello. '
    + 'Ugandan President Yoweri Tumusiime and Kenyan President Daniel Kiprono were absent.');
  it.each([
    ['the Kenyan foreign minister', 'Grace Wanjiru'],
    ['the foreign minister', 'Grace Wanjiru'],
    ['the Ugandan president', 'Yoweri Tumusiime'],
    ['Kenya’s president', 'Daniel Kiprono'],
  ])('%s → %s', (surface, name) => {
    expect(resolveName(layer, surface)?.name).toBe(name);
  });

  it('gives null when several people hold the title and the phrase does not say which', () => {
    expect(resolveName(layer, 'the president')).toBeNull();
  });
});

describe('isSourceDescription', () => {
  it.each([
    'a senior official', 'two people familiar with the talks', 'critics', 'the Florida senator', 'a new poll',
    'Republicans', 'the boss', 'an actress', 'several businessmen', 'allies of the mayor', 'the company’s spokeswoman',
  ])('%j can describe a source', (phrase) => {
    expect(isSourceDescription(phrase)).toBe(true);
  });

  it.each(['The 2016', '34', 'Additional', 'likely', 'always', 'One', '4 in 10', '--'])('%j describes no one', (phrase) => {
    expect(isSourceDescription(phrase)).toBe(false);
  });
});
