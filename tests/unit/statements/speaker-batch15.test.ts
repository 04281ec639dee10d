// Report detection and speakers on the phrasings the fifteenth batch of speaker keys showed (a
// planning row, a film festival, an economists' poll): a committee as addressee, a relative
// clause with a cue between commas, "said afterwards", a state body never resolved to a company,
// and the British "signalled". Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('addressees and adverbs', () => {
  it('ends the addressee "the planning committee" before the clause it was told', () => {
    expect(rows('Alan Brook told the planning committee the scheme was "the wrong homes".')).toEqual(['Alan Brook | told | the scheme was "the wrong homes"']);
  });

  it('reads "who voted against" as a relative clause, not a report, and skips "afterwards"', () => {
    expect(rows('Councillor Mike Dyer, who voted against, said afterwards the plan was rushed.')).toEqual(['Mike Dyer | said | the plan was rushed']);
  });
});

describe('state bodies', () => {
  it('never gives "the finance ministry" to a bank the story mentions', () => {
    const text = 'Priya Shah, chief economist at Tolland Bank, expects a cut. The finance ministry welcomed the inflation figures.';
    expect(said(text).find((s) => s.cue === 'welcomed')?.speaker).toBe('finance ministry');
  });
});

describe('British spellings', () => {
  it('reads "signalled that" as a report', () => {
    expect(rows('Governor Erik Vang signalled last week that rates would fall.')).toEqual(['Erik Vang | signalled | that rates would fall']);
  });
});

describe('a report inside the same speaker\'s report', () => {
  it('is part of that statement, which takes its kind ("said she opposes the deal" is a rejection)', () => {
    expect(said('Councillor Mike Dyer said afterwards he feared flooding would get worse.').map((s) => s.cue)).toEqual(['said']);
    expect(said('Senator Ana Ruiz said she opposes the deal.').map((s) => [s.cue, s.kind])).toEqual([['said', 'REJECTION']]);
  });

  it('stays a statement of its own when someone else makes it', () => {
    expect(said('Mr Pell said the mayor had denied the report.').map((s) => s.speaker)).toEqual(['Pell', 'mayor']);
  });
});
