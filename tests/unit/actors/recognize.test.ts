// recognizeActors on short made-up sentences: typing, in-article coreference, metonyms and
// demonyms, acronyms in brackets, and what must not become an actor.

import { describe, expect, it } from 'vitest';
import { actorNamed, layerOf, mentionTexts } from './helpers.js';

describe('recognizeActors typing', () => {
  it.each([
    ['Officials at Brightwater Holdings said profits rose.', 'Brightwater Holdings', 'ORGANIZATION'],
    ['The report was first published by the Harbour Tribune on Tuesday.', 'Harbour Tribune', 'MEDIA'],
    ['Reporters asked Marta Kowalski about the vote.', 'Marta Kowalski', 'PERSON'],
    ['Troops were sent to Kenya last week.', 'Kenya', 'COUNTRY'],
    ['Protesters marched along the Danube River at dawn.', 'Danube River', 'PLACE'],
    ['Delegates of the Green Valley Alliance walked out.', 'Green Valley Alliance', 'GROUP'],
    ['The deal was backed by NATO and the European Union.', 'European Union', 'ORGANIZATION'],
    ['Officials in Nairobi denied the report.', 'Kenya', 'COUNTRY'],
    ['Mayor John Park said the budget was late.', 'John Park', 'PERSON'],
    ['The mayor, Jo Park, said the crossing would reopen.', 'Jo Park', 'PERSON'],
    ['Residents met Jo Park on Monday. Park said the crossing would reopen.', 'Jo Park', 'PERSON'],
    ['Crowds gathered in Hyde Park on Sunday, police said.', 'Hyde Park', 'PLACE'],
    ['The council heard Governor Ellen Hill Bridge on roads.', 'Ellen Hill Bridge', 'PERSON'],
    ['Adm. Mike Mullen and Supt. Dana Reyes toured the base.', 'Mike Mullen', 'PERSON'],
    ['Adm. Mike Mullen and Supt. Dana Reyes toured the base.', 'Dana Reyes', 'PERSON'],
    ['The Colorado Rockies beat the Baltimore Orioles 5-3.', 'Colorado Rockies', 'ORGANIZATION'],
    ['The Colorado Rockies beat the Baltimore Orioles 5-3.', 'Baltimore Orioles', 'ORGANIZATION'],
    ['A statement from the Harbour Law and Order Restoration Council was read.', 'Harbour Law and Order Restoration Council', 'ORGANIZATION'],
    ['Shares of Ford and General Motors Corp fell.', 'General Motors Corp', 'ORGANIZATION'],
    ['Shares of Ohio-based Brightwater Holdings fell.', 'Brightwater Holdings', 'ORGANIZATION'],
    ['The union at Kremlin-backed Volga Shipping Co said no.', 'Volga Shipping Co', 'ORGANIZATION'],
    ['Kestrel Motor Corp of South Korea said sales rose.', 'Kestrel Motor Corp', 'ORGANIZATION'],
    ['Kestrel Motor Corp of South Korea said sales rose.', 'South Korea', 'COUNTRY'],
    ['Leaders of the Organisation of Coastal Conference met.', 'Organisation of Coastal Conference', 'ORGANIZATION'],
    ['Monitors of the Organisation for Security and Cooperation in Europe said so.', 'OSCE', 'ORGANIZATION'],
    ['The Organization of the Petroleum Exporting Countries met.', 'OPEC', 'ORGANIZATION'],
    ['Fullback Tomas Verhoeven scored twice.', 'Tomas Verhoeven', 'PERSON'],
    ['Reporters asked Christian Okonkwo about the vote.', 'Christian Okonkwo', 'PERSON'],
    ['Tanjug reported that the talks had ended.', 'Tanjug', 'MEDIA'],
    ['The talks ended, Prensa Latina reported.', 'Prensa Latina', 'MEDIA'],
    ['The magazine Der Spiegel reported the deal.', 'Der Spiegel', 'MEDIA'],
    ['An editorial in Le Matin backed the plan.', 'Le Matin', 'MEDIA'],
    ['The Nordhafen Zeitung reported the deal.', 'Nordhafen Zeitung', 'MEDIA'],
  ])('%s → %s is %s', (text, name, type) => {
    expect(actorNamed(layerOf(text), name).type).toBe(type);
  });
});

describe('recognizeActors plural demonyms', () => {
  it('makes no actor of a plural nationality or religion (Kenyans, Anglicans)', () => {
    const names = layerOf('Thousands of Kenyans and Anglicans protested.').actors.map((a) => a.name);
    expect(names).not.toContain('Kenyans');
    expect(names).not.toContain('Anglicans');
  });
});

describe('recognizeActors in a sports report', () => {
  const text = 'Soccer results on Sunday: Kestrel Rostock beat Hansa Volgograd 2-1 in the soccer league. '
    + 'Ivan Petrov scored twice. Tamarin Leipzig drew in a soccer match.';
  it.each([
    ['Kestrel Rostock', 'ORGANIZATION'],
    ['Tamarin Leipzig', 'ORGANIZATION'],
    ['Ivan Petrov', 'PERSON'],
  ])('a name then a town (%s) is a club; a given name then a surname stays a person', (name, type) => {
    expect(actorNamed(layerOf(text), name).type).toBe(type);
  });
});

describe('recognizeActors coreference', () => {
  it('joins a surname to the full name mentioned earlier, and keeps every mention span', () => {
    const text = 'Tomas Verhoeven opened the talks. Later Verhoeven left early.';
    const layer = layerOf(text);
    const a = actorNamed(layer, 'Tomas Verhoeven');
    expect(a.type).toBe('PERSON');
    expect(a.aliases).toContain('Verhoeven');
    expect(mentionTexts(layer, text, a)).toEqual(['Tomas Verhoeven', 'Verhoeven']);
    expect(layer.actors.filter((x) => x.type === 'PERSON')).toHaveLength(1);
  });

  it('names the actor by the fuller name when the surname comes first', () => {
    const layer = layerOf('The Okafor plan was rejected. Later Amara Okafor defended it.');
    expect(actorNamed(layer, 'Amara Okafor').aliases).toContain('Okafor');
  });

  it('joins an acronym in brackets to the name before it', () => {
    const text = 'The Global Fisheries Council (GFC) met in May. The GFC later issued new quotas.';
    const layer = layerOf(text);
    const a = actorNamed(layer, 'Global Fisheries Council');
    expect(a.aliases).toContain('GFC');
    expect(mentionTexts(layer, text, a)).toEqual(['Global Fisheries Council', 'GFC', 'GFC']);
  });

  it('makes a capital and a demonym mentions of their country', () => {
    const text = 'Russian troops moved closer. Moscow said Russia was not a threat.';
    const layer = layerOf(text);
    const ru = actorNamed(layer, 'Russia');
    expect(mentionTexts(layer, text, ru)).toEqual(['Russian', 'Moscow', 'Russia']);
    expect(ru.aliases).toEqual(expect.arrayContaining(['Moscow', 'Russian']));
  });

  it('keeps a town after "in" apart from a company named after it', () => {
    const layer = layerOf('Bergen Energy opened a new plant in Bergen last year.');
    expect(actorNamed(layer, 'Bergen Energy').type).toBe('ORGANIZATION');
    expect(actorNamed(layer, 'Bergen').type).toBe('PLACE');
  });

  it('joins the first word of a company name to the company', () => {
    const layer = layerOf('Halvorsen Shipping lost a vessel. Halvorsen blamed the weather.');
    expect(actorNamed(layer, 'Halvorsen Shipping').aliases).toContain('Halvorsen');
  });

  it('keeps the possessive out of the span', () => {
    const text = 'Canada’s response came late.';
    const layer = layerOf(text);
    expect(mentionTexts(layer, text, actorNamed(layer, 'Canada'))).toEqual(['Canada']);
  });
});

describe('recognizeActors leaves out what is not an actor', () => {
  it.each([
    ['Leave a Reply\n\nYour email address will not be published. Required fields are marked *', []],
    ['The vote is on Monday, not in January.', []],
    ['Patient groups welcomed the change.', []],
    ['See also  Jana Lind: "We need a chance"\n\nThe Senate voted.', ['Senate']],
  ])('%j yields %j', (text, names) => {
    expect(layerOf(text).actors.map((a) => a.name)).toEqual(names);
  });

  it('finds names in an all-capitals headline but not its ordinary words', () => {
    const layer = layerOf('KENYA BEAT UGANDA AFTER LATE GOAL\n\nKenya won the match in Kampala.');
    expect(layer.actors.map((a) => a.name).sort()).toEqual(['Kenya', 'Uganda']);
  });
});

describe('recognizeActors typing features', () => {
  it.each([
    ['Sports reports name teams by their town', 'Soccer: Ashford beat Leeds 2-1 in the league on Saturday. The striker scored two goals before halftime and the coach praised the unbeaten side.', 'Leeds', 'ORGANIZATION'],
    ['outside sport a town is a place', 'Floods hit Leeds on Saturday and residents were moved.', 'Leeds', 'PLACE'],
    ['a dateline names a place', 'OSLO 1996-08-30\nTalks went on.', 'Norway', 'COUNTRY'],
    ['a company named after a country', 'Shares of Air Canada rose.', 'Air Canada', 'ORGANIZATION'],
    ['a person named like a country', 'Fans cheered Michael Jordan. Later Jordan scored again.', 'Michael Jordan', 'PERSON'],
    ['name particles stay in the name', 'Critics praised Ludwig van der Berg for the film.', 'Ludwig van der Berg', 'PERSON'],
    ['a name with & is a company', 'Shares of Hollis & Tate fell.', 'Hollis & Tate', 'ORGANIZATION'],
    ['an abbreviated state is its state', 'Rallies in Tampa, Fla., drew crowds.', 'Florida', 'PLACE'],
    ['a name before "administration" is a person', 'Critics blamed the Obama administration.', 'Obama', 'PERSON'],
  ])('%s', (_why, text, name, type) => {
    expect(actorNamed(layerOf(text), name).type).toBe(type);
  });

  it('attaches a bare surname of a person named like a country to the person', () => {
    const text = 'Fans cheered Michael Jordan. Later Jordan scored again.';
    const layer = layerOf(text);
    expect(mentionTexts(layer, text, actorNamed(layer, 'Michael Jordan'))).toEqual(['Michael Jordan', 'Jordan']);
    expect(layer.actors.map((a) => a.name)).not.toContain('Jordan');
  });

  it.each([
    ['nationalities and religions alone', 'Kurdish and Moslem leaders met European envoys.', ['Kurdish', 'Moslem', 'European']],
    ['hyphenated adjectives', 'A Kenya-based firm and a UN-led mission arrived.', ['Kenya-based', 'UN-led']],
    ['titles in quotation marks', 'He starred in "The Long Night" last year.', ['Long Night', 'The Long Night']],
    ['table abbreviations', 'GDP rose while EPS and the M3 figure fell.', ['GDP', 'EPS', 'M3']],
    ['abbreviated months and party tags', 'On Feb. 3 Sen. Ann Marsh, R-Fla., voted no.', ['Feb.', 'R-Fla']],
  ])('makes no actor of %s', (_why, text, bad) => {
    const names = layerOf(text).actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const b of bad) expect(names).not.toContain(b);
  });
});
