// Speakers on the phrasings batches 66 to 68 of speaker keys showed (an Indian daily's water row,
// a Canadian question period, a court report and a dairy story in straight single quotes, an
// election-night live blog, a tabloid split, a city-hall vote, an AFP-like election dispute).
// Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';
import { withDoubleQuotes } from '../../../src/extract/document.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('speakers', () => {
  it('reads "Shri" and "Smt." as forms of address, not part of the name', () => {
    expect(who('Water row\n\nIrrigation Minister Shri R. Gopal Naidu alleged that the dam had been raised. MLA Smt. K. Lalitha said farmers would protest.'))
      .toEqual(['R. Gopal Naidu | alleged', 'K. Lalitha | said']);
  });

  it('reads "the Chief Minister" and "the First Minister" as the person given that title', () => {
    expect(who('Dam\n\nChief Minister S. Ramesh visited the dam on Monday.\n\n"We will not allow it," the Chief Minister told reporters.'))
      .toEqual(['S. Ramesh | told']);
    expect(who('Ferries\n\nFirst Minister Morag Reid visited the island.\n\n"We hear you," the First Minister said.'))
      .toEqual(['Morag Reid | said']);
  });

  it('leaves why a source is unnamed out of its name, so a later "the researcher" is the same source', () => {
    const text = 'Breach\n\nA security researcher speaking on condition of anonymity told the blog that the firm had been warned.\n\n"They sat on it," the researcher says.';
    expect(who(text)).toEqual(['security researcher | told', 'security researcher | says']);
    expect(who('Crash\n\nA district employee not authorized to speak publicly said the bus had passed its inspection.'))
      .toEqual(['district employee | publicly said']);
    expect(who('Talks\n\nTwo officials not authorized to discuss the talks said they had failed.'))
      .toEqual(['officials | said']);
  });

  it('reads "a senior Labor campaign figure" as an unnamed source, not the party', () => {
    expect(who('Count\n\nA senior Labor campaign figure told the broadcaster the calls were routine.'))
      .toEqual(['senior Labor campaign figure | told']);
  });

  it('keeps "Justice" inside a coalition\'s name', () => {
    expect(who('Budget\n\nThe Harrowgate Justice Coalition said in a statement that the council had betrayed residents.'))
      .toEqual(['Harrowgate Justice Coalition | said in a statement']);
  });

  it('credits a report set off after a possessive description inside another report to the name', () => {
    expect(who('Milk\n\nFarmer Ana Kingi said her accountant, Rewi Tane, had warned in June that a cut was coming.'))
      .toEqual(['Ana Kingi | said', 'Rewi Tane | had warned']);
  });

  it('reads "Representatives for X" as unnamed representatives, not X', () => {
    expect(who('Split\n\nThe singer and the footballer Dean Pryce have split, a friend said.\n\nRepresentatives for Pryce declined to comment.'))
      .toEqual(['friend | said', 'Representatives for Pryce | declined']);
  });

  it('credits "the figures of" a body to the body', () => {
    expect(who('Results\n\nAccording to the figures of the Electoral Commission, the president won 54 percent.'))
      .toEqual(['Electoral Commission | According to']);
  });

  it('ends an addressee that is an audience noun before a name opening the clause', () => {
    const s = said('Court\n\nDefending, Tom Ridley said his client was ashamed. He told the bench Whitlow had sought help.');
    expect(s.find((x) => x.cue === 'told')?.content).toBe('Whitlow had sought help');
  });
});

describe('straight single quotation marks', () => {
  it('are read as quotations when a text has no double marks', () => {
    expect(withDoubleQuotes("'We paid it back,' Mr Ridley said. The group's van was 'devastated'."))
      .toBe("“We paid it back,” Mr Ridley said. The group's van was “devastated”.");
  });

  it('leave apostrophes, decades and texts with double marks alone', () => {
    expect(withDoubleQuotes("Members' union said it's fine in the '90s.")).toBe("Members' union said it's fine in the '90s.");
    expect(withDoubleQuotes('She said "no" and \'yes\'.')).toBe('She said "no" and \'yes\'.');
  });

  it('make a quotation of the speaker who follows it', () => {
    const s = said("Court\n\n'He does not seek to excuse what he did,' Mr Ridley said.");
    expect(s.map((x) => `${x.speaker} | ${x.direct}`)).toEqual(['Ridley | true']);
  });
});
