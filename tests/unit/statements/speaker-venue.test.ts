// A place in apposition after "a spokesperson for the venue" names the venue, not the speaker.
// Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('a venue named in apposition', () => {
  it('keeps "a spokesperson for the venue, Marlow Park," an unnamed spokesperson', () => {
    expect(who('A spokesperson for the venue, Marlow Park, said the site had been fully prepared.')).toEqual(['spokesperson for the venue | said']);
  });

  it('still names the spokesperson a person appositive gives ("a spokesman for the club, Dan Morley,")', () => {
    expect(who('A spokesman for the club, Dan Morley, said the match would go ahead.')).toEqual(['Dan Morley | said']);
  });
});
