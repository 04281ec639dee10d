// Speakers on the phrasings the twenty-eighth batch of speaker keys showed (an appeal ruling, a
// tech company's results, a farmers' protest): a source named by the name they gave, "said
// outside court that", an aim that is no statement ("seeks to cut debt"), a time alone that is no
// content ("reports on Thursday"), and "the software maker" for the company. Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('a source named by the name they gave', () => {
  it('is that person, and "she" after it too', () => {
    const text = 'Traffic was stuck for hours. One driver, who gave her name only as Kasia, said she had missed a hospital appointment. "Nobody told us anything," she said.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Kasia', 'Kasia']);
  });
});

describe('a place adjunct after the cue', () => {
  it('stays out of the content: "said outside court that"', () => {
    expect(who('Ivo Marsh said outside court that he would appeal.')).toEqual(['Ivo Marsh | said outside | that he would appeal']);
  });

  it('ends a postposed cue: "…," Marsh said outside the court.', () => {
    expect(who('"We will appeal," Marsh said outside the court.')).toEqual(['Marsh | said | "We will appeal,"']);
  });
});

describe('reports of nothing said', () => {
  it('makes no statement of an aim ("seeks to cut debt"), but keeps "sought an apology"', () => {
    expect(who('The port sold its ferries as it seeks to cut debt. The union sought an apology.')).toEqual(['union | sought | an apology']);
  });

  it('makes no statement of a time alone ("reports on Thursday")', () => {
    expect(who('Its rival, Kestrel, reports on Thursday. Kestrel reported a loss last year.')).toEqual(['Kestrel | reported | a loss last year']);
  });
});

describe('an organisation noun', () => {
  it('finds the company for "the software maker"', () => {
    expect(said('Shares in Lumio rose after the software maker reported record sales.').map((s) => s.speaker)).toEqual(['Lumio']);
  });
});
