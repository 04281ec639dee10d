// Speakers on the phrasings the sixty-fourth batch of speaker keys showed (a hospital merger vote,
// a Swiss avalanche, grain-deal talks, a podcast host's apology). Every sentence is written for
// the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('speakers', () => {
  it('keeps "the WSL Institute for Snow and Avalanche Research (SLF)" one speaker', () => {
    expect(who('Snow\n\nThe WSL Institute for Snow and Avalanche Research (SLF) had warned that the danger was considerable.'))
      .toEqual(['WSL Institute for Snow and Avalanche Research | had warned']);
  });

  it('joins "Maumee Regional" to "Maumee Regional Medical Center"', () => {
    expect(who('Merger\n\nThe board will vote on a merger with Maumee Regional Medical Center. Maumee Regional said in a statement that it remained committed.'))
      .toEqual(['Maumee Regional Medical Center | said in a statement']);
  });

  it('reads "the 29-year-old from Freiburg" as the person just named', () => {
    expect(who('Avalanche\n\nThe surviving skier, Tobias Rehm, said he was lucky.\n\n"I heard a sound like a train," the 29-year-old from Freiburg im Breisgau told a daily.'))
      .toEqual(['Tobias Rehm | said', 'Tobias Rehm | told']);
  });

  it('reads a lede\'s "Turkey\'s foreign minister said" as the one foreign minister named', () => {
    const text = 'Grain talks\n\nThe talks ended without agreement, but Turkey’s foreign minister said negotiators had narrowed their differences.\n\n"We are closer," Foreign Minister Orhan Yavuzer told reporters.';
    expect(who(text)).toEqual(['Orhan Yavuzer | said', 'Orhan Yavuzer | told']);
  });
});
