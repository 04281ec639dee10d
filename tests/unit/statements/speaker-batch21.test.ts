// Speakers on the phrasings the twenty-first batch of speaker keys showed (a hurricane advisory, a
// British rail strike, a cricket Test): "the former captain" of sports copy is the player named
// before. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';


describe('who a description stands for', () => {
  const match = 'Joe Root scored 143 runs and England closed on 412 for six after 90 overs at Lord\'s, with two wickets for Bumrah and a late boundary. ';

  it('takes "The former captain" of sports copy for the player named before, beside the current captain', () => {
    const text = `${match}England captain Ben Stokes batted well. "It was one of those days," Root told Sky Sports. The former captain said he had worked on his defence.`;
    expect(said(text).map((s) => s.speaker)).toEqual(['Joe Root', 'Joe Root']);
  });

  it('leaves "the former president" of political copy to the title rules', () => {
    expect(said('Former President Donald Trump spoke. Joe Biden replied. The former president said it was a lie.').map((s) => s.speaker)).not.toContain('Joe Biden');
  });
});
