// Speakers and reports on the phrasings the twentieth batch of speaker keys showed (a film awards
// night, an EU proposal, a startup's funding round): a preposition after a cue opens its object,
// not an addressee or an inverted speaker; "while" opens a clause whose appositive names the
// speaker; a non-response to criticism; an academy as an unnamed speaker; a descriptor inside a
// tagged name. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('cues followed by a preposition', () => {
  it('reads "while its director, Marco Ricci, warned of a surge" as his warning of the surge', () => {
    expect(rows('The Vaping Association said the ban was wrong, while its director, Marco Ricci, warned of a surge in black-market products.')).toEqual([
      'Vaping Association | said | the ban was wrong',
      'Marco Ricci | warned of | a surge in black-market products',
    ]);
  });
});

describe('non-responses', () => {
  it('reads "did not respond to her comments" as a refusal of an unnamed academy', () => {
    const text = 'Critic Helen Marsh wrote that the ceremony ignored comedy. The awards academy did not respond to her comments.';
    expect(said(text).map((s) => [s.speaker, s.kind])).toEqual([['Helen Marsh', 'CLAIM'], ['awards academy', 'REFUSAL']]);
  });
});

describe('names', () => {
  it('cuts a descriptor out of a tagged name, so "the company" finds the company', () => {
    const text = 'Battery startup Voltra raises $120 million\n\nVoltra, a San Francisco startup, has raised $120 million in a round led by Northgate Capital, the company said on Thursday.';
    const x = run(text);
    expect(x.actors.map((a) => a.name)).not.toContain('Battery startup Voltra');
    const name = (id: string | null): string | undefined => x.actors.find((a) => a.id === id)?.name;
    expect(x.statements.map((s) => name(s.speakerId))).toContain('Voltra');
  });
});
