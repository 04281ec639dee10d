// Speakers on the phrasings the thirtieth batch of speaker keys showed (a briefing with section
// labels, an Australian state politics story, a sleep study, a South African power story): a
// section label before the colon is no content, a participle between a number and a noun is no
// cue, a headline's unnamed speaker is the body's when the body describes it more fully or gives
// its title to one person, and what a study "could not show" is no finding of it. Every sentence
// is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('a briefing\'s section labels', () => {
  it('keeps "Why it matters:" and "What\'s next:" out of the content', () => {
    const text = [
      'Port deal collapses',
      'Why it matters: Without the deal, two planned terminals could be delayed by years, shipping groups warn.',
      'What\'s next: Harbour master Ola Brekke said she would try again in May.',
    ].join('\n\n');
    expect(who(text)).toEqual([
      'shipping groups | warn | Without the deal, two planned terminals could be delayed by years',
      'Ola Brekke | said | she would try again in May',
    ]);
  });
});

describe('headline speakers', () => {
  it('ties "Opposition warns" to the one person the body calls Opposition Leader', () => {
    const text = 'Premier defends tax cut as Opposition warns of deficit\n\nOpposition Leader Sam Reid said the cut would cost $2 billion. Premier Ann Lowe said it would pay for itself.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Sam Reid', 'Ann Lowe']);
  });

  it('drops "study finds" when the body cites the same study more fully', () => {
    const text = 'Night shifts raise blood pressure, study finds\n\nNight shifts raise blood pressure, according to a study of 4,000 nurses.';
    expect(said(text).map((s) => s.speaker)).toEqual(['study of 4,000 nurses']);
  });
});

describe('sources and cues', () => {
  it('names unnamed researchers without the aside that places them', () => {
    expect(said('The researchers, from the University of Leeds, wrote that the effect was small.').map((s) => s.speaker)).toEqual(['researchers']);
  });

  it('makes no finding of what a study "could not show", and keeps "did not find" and "does not believe"', () => {
    const text = 'Prof Ann Vik cautioned that it could not show that screens caused the lost sleep. The review did not find that the drug worked. Ruiz does not believe the plan will work.';
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['Ann Vik | cautioned', 'review | did not find', 'Ruiz | does not believe']);
  });

  it('reads "Opposition Leader" as a title', () => {
    expect(run('Opposition Leader Sam Reid said the cut was reckless.').actors.find((a) => a.name === 'Sam Reid')?.roles.map((r) => r.title)).toEqual(['Opposition Leader']);
  });
});
