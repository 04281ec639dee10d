// Speakers on the phrasings the twenty-fourth batch of speaker keys showed (a coroner's inquest, a
// phone launch, a select-committee hearing): a question put "by" a description whose appositive
// names the asker, and a national body named as a common word before a nation, opening a
// sentence; and two known failures of batch 23, a naming participle after a comma ("the animal,
// named Mei,") and a cue inside a longer cue ("posted" in "posted a video telling"). Every
// sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('"Asked by <description>, <name>, why …"', () => {
  it('credits the question to the person the appositive names', () => {
    const text = 'Asked by the panel\'s convener, Green MSP Iona Baird, why the ferries were late, transport minister Kenny Doyle said repairs had overrun.';
    expect(who(text)).toEqual(['Iona Baird | Asked', 'Kenny Doyle | said']);
  });

  it('keeps a named asker when the appositive describes them', () => {
    const text = 'Pressed by Councillor Amara Osei, a Liberal Democrat, on whether fares would rise, Doyle conceded they might.';
    expect(who(text)).toEqual(['Amara Osei | Pressed', 'Doyle | conceded']);
  });
});

describe('a national body named by a common word before a nation', () => {
  it('reads "Water UK" and "Tourism Australia" opening a sentence as organisations, not as the nation', () => {
    const text = 'Bills will rise in April. Water UK, which speaks for the suppliers, said the money would fund new reservoirs. Tourism Australia said bookings were up.';
    expect(who(text)).toEqual(['Water UK | said', 'Tourism Australia | said']);
    const types = new Map(run(text).actors.map((a) => [a.name, a.type]));
    expect(types.get('Water UK')).toBe('ORGANIZATION');
    expect(types.get('Tourism Australia')).toBe('ORGANIZATION');
    expect(types.has('United Kingdom')).toBe(false);
  });

  it('leaves places, given names and sentence openers before a nation alone', () => {
    const text = 'Northern Ireland said it would join the scheme. Jimmy Wales said the site would stay free. Meanwhile Canada said it had no plans. Former England captain Ada Price said the side was ready.';
    expect(who(text)).toEqual(['Northern Ireland | said', 'Jimmy Wales | said', 'Canada | said', 'Ada Price | said']);
  });
});

describe('a naming participle set off by a comma', () => {
  it('is no report: "the foal, named Comet," names the foal', () => {
    const text = 'Stable hands found the foal, named Comet, behind the barn. The trust named Ivo Marsh as its new director.';
    expect(who(text)).toEqual(['trust | named']);
  });
});

describe('a cue inside a longer cue', () => {
  it('gives "posted a video telling fans that …" one statement, not a second one with "posted"', () => {
    expect(said('The singer posted a video telling fans that the tour would go ahead.').map((s) => `${s.speaker} | ${s.cue} | ${s.content}`))
      .toEqual(['singer | posted a video telling | that the tour would go ahead']);
  });
});
