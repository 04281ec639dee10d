// Speakers on the phrasings the fiftieth and fifty-first batches of speaker keys showed (a storm
// live blog, a Nigerian royalty row, a Brussels AI vote, a marathon record, a Washington
// newsletter, a small-town bakery, an oil price shock, a prison report). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('names', () => {
  it('keeps "Kowalczyk\'s Bakery" one business, not Mrs Kowalczyk', () => {
    expect(who('Bakery\n\nRosemary Kowalczyk opened it in 1965. Kowalczyk’s Bakery said in a Facebook post that Saturday would be its last day.'))
      .toEqual(['Kowalczyk’s Bakery | said in']);
  });

  it('keeps "HM Prison and Probation Service" and "Minister of Energy and Minerals, Saeed Al Harthy" whole', () => {
    expect(who('Prison\n\nA spokesperson for HM Prison and Probation Service said the findings were accepted. The service added that a governor had started.'))
      .toEqual(['spokesperson for HM Prison and Probation Service | said', 'HM Prison and Probation Service | added']);
    expect(who('Oil\n\nOman’s Minister of Energy and Minerals, Saeed Al Harthy, said the market was supplied. “It is a reaction to headlines,” the minister told reporters.'))
      .toEqual(['Saeed Al Harthy | said', 'Saeed Al Harthy | told']);
  });

  it('reads "Northline Trains" as a company and "the operator added" as the company that reported just before', () => {
    const text = 'Storm\n\nAbout 23,000 Northern Grid Networks customers are without power. In a statement, the company said its engineers were working.\n\nNorthline Trains said in a post on X that all services had been suspended.\n\n"Please do not travel today. Tickets will be accepted tomorrow," the operator added.';
    expect(who(text)).toEqual(['Northern Grid Networks | said', 'Northline Trains | said in', 'Northline Trains | added']);
  });

  it('drops "NGO" before a name', () => {
    expect(who('Vote\n\nThe digital rights NGO Civic Code Network accused lawmakers of caving to industry pressure.')).toEqual(['Civic Code Network | accused']);
  });
});

describe('who a phrase stands for', () => {
  it('gives "Rosemary Kowalczyk, who opened the shop with her late husband, Walt, in 1965, said" to her', () => {
    expect(who('Bakery\n\nRosemary Kowalczyk, who opened the shop with her late husband, Walt, in 1965, said the decision came down to her knees.')).toEqual(['Rosemary Kowalczyk | said']);
  });

  it('reads "the younger Kowalczyk" as the Kowalczyk named last', () => {
    const text = 'Bakery\n\nRosemary Kowalczyk said it was time.\n\nHer son, David Kowalczyk, said the family had looked at keeping it.\n\n"I am 58," said the younger Kowalczyk.';
    expect(who(text)).toEqual(['Rosemary Kowalczyk | said', 'David Kowalczyk | said', 'David Kowalczyk | said']);
  });

  it('makes "they" inside a joint report the joint speakers, no statement of its own', () => {
    expect(who('Bakery\n\nJanet and Gary Sommers, who married in 1988, said they planned to come back on Saturday.'))
      .toEqual(['Janet Sommers | said', 'Gary Sommers | said']);
  });

  it('takes the speaker of "An OPEC+ delegate …, who asked not to be named because …, told"', () => {
    expect(who('Oil\n\nAn OPEC+ delegate from a Gulf producer, who asked not to be named because he was not authorised to speak to the media, told The Gulf Ledger that the group would wait.'))
      .toEqual(['OPEC+ delegate from a Gulf producer | told']);
  });

  it('reads "the chief inspector of prisons has said" in a lede as the person the next paragraph names', () => {
    const text = 'Prison report\n\nInmates are locked up for 22 hours a day, the chief inspector of prisons has said.\n\nIn a report published on Tuesday, Helen Marwood said conditions had deteriorated.';
    expect(who(text)).toEqual(['Helen Marwood | has said', 'Helen Marwood | said']);
  });

  it('reads "the father-of-two", "The MP" and "the elderly traditional ruler" as the person meant', () => {
    expect(who('Prison\n\nDarren Blakey, 34, told the Gazette he had seen rats.\n\n"Nobody should come out worse," the father-of-two said.')).toEqual(['Darren Blakey | told', 'Darren Blakey | said']);
    expect(who('Prison\n\nSarah Okonjo, Labour MP for Thornmoor and Hexley, said she had written to the minister.\n\nThe MP accused the government of burying its head in the sand.'))
      .toEqual(['Sarah Okonjo | said', 'Sarah Okonjo | accused']);
    expect(who('Row\n\nThe village head of Endo, Alhaji Musa Garba, said the boreholes had stopped working.\n\n“Where is this health centre? Go and see it. There is no nurse,” the elderly traditional ruler told the governor.'))
      .toEqual(['Musa Garba | said', 'Musa Garba | told']);
  });

  it('gives "Her office did not respond" to the senator reported just before, whose gender is unknown', () => {
    expect(who('Senate\n\nSen. Dana Fairbrook has said she would not support the change. Her office did not respond to a request for comment.'))
      .toEqual(['Dana Fairbrook | has said', "Dana Fairbrook's office | did not respond to"]);
  });

  it('makes "one" after "Two Parliament officials said" one of those officials', () => {
    expect(who('Vote\n\nTwo Parliament officials said the vote was set for March, though one cautioned that the date could slip.'))
      .toEqual(['Parliament officials | said', 'Parliament official | cautioned']);
  });
});

describe('cues and contents', () => {
  it('leaves "us" and "me" out of the content of "told"', () => {
    expect(said('Storm\n\nForecaster Daniel Pryce told us the worst of the winds was yet to arrive.')[0].content).toBe('the worst of the winds was yet to arrive');
  });

  it('skips a list bullet and "late on Monday" before a content', () => {
    expect(said('Senate\n\n• "Tom Whitacre is about to learn that rules cut both ways," Calder said.')[0].content).toBe('"Tom Whitacre is about to learn that rules cut both ways,"');
    expect(said('Oil\n\nSohar Energy said in a statement late on Monday that the fire had been contained.')[0].content).toBe('that the fire had been contained');
  });

  it('reads "paid tribute to" as praise', () => {
    expect(said('Marathon\n\nShe also paid tribute to her training partner, Meron Tadesse.').map((s) => `${s.cue} | ${s.kind}`)).toEqual(['also paid tribute to | PRAISE']);
  });
});
