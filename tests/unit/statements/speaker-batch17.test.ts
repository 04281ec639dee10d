// Report detection, speakers and actors on the phrasings the seventeenth batch of speaker keys
// showed (a court ruling, a city-desk story, a tennis report): a dateline closed by a colon,
// "informed that", "played down", a one-word subject before a parenthetical cue, an age before a
// nationality noun, legislators' titles, a ranking before a name and a title the tagger reads
// alone. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);
const actors = (text: string): string[] => run(text).actors.map((a) => `${a.name}/${a.type}`);

describe('report shapes', () => {
  it('leaves a dateline closed by a colon out of the content', () => {
    expect(rows('MYSORE: The corporation will close the market from Monday, officials said.')).toEqual(['officials | said | The corporation will close the market from Monday']);
  });

  it('reads "informed that" and "informed the court that" as reports, not "well informed"', () => {
    expect(rows('The official informed that the files were missing.')).toEqual(['official | informed | that the files were missing']);
    expect(rows('Inspector Ravi Menon informed the court that the files were missing.')).toEqual(['Ravi Menon | informed | that the files were missing']);
    expect(said('The board made an informed decision on the budget. Keep the public informed.').filter((s) => s.cue.includes('informed'))).toEqual([]);
  });

  it('reads "played down" as a rejection', () => {
    expect(said('Mayor Ellen Voss played down fears of a second closure.').map((s) => [s.speaker, s.cue, s.kind, s.content])).toEqual([['Ellen Voss', 'played down', 'REJECTION', 'fears of a second closure']]);
  });

  it('keeps a one-word subject before a parenthetical cue in the content, but not a sentence adverb', () => {
    const text = 'Judge Ada Lin ruled for the tenants. Parliament, she wrote, never meant the law to reach them. However, she added, the landlord may appeal.';
    expect(rows(text)).toEqual(['Ada Lin | wrote | Parliament … never meant the law to reach them', 'Ada Lin | added | the landlord may appeal']);
  });
});

describe('who a description stands for', () => {
  it('takes "The 24-year-old Croatian" for the player named before, not for Croatia', () => {
    const text = 'Elena Kovac beat Mia Laurent in three sets. The 24-year-old Croatian, who needed treatment on her wrist, played down concerns about the injury.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Elena Kovac']);
  });
});

describe('actors', () => {
  it('reads MP and MLA as titles, not as part of an organisation', () => {
    expect(rows('Labour MP Jess Pryor said the plan was dead.')).toEqual(['Jess Pryor | said | the plan was dead']);
    expect(actors('Opposition MLA P. Venkat Reddy demanded a probe.')).toEqual(['P. Venkat Reddy/PERSON']);
  });

  it('makes no actor of a ranking or a lone title before a name', () => {
    expect(actors('World No. 3 Elena Kovac survived a scare. Writing for the majority, Chief Justice Paul Harmon said the agency had overreached.')).toEqual(['Elena Kovac/PERSON', 'Paul Harmon/PERSON']);
  });
});
