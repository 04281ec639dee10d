// Speakers and actors on the phrasings the eighteenth batch of speaker keys showed (a drone strike
// told by both armies, a fraud trial, a campaign rally): a relative clause or an appositive that
// names someone else, a legislator's party and state, an addressee with "about" before a number,
// running for office, an unnamed speaker owned through "his" or "her", people sharing a surname,
// and the region of an agency dateline. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);
const speakers = (text: string): (string | null)[] => said(text).map((s) => s.speaker);

describe('who the source phrase names', () => {
  it('does not take whom a relative clause names for the speaker', () => {
    expect(speakers('Senator Maria Delgado spoke first. Alan Brooks, who introduced Delgado, said she was the best.')).toEqual(['Alan Brooks']);
  });

  it('walks past a party and state to the legislator', () => {
    const text = 'Senator Maria Delgado spoke first. Rep. Alan Brooks, D-Ohio, who introduced Delgado, said she was the best. Sen. Ina Ruiz, D-Calif., said it was good.';
    expect(speakers(text)).toEqual(['Alan Brooks', 'Ina Ruiz']);
  });

  it('takes the person an appositive describes, not the one it mentions', () => {
    expect(speakers('Senator Maria Delgado spoke first. Rep. Alan Brooks, a friend of Delgado, said she was the best.')).toEqual(['Alan Brooks']);
    expect(speakers('The spokesman for Mayor Ann Lee, Jo Park, said no.')).toEqual(['Jo Park']);
  });
});

describe('report shapes', () => {
  it('keeps "a crowd of about 2,000 supporters" as the addressee', () => {
    expect(rows('Senator Maria Delgado told a crowd of about 2,000 supporters on Saturday that she would bring back the jobs.')).toEqual(['Maria Delgado | told | that she would bring back the jobs']);
  });

  it('makes no demand of running for office, but keeps a demand for damages', () => {
    expect(said('Delgado, who is seeking her party\'s presidential nomination, took aim at her rival. He is seeking a third term.')).toEqual([]);
    expect(said('The family is seeking damages from the council.').map((s) => s.kind)).toEqual(['DEMAND']);
  });
});

describe('unnamed speakers owned through "his" or "her"', () => {
  it('names "His lawyer" after the person "his" stands for', () => {
    expect(speakers('The founder, Marcus Hartwell, has denied any wrongdoing. His lawyer did not respond to a request for comment.')).toEqual(['Marcus Hartwell', "Marcus Hartwell's lawyer"]);
  });

  it('keeps one actor for "her representative" and "the representative" later', () => {
    const text = 'Singer Kaia Rhys and actor Tom Brandt have separated, her representative confirmed on Tuesday. "They remain friends," the representative said.';
    const x = run(text);
    const ids = new Set(x.statements.map((s) => s.speakerId));
    expect(ids.size).toBe(1);
    expect(x.actors.find((a) => ids.has(a.id))?.name).toBe("Kaia Rhys's representative");
  });

  it('leaves the noun unowned when the pronoun\'s gender does not fit', () => {
    expect(speakers('Senator Ann Lee left early. His lawyer said nothing.')).toEqual(['lawyer']);
  });
});

describe('people who share a surname', () => {
  const text = 'Hillary Clinton spoke in Iowa on Monday. Hillary Clinton visited a school. Former President Bill Clinton joined her on stage. ';

  it('gives a bare surname to the one the article names most, not to the one named last', () => {
    expect(speakers(`${text}Clinton said the race was close.`)).toEqual(['Hillary Clinton']);
  });

  it('follows an honorific\'s gender', () => {
    expect(speakers(`${text}Mr. Clinton said the crowd was loud.`)).toEqual(['Bill Clinton']);
    expect(speakers(`${text}Mrs. Clinton said the crowd was loud.`)).toEqual(['Hillary Clinton']);
  });
});

describe('datelines', () => {
  it('types the region of an agency dateline as a place', () => {
    const x = run('KYRENSK, Dravia (Reuters) - A drone struck a fuel depot overnight, officials said.');
    expect(x.actors.find((a) => a.name === 'Dravia')?.type).toBe('PLACE');
  });
});
