// Speakers on the phrasings the thirty-fifth batch of speaker keys showed (a doctors' strike ballot,
// a film premiere, coastal erosion): "they" after joint speakers is both of them, a department's
// name with "and" inside it before "spokesperson" is one speaker, "…, X announced on Monday, with
// 93% backing it" is postposed, and "Sofia Brandt" is a person, not Bulgaria and Brandt. Every
// sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('joint speakers', () => {
  it('reads "They" after two named speakers as both', () => {
    const text = 'The union co-chairs, Ada Lind and Omar Hale, said the offer was an insult. They called on the minister to return to talks.';
    expect(who(text)).toEqual(['Ada Lind | said', 'Omar Hale | said', 'Ada Lind | called on', 'Omar Hale | called on']);
  });

  it('keeps "a Department of Trade and Industry spokesperson" one speaker', () => {
    expect(said('A Department of Trade and Industry spokesperson said the result was disappointing.')).toHaveLength(1);
  });
});

describe('a postposed cue before a clause about the news', () => {
  it('takes the content before "…, the union announced on Monday, with 90% backing action"', () => {
    expect(said('Nurses have voted for strikes, the Royal College of Nursing announced on Monday, with 90% of members backing action.').map((s) => `${s.speaker} | ${s.cue} | ${s.content}`))
      .toContain('Royal College of Nursing | announced | Nurses have voted for strikes');
  });
});

describe('a given name that is also a place', () => {
  it('reads "Director Sofia Brandt" as one person', () => {
    const x = run('Director Sofia Brandt has defended her film. Brandt told Variety the length was right.');
    expect(x.actors.filter((a) => a.type === 'PERSON' || a.type === 'COUNTRY').map((a) => `${a.name}:${a.type}`)).toEqual(['Sofia Brandt:PERSON']);
  });
});
