// Speakers on the phrasings the thirty-third batch of speaker keys showed (a consumer column, a
// US town feature, a by-election live blog, tributes): a reader named by initials with "Reader"
// before them, an airline named "<CamelCase> Air", "keeps telling", "we" outside any report, a
// live blog's time stamps, and "Shah, in her victory speech: “…”". Every sentence is written for
// the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('a consumer column', () => {
  const text = [
    'Your problems: my refund never came',
    'Reader J.M., from Leeds, writes: I cancelled a flight with BlueFinch Air in May. The airline promised a refund within a week, and its chat assistant keeps telling me the claim is "being processed".',
    'We asked BlueFinch Air what had happened. The airline told us the refund had been delayed.',
  ].join('\n\n');

  it('credits the letter to the reader, the promise and the reply to the airline', () => {
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual([
      'J.M. | writes', 'BlueFinch Air | promised', 'chat assistant | keeps telling', 'BlueFinch Air | told',
    ]);
    expect(run(text).actors.find((a) => a.name === 'BlueFinch Air')?.type).toBe('ORGANIZATION');
  });

  it('makes no statement of the column\'s own "we"', () => {
    expect(said(text).map((s) => s.cue)).not.toContain('asked');
  });
});

describe('a live blog', () => {
  it('keeps time stamps out of the content and reads "Name, in her speech: “…”"', () => {
    const text = [
      'Count live',
      '11.52pm — Turnout was 41%, the returning officer has announced.',
      '1.55am — Okafor, in her victory speech: "This city voted for change."',
    ].join('\n\n');
    expect(who(text)).toEqual([
      'returning officer | has announced | Turnout was 41%',
      'Okafor | in her victory speech: | "This city voted for change."',
    ]);
  });
});
