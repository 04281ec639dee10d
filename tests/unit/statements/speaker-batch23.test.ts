// Speakers and reports on the phrasings the twenty-third batch of speaker keys showed (a
// cancelled festival, a drug trial, a zoo escape): a group named before ", who", "apologised to",
// an investigation that found, a postposed cue followed by a participle clause about the news, and
// an agent noun opening a sentence before a name. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('whom "who" stands for', () => {
  it('gives "Firefighters, who had warned …" to the firefighters, not to the person named before', () => {
    const text = 'The station manager, Ruth Ekwueme, said the blaze was out. Firefighters, who had warned residents to stay indoors, praised the volunteers.';
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['Ruth Ekwueme | said', 'Firefighters | had warned', 'Firefighters | praised']);
  });

  it('still gives "who" past an employer to the person named first', () => {
    const text = 'Lars Engel, chief economist at Fjord Bank, who expects three cuts, said rates would fall.';
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['Lars Engel | expects', 'Lars Engel | said']);
  });
});

describe('report shapes', () => {
  it('keeps "to" in "apologised to" and the apologised-to as its object', () => {
    expect(rows('The airline chief, Mara Voss, apologised to passengers.')).toEqual(['Mara Voss | apologised to | passengers']);
  });

  it('makes an audit or a review that found something a speaker, inside another report too', () => {
    expect(said('The mayor said an internal audit had found that funds were misused.').map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['mayor | said', 'internal audit | had found']);
  });

  it('reads "…, Halden said on Tuesday, sending its shares down 8%" as a postposed cue with the content before it', () => {
    expect(rows('Sales fell 12% in the quarter, the retailer Halden said on Tuesday, sending its shares down 8%.').map((r) => r.replace(/ \| Sales.*/, ' | Sales…'))).toEqual(['Halden | said | Sales…']);
  });
});

describe('an agent noun opening the sentence before a name', () => {
  it('names "Podcaster Ekene Dara" Ekene Dara', () => {
    const text = 'The series ended in a row. Podcaster Ekene Dara said the show had lost its nerve.';
    expect(run(text).actors.map((a) => a.name)).toContain('Ekene Dara');
    expect(said(text).map((s) => s.speaker)).toEqual(['Ekene Dara']);
  });
});
