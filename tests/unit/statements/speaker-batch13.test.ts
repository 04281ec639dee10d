// Speaker resolution on the phrasings the thirteenth batch of speaker keys showed (a run-off
// abroad, an outbreak update, a flight diversion): an outlet in the dateline is never "the
// commission", "the airline" is the airline named before, "the office of President X" is the
// office, and a relative clause with "whose". Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const speakers = (text: string): (string | null)[] => said(text).map((s) => s.speaker);

describe('organisation nouns', () => {
  it('does not give "the electoral commission" to the news agency of the dateline', () => {
    const text = 'ZELNA, Marovia (Reuters) — Petra Vasko claimed victory on Sunday.\n\nThe electoral commission said it had counted 82% of ballots.';
    expect(said(text).find((s) => s.content.startsWith('it had counted'))?.speaker).toBe('electoral commission');
  });

  it('gives "the airline" to the airline named before, not to another company mentioned more', () => {
    const text = 'Skyvale Airlines added two routes in May. Passengers posted on Facebook. Relatives used Facebook to search. A Skyvale Airlines flight was diverted to the Azores, the airline said.';
    expect(said(text).find((s) => s.content.startsWith('A Skyvale'))?.speaker).toBe('Skyvale Airlines');
  });
});

describe('counting verbs', () => {
  it('reads "added two routes" as no report, and "added that …" as one', () => {
    expect(said('Skyvale Airlines added two routes in May. Mr Roe added that costs rose.').map((s) => s.cue)).toEqual(['added']);
  });
});

describe('whose speaker', () => {
  it('gives "The office of incumbent President Stefan Krol" and "A friend of Ms Hale" their own unnamed actors', () => {
    expect(speakers('The office of incumbent President Stefan Krol said in a statement that the claims were premature.')).toEqual(['office of incumbent President Stefan Krol']);
    expect(speakers('A friend of Ms Hale said she was tired.')).toEqual(['friend of Ms Hale']);
  });

  it('keeps the person after another noun phrase ("the head of the ministry Oleg Barin") and after a comma', () => {
    expect(speakers('As the head of the ministry Oleg Barin noted, the contract expires in December.')).toEqual(['Oleg Barin']);
    expect(speakers('The President of Ukraine, Volodymyr Zelensky, said the talks had failed.')).toEqual(['Volodymyr Zelensky']);
  });

  it('takes "A mother whose son was treated in hospital" as the speaker of "told", and its content from "she"', () => {
    const s = said('A mother whose son was treated in hospital told the Echo she wished she had not waited.')[0];
    expect([s.speaker, s.content]).toEqual(['mother', 'she wished she had not waited']);
  });
});
