// Speakers on the phrasings of batches 140 to 147, held out and scored in stop 36, then joined to
// the statement filter's rows (an OPEC+ wire, a jeepney strike, a currency crisis, a ferry court
// case). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);
const what = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('batches 140 to 147', () => {
  it('reads a portfolio minister ("Deputy Energy Minister") as a title before the name', () => {
    expect(who('Oil\n\nKazakh Deputy Energy Minister Aidar Nurlanov said on Friday that the country would honour its quota.'))
      .toEqual(['Aidar Nurlanov | said']);
    expect(who('Trade\n\nTrade Minister Ines Varga said the talks would resume.')).toEqual(['Ines Varga | said']);
  });

  it('leaves a trade opening the sentence out of the name ("Nurse Jocelyn Reyes said")', () => {
    expect(who('Strike\n\nNurse Marites Ocampo said she walked two kilometres to her shift.')).toEqual(['Marites Ocampo | said']);
  });

  it('names "Mr Velic\'s office" by the full name of the person named before', () => {
    expect(who('Row\n\nDragan Horvat, the finance minister, said the plan was sound.\n\nMr Horvat\'s office did not respond to a request for comment.'))
      .toEqual(['Dragan Horvat | said', "Dragan Horvat's office | did not respond to"]);
  });

  it('joins "in a note" to the cue when a pronoun opens the clause after it', () => {
    expect(what('Oil\n\nAnalysts at Brightmoor Capital said in a note they still expected a surplus.'))
      .toEqual(['Analysts at Brightmoor Capital | said in a note | they still expected a surplus']);
  });

  it('keeps "Labor" closing a ministry\'s fields ("Ministry of Employment and Labor")', () => {
    expect(who('Strike\n\nThe Ministry of Employment and Labor said it had sent mediators to the yard.')).toEqual(['Ministry of Employment and Labor | said']);
  });
});
