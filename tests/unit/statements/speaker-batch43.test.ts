// Speakers on the phrasings the forty-third batch of speaker keys showed (Ontario politics, house
// prices, a scientist's obituary, a Pentagon briefing). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('works and their authors', () => {
  it('credits "figures from the Office for National Statistics" to the office, as "a study by X" to X', () => {
    expect(who('Figures from the Office for National Statistics show that prices rose.')).toEqual(['Office for National Statistics | show']);
  });

  it('credits "an editorial in the trade journal X" to the journal', () => {
    expect(who('A 1997 editorial in the trade journal Agri Trade Review accused her of waging war on farming.')).toEqual(['Agri Trade Review | accused']);
  });

  it('reads "the statement said" as whoever just said something in a statement', () => {
    expect(who('Her daughter, Ruth Hale, said in a statement that her mother had died on Sunday. “She loved the garden,” the statement said.'))
      .toEqual(['Ruth Hale | said in a statement', 'Ruth Hale | said']);
  });
});

describe('a subject after an opening participle', () => {
  it('finds "Okonjo-Hale" after "Born in Enugu, Nigeria, in 1941," for a later "she"', () => {
    const text = 'Margaret Okonjo-Hale has died. Her daughter, Ruth Hale, said in a statement that she had died peacefully.\n\nBorn in Enugu, Nigeria, in 1941, Okonjo-Hale moved to Scotland in 1966.\n\nIn a 2019 interview, she said that her best results had come from failed experiments.';
    expect(who(text)).toEqual(['Ruth Hale | said in a statement', 'Margaret Okonjo-Hale | said']);
  });
});
