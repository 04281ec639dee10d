// Speakers on the phrasings of batches 100 to 107, written in stop 34 to join the statement filter's
// rows (a Welsh school merger, a Senate newsletter, an Indian metro delay, a German wolf sighting).
// Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('speakers', () => {
  it('leaves why a source is unnamed out of its name', () => {
    expect(who('Metro\n\nA senior metro official, requesting anonymity, said the land issue was real.'))
      .toEqual(['senior metro official | said']);
    expect(who('Vote\n\nA senior Republican aide, granted anonymity to discuss private talks, said the vote would slip.'))
      .toEqual(['senior Republican aide | said']);
    expect(who('Board\n\nA board member, asking not to be named, said the chairman knew.'))
      .toEqual(['board member | said']);
  });

  it('keeps a Welsh patronymic inside the name and ties the family name to it', () => {
    expect(who('School\n\nCampaign leader Iolo ap Rhydderch said the plan was a betrayal. Rhydderch added that a rally would follow.'))
      .toEqual(['Iolo ap Rhydderch | said', 'Iolo ap Rhydderch | added']);
  });
});
