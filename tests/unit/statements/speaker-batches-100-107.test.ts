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

  it('leaves "separate", "another" and "a second" out of an unnamed source\'s name', () => {
    expect(who('Mine\n\nA separate official at the Mining Ministry said the government was concerned.'))
      .toEqual(['official at the Mining Ministry | said']);
    expect(who('Water\n\nAnother resident said the water was brown.')).toEqual(['resident | said']);
  });

  it('reads "Provost" and "Vice-Chancellor" as titles', () => {
    expect(who('Fees\n\nProvost Denise Okoro said the increase was needed. Okoro added that aid would grow.'))
      .toEqual(['Denise Okoro | said', 'Denise Okoro | added']);
    expect(who('Fees\n\nVice-Chancellor Amit Rao said fees would rise.')).toEqual(['Amit Rao | said']);
  });

  it('keeps a Welsh patronymic inside the name and ties the family name to it', () => {
    expect(who('School\n\nCampaign leader Iolo ap Rhydderch said the plan was a betrayal. Rhydderch added that a rally would follow.'))
      .toEqual(['Iolo ap Rhydderch | said', 'Iolo ap Rhydderch | added']);
  });
});

describe('statements', () => {
  const what = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

  it('reads a participle after "in a statement" as how the message went out, not as what was said', () => {
    expect(what('Launch\n\nThe agency said in a statement issued two hours after liftoff that the satellite was lost.'))
      .toEqual(['agency | said in a statement | that the satellite was lost']);
    expect(what('Launch\n\nThe satellite failed to reach orbit, the agency said in a statement issued two hours after liftoff.'))
      .toEqual(['agency | said in a statement | The satellite failed to reach orbit']);
    expect(what('Festival\n\nSaltmarsh Live said in a statement posted to Instagram on Wednesday that the event was off.'))
      .toEqual(['Saltmarsh Live | said in a statement | that the event was off']);
  });

  it('ends the addressee of "told" before an expletive "there" or after an audience noun', () => {
    expect(what('Rent\n\nHousing Minister Fergal Nestor told the Dáil there would be no rent freeze.'))
      .toEqual(['Fergal Nestor | told | there would be no rent freeze']);
    expect(what('Ban\n\nSeveral parents told the board the punishment was unfair.'))
      .toEqual(['parents | told | the punishment was unfair']);
  });
});
