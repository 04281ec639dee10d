// Speakers on the phrasings the sixty-first and sixty-second batches of speaker keys showed (TDs'
// expenses, a Taiwanese chipmaker's results, a rail fare freeze, a protest outside an embassy).
// Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('names', () => {
  it('reads "Lin Cheng-hao" as a person and a later "Lin" as him', () => {
    expect(who('Chips\n\nChairman Lin Cheng-hao (林正豪) said AI-related products sold well.\n\n"Customers want more," Lin said.'))
      .toEqual(['Lin Cheng-hao | said', 'Lin Cheng-hao | said']);
  });

  it('keeps "AI" of "artificial intelligence (AI)" no actor, and no initials of "Aurelix Inc"', () => {
    const x = run('Chips\n\nDemand for artificial intelligence (AI) chips grew. Aurelix Inc said its AI orders would rise.');
    expect(x.actors.some((a) => a.name === 'AI' || a.aliases.includes('AI'))).toBe(false);
  });

  it('reads "Labour TD Róisín Gaffney" as a titled person and keeps "Ministry of Foreign and Diaspora Affairs" whole', () => {
    expect(who('Expenses\n\nLabour TD Róisín Gaffney said the figures were indefensible.')).toEqual(['Róisín Gaffney | said']);
    expect(who('Protest\n\nKenya’s Ministry of Foreign and Diaspora Affairs said it had requested a report.')).toEqual(['Ministry of Foreign and Diaspora Affairs | said']);
  });
});

describe('who speaks', () => {
  it('reads a lede\'s "the Transport Secretary announced" and a later "the Transport Secretary said" as the person named next', () => {
    const text = 'Fares frozen\n\nRail fares will be frozen until March, the Transport Secretary announced yesterday, in a move that will save commuters money.\n\nHelen Marsh said the freeze, which covers season tickets, would help working people.\n\n"This year, that stops," the Transport Secretary said.';
    expect(who(text)).toEqual(['Helen Marsh | announced', 'Helen Marsh | said', 'Helen Marsh | said']);
    expect(said(text)[1].content).toBe('the freeze, which covers season tickets, would help working people');
  });

  it('reads "The report warned" after "X said in a report" as X, and "It called on" after "The Saudi embassy said" as the embassy', () => {
    expect(who('Fares\n\nThe Meridian Institute said in a report that fares had risen. The report warned that a freeze would do little.'))
      .toEqual(['Meridian Institute | said in', 'Meridian Institute | warned']);
    expect(who('Protest\n\nThe Saudi embassy said in a statement that the death was being investigated. It called on Kenyan authorities to protect its staff.'))
      .toEqual(['Saudi embassy | said in a statement', 'Saudi embassy | called on']);
  });

  it('names "Organisers from the Haki Kazini Network, a rights group," without the appositive', () => {
    expect(who('Protest\n\nOrganisers from the Haki Kazini Network, a migrant workers’ rights group, denied that protesters had thrown stones.'))
      .toEqual(['Organisers from the Haki Kazini Network | denied']);
  });
});

describe('what is no statement', () => {
  it('leaves out "claimed more than €2.3 million in expenses"', () => {
    expect(who('Expenses\n\nMembers of the Dáil claimed more than €2.3 million in expenses last year.')).toEqual([]);
  });
});
