// How the tagger's names and the rules' candidates are joined (src/extract/actors/learned.ts), and
// the in-article clustering after it: which side wins a span or a type, on sentences written for
// the project. The joinTagged cases give the tagger's entities by hand, so they test the join alone.

import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { classify } from '../../../src/extract/actors/classify.js';
import { joinTagged } from '../../../src/extract/actors/learned.js';
import { makeSegment } from '../../../src/extract/actors/segments.js';
import { lookupCountry } from '../../../src/extract/lexicon/countries.js';
import type { TaggedEntity } from '../../../src/extract/ner/index.js';
import { actorNamed, layerOf, triples } from './helpers.js';

/** The join of one rule candidate over tokens [a, b) with the given tagged entities, as surface texts. */
function joinOne(text: string, a: number, b: number, tagged: Omit<TaggedEntity, 'sentence'>[]): string[] {
  const doc = buildDocument(text);
  const rule = classify(doc, makeSegment(doc, a, b, 0, false));
  if (!rule) throw new Error(`no rule type for tokens ${a}-${b} of ${text}`);
  return joinTagged(doc, [rule], tagged.map((e) => ({ ...e, sentence: 0 }))).map((t) => `${t.seg.text}/${t.type}`);
}

describe('joinTagged: a wider tagged name of the same kind', () => {
  // Tokens: Analysts(0) at(1) Kelso(2) Street(3) Journal(4) Group(5) said(6) so(7) .(8)
  const text = 'Analysts at Kelso Street Journal Group said so.';

  it('stands for the shorter rule candidate inside it', () => {
    expect(joinOne(text, 3, 5, [{ tokenStart: 2, tokenEnd: 6, type: 'ORG' }])).toEqual(['Kelso Street Journal Group/ORGANIZATION']);
  });

  it('does not when it is of another kind', () => {
    expect(joinOne(text, 3, 5, [{ tokenStart: 2, tokenEnd: 6, type: 'PER' }])).toEqual(['Street Journal/MEDIA']);
  });

  it('does not take in an honorific or a hyphenated adjective', () => {
    // Mr(0) Lark(1) said(2) so(3) .(4)
    expect(joinOne('Mr Lark said so.', 1, 2, [{ tokenStart: 0, tokenEnd: 2, type: 'PER' }])).toEqual(['Lark/PERSON']);
    // The(0) union(1) at(2) Kremlin-backed(3) Volga(4) Shipping(5) Co(6) said(7) no(8) .(9)
    expect(joinOne('The union at Kremlin-backed Volga Shipping Co said no.', 4, 7, [{ tokenStart: 3, tokenEnd: 7, type: 'ORG' }]))
      .toEqual(['Volga Shipping Co/ORGANIZATION']);
  });
});

describe('joinTagged: names the tagger reads into other words', () => {
  it('drops a pronoun contraction the tagger took for a name ("I\'m sure")', () => {
    // I'm(0) sure(1) it(2) works(3) .(4)
    const doc = buildDocument("I'm sure it works.");
    expect(joinTagged(doc, [], [{ sentence: 0, tokenStart: 0, tokenEnd: 1, type: 'PER' }])).toEqual([]);
  });

  it('cuts a tagged name where a title starts inside it and runs past it', () => {
    const layer = layerOf('Senate Majority Leader Mitch Ode said the bill would pass.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Senate Majority');
    expect(triples(layer)).toContain('Mitch Ode AFFILIATED_WITH Senate (Majority Leader)');
  });
});

describe('the shipped tagger against the rules', () => {
  it('a demonym opening a tagged place is part of the place, not its country', () => {
    const layer = layerOf('Storms hit British Columbia on Sunday, officials said.');
    expect(actorNamed(layer, 'British Columbia').type).toBe('PLACE');
    expect(layer.actors.map((a) => a.name)).not.toContain('United Kingdom');
  });

  it('a demonym before an ordinary noun still names its country', () => {
    expect(actorNamed(layerOf('British troops arrived in Basra on Monday.'), 'United Kingdom').type).toBe('COUNTRY');
  });

  it('a tagged name the rules took for a demonym phrase or an adjective stays an actor', () => {
    expect(actorNamed(layerOf('Flooding closed roads across Arab East Jerusalem.'), 'Arab East Jerusalem').type).toBe('PLACE');
    // Person or club, as the tagger reads it; before, the "-ese" ending alone made it no actor at all.
    expect(layerOf('Coach Ana Brel said Vantorese would appeal the ban.').actors.map((a) => a.name)).toContain('Vantorese');
  });
});

describe('clustering: a bracketed name is joined only when it can be an acronym', () => {
  it('keeps a club or town in brackets after a person apart from the person', () => {
    const layer = layerOf('Results: 1. Marek Dvorin (Ostrava) 2:01.4, 2. Pavel Sedlak (Brno) 2:02.0.');
    expect(actorNamed(layer, 'Marek Dvorin').aliases).not.toContain('Ostrava');
    expect(actorNamed(layer, 'Marek Dvorin').type).toBe('PERSON');
    expect(layer.actors.map((a) => a.name)).toContain('Ostrava');
  });

  it('still joins an acronym that opens with the name\'s initial', () => {
    const layer = layerOf('The Norland Rail Directorate (NRD) left early. The NRD said talks would resume.');
    expect(actorNamed(layer, 'Norland Rail Directorate').aliases).toContain('NRD');
  });
});

describe('country spellings', () => {
  it('reads a spelling that is the demonym ("Thai") as a demonym, and a word of the name ("Vatican") as the name', () => {
    expect(lookupCountry('Thai')).toMatchObject({ name: 'Thailand', form: 'demonym' });
    expect(lookupCountry('Vatican')?.form).toBe('name');
  });
});

describe('a listed town the tagger calls an organisation, outside sport', () => {
  it('stays a place when its word sits among place names in the word clusters', () => {
    expect(actorNamed(layerOf('Floods hit Leeds on Saturday and residents were moved.'), 'Leeds').type).toBe('PLACE');
  });

  it('is the organisation when its word sits among companies ("Honda" among "Toyota", "Ford")', () => {
    expect(actorNamed(layerOf('Honda opened a new plant near Columbus on Monday.'), 'Honda').type).toBe('ORGANIZATION');
  });
});

describe('outlets the gazetteer lists without a media head word', () => {
  it('"told Politico" names a media outlet', () => {
    expect(actorNamed(layerOf('The senator told Politico on Monday that the bill would pass.'), 'Politico').type).toBe('MEDIA');
  });
});

describe('lexicon names of news reports', () => {
  it('"Georgia" beside two other US states is the state, elsewhere the country', () => {
    expect(actorNamed(layerOf('Voters in Iowa and South Carolina went to the polls, and Georgia votes next week.'), 'Georgia').type).toBe('PLACE');
    expect(actorNamed(layerOf('Georgia and Armenia signed a trade deal on Monday.'), 'Georgia').type).toBe('COUNTRY');
  });

  it('an armed group and its acronym are one organisation; a broadcaster is media', () => {
    const layer = layerOf('ISIS claimed the attack, the Islamic State said.');
    expect(actorNamed(layer, 'Islamic State')).toMatchObject({ type: 'ORGANIZATION', aliases: ['ISIS'] });
    expect(actorNamed(layerOf('Ruiz told MSNBC on Sunday that she would run.'), 'MSNBC').type).toBe('MEDIA');
  });
});

describe('titled names inside a run that ends on a head word', () => {
  it('"PLACE Mayor GIVEN-NAME SURNAME" is a person with a role for the place, even when the surname is a media head', () => {
    const layer = layerOf('Atlantic City Mayor Don Guardian said the casino would close.');
    expect(actorNamed(layer, 'Don Guardian').type).toBe('PERSON');
    expect(triples(layer)).toContain('Don Guardian AFFILIATED_WITH Atlantic City (Mayor)');
  });

  it('a tagged name holding a weak candidate and an outlet ("X of Fox News") makes no outlet of them both', () => {
    // "Ode" is an English word, so the rules only guess at "Bill Ode"; the tagger read "Bill Ode of Fox News" as one name.
    const layer = layerOf('Bill Ode of Fox News said the race was close.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Bill Ode of Fox News');
    expect(actorNamed(layer, 'Fox News').type).toBe('MEDIA');
  });
});

describe('misreadings found in the actors of real political news (written anew here)', () => {
  it('"(See Sexton\'s timeline)" after "Jared Sexton" makes no person "See Sexton"', () => {
    const layer = layerOf('Historian Jared Sexton teaches at a college. Sexton said the mood had turned. (See Sexton’s full interview below.)');
    expect(layer.actors.filter((a) => a.type === 'PERSON').map((a) => a.name)).toEqual(['Jared Sexton']);
  });

  it('a hyphenated demonym before a noun is no person; a paper named "X Examiner" is media', () => {
    const layer = layerOf('The Afro-Colombian journalist expressed concern, the Washington Examiner reported.');
    expect(layer.actors.map((a) => a.name)).not.toContain('Afro-Colombian');
    expect(actorNamed(layer, 'Washington Examiner').type).toBe('MEDIA');
  });
});

describe('title-case headlines', () => {
  it('make no actor of a headline phrase that holds ordinary words and that the body never writes', () => {
    const layer = layerOf('Harbour Critic Storms Out Of Council Meeting\n\nThe council met on Monday. Ana Ruiz, a critic of the mayor, left early.');
    expect(layer.actors.map((a) => a.name)).toEqual(['Ana Ruiz']);
  });

  it('keep a headline name the body writes too', () => {
    const layer = layerOf('Kestrel Foods Cuts Forecast\n\nKestrel Foods cut its forecast on Monday, the company said.');
    expect(actorNamed(layer, 'Kestrel Foods').type).toBe('ORGANIZATION');
  });
});
