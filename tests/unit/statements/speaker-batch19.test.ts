// Speakers on the phrasings the nineteenth batch of speaker keys showed (a central bank's rate
// decision, a pope's Christmas message, Australian politics): "the pontiff" for the pope, "appealed
// for", minutes that "showed", "who" after a person and their employer, a name before a body's
// lower-case head, a message used to urge, and who does what an accusation's gerund reports.
// Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('who a description stands for', () => {
  it('takes "the pontiff" for the pope the article named', () => {
    expect(rows('Pope Leo XIV spoke on Wednesday. Speaking from the balcony, the pontiff said that peace was possible.')).toEqual(['Leo XIV | said | that peace was possible']);
  });

  it('takes "who" for the person just named, not their employer', () => {
    expect(said('"The bank is behind the curve," said Lars Engel, chief economist at Fjord Bank, who expects three cuts this year.').map((s) => s.speaker)).toEqual(['Lars Engel', 'Lars Engel']);
  });

  it('keeps a body\'s lower-case head after the name that opens it', () => {
    expect(rows('The Nordmark central bank left its rate unchanged but said it could cut in March.')).toEqual(['Nordmark central bank | said | it could cut in March']);
  });
});

describe('report shapes', () => {
  it('reads "appealed for" as a demand, not "appealed the ruling"', () => {
    expect(said('Police appealed for witnesses to come forward. The company appealed the ruling.').map((s) => [s.speaker, s.cue, s.kind])).toEqual([['Police', 'appealed for', 'DEMAND']]);
  });

  it('reads "…, minutes of the meeting showed" as a report of the minutes', () => {
    expect(rows('Prices rose faster than expected, minutes of the meeting showed.')).toEqual(['minutes of the meeting | showed | Prices rose faster than expected']);
  });

  it('gives "using his message to urge" to whoever used the message', () => {
    const text = 'Pope Leo XIV on Wednesday called for a ceasefire in the conflicts in Sudan and the Middle East, using his Christmas message to urge world leaders to "choose the path of dialogue".';
    expect(said(text).map((s) => s.speaker)).toEqual(['Leo XIV', 'Leo XIV']);
  });

  it('gives the gerund after "accused X of" to X', () => {
    expect(rows('Sussan Ley accused the government of blaming states for its failures.')).toEqual([
      'Sussan Ley | accused | the government of blaming states for its failures',
      'government | blaming | states for its failures',
    ]);
  });
});
