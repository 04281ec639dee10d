// Speaker resolution and report detection on the phrasings the eleventh batch of speaker keys
// showed (a markets wrap, a lawsuit, a school's letter): a description before the name after a
// quotation, a title named later, "she" for an unnamed speaker, nouns and adjectives after a
// verb, "maintains the building", and a coordinated apology. Every sentence is written for the
// project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('speakers', () => {
  it('credits "“…,” one of the plaintiffs, Gary Tomczak, said" to the named plaintiff, not to "an interview"', () => {
    const out = said('"Nobody listened to us," one of the plaintiffs, Gary Tomczak, said in an interview.');
    expect(out.map((s) => s.speaker)).toEqual(['Gary Tomczak']);
  });

  it('gives "the headteacher" to the one person the article names headteacher later', () => {
    const text = 'Pupils will finish at noon all week, the headteacher has told parents.\n\nIn a letter, headteacher Fiona Crane wrote that engineers were waiting for a part.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Fiona Crane', 'Fiona Crane']);
  });

  it('gives "she" to the unnamed parent who spoke before, and "he" to an unnamed spokesman', () => {
    const parent = said('Fiona Crane runs the school. One parent, who asked not to be named, said the school had known since October. "We were told it was fixed," she said.');
    expect(parent.map((s) => s.speaker)).toEqual(['parent', 'parent']);
    const police = said('Ann Lee runs the cafe. A police spokesman said the road was closed. "We expect it to reopen tomorrow," he said.');
    expect(police.map((s) => s.speaker)).toEqual(['police spokesman', 'police spokesman']);
  });

  it('keeps "he" for a named person when the unnamed speaker before is many people', () => {
    const out = said('Tom Reyes chairs the board. Officials said the vote was delayed. "It is a mess," he said.');
    expect(out.at(-1)?.speaker).toBe('Tom Reyes');
  });
});

describe('no statement', () => {
  it('reads "revived fears that" and "ignored repeated complaints" as nouns and adjectives, not reports', () => {
    expect(said('A strong jobs report revived fears that rates will stay high.')).toEqual([]);
    expect(said('Workers say managers ignored repeated complaints about fumes.').map((s) => s.cue)).toEqual(['say']);
  });

  it('reads "maintains the building" as no report, and "maintains that …" as one', () => {
    expect(rows('A spokesperson for Westvale Council, which maintains the building, said the part was late.')).toEqual(['spokesperson for Westvale Council | said | the part was late']);
    expect(said('Mr Dunn maintains that he was at home.').map((s) => s.cue)).toEqual(['maintains']);
  });
});

describe('coordinated reports', () => {
  it('credits "… and apologised for the disruption" to the speaker of "said", past a passive inside the content', () => {
    expect(rows('A spokesperson for Westvale Council said the part was expected to arrive on Thursday and apologised for the disruption.').filter((r) => !r.startsWith('null'))).toEqual([
      'spokesperson for Westvale Council | said | the part was expected to arrive on Thursday',
      'spokesperson for Westvale Council | apologised for | the disruption',
    ]);
  });
});
