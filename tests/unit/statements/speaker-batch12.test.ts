// Speaker resolution on the phrasings the twelfth batch of speaker keys showed (a football match
// report, a foreign correspondent's story, a protest): a surname that is a nationality, a
// nationality noun as an epithet, people "in this coastal town", and a capitalised modifier before
// a plural head. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const speakers = (text: string): (string | null)[] => said(text).map((s) => s.speaker);

describe('football copy', () => {
  it('reads "Gareth Pole" as a person, not a Pole', () => {
    expect(speakers('"We never stopped believing," Rovers manager Gareth Pole told the BBC.')).toEqual(['Gareth Pole']);
  });

  it('gives "the Dutchman" to the person named as the subject before, past a description ("His Ashby counterpart, …,")', () => {
    expect(speakers('His Ashby counterpart, Hendrik de Vries, was less happy. "We were naive," the Dutchman said.')).toEqual(['Hendrik de Vries']);
    expect(speakers('Lars Holm scored twice. "It was a good day," the Dane said.')).toEqual(['Lars Holm']);
  });

  it('keeps an unresolved nationality noun as an unnamed speaker', () => {
    expect(speakers('The Dutchman said the tax was unfair.')).toEqual(['Dutchman']);
  });
});

describe('people and places', () => {
  it('credits "Fishermen in this coastal town say" to the fishermen, not the town', () => {
    expect(speakers('Fishermen in this coastal town say the ban has left them without income.')).toEqual(['Fishermen in this coastal town']);
  });

  it('takes "Climate activists", not "Climate", as the subject a participle reports for', () => {
    expect(speakers('Climate activists blocked the gates on Monday, demanding an end to new licences.')).toEqual(['Climate activists']);
  });

  it('leaves "Clinton leads the race" a verb', () => {
    expect(said('Ms Clinton leads the race, saying she is ahead.').map((s) => s.speaker)).toEqual(['Clinton']);
  });
});

describe('a body named after the noun for it', () => {
  it('types "the group Last Summer" as an organisation, not a person', () => {
    const x = run('The group Last Summer said in a post that 40 of its members had taken part.');
    expect(x.actors.find((a) => a.name === 'Last Summer')?.type).toBe('ORGANIZATION');
  });
});
