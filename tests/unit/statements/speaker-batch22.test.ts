// Speakers and reports on the phrasings the twenty-second batch of speaker keys showed (a car plant
// closure, an earthquake relief story, a chess semi-final): an industry word and a body noun
// before a company's name, a clause after "warned" with no addressee, "added extra seats", and an
// epithet for the unnamed person of the sentence before. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('companies named after an industry word', () => {
  it('types "Auto group Halvorsen" as a company and gives it the participle and "the company said"', () => {
    const text = 'Auto group Halvorsen will close its Coventry plant, blaming weak demand. In a statement, the company said the decision had been difficult.';
    expect(run(text).actors.find((a) => a.name === 'Halvorsen')?.type).toBe('ORGANIZATION');
    expect(said(text).map((s) => s.speaker)).toEqual(['Halvorsen', 'Halvorsen']);
  });
});

describe('report shapes', () => {
  it('reads "warned the death toll was likely to rise" as a clause, with no addressee', () => {
    expect(rows('Officials warned the death toll was likely to rise.')).toEqual(['Officials | warned | the death toll was likely to rise']);
  });

  it('reads "had added extra seats" as no report, but keeps "added new details were emerging"', () => {
    expect(rows('Ivana Kos said organisers had added extra seats. Lee added new details were emerging.')).toEqual([
      'Ivana Kos | said | organisers had added extra seats',
      'Lee | added | new details were emerging',
    ]);
  });
});

describe('epithets', () => {
  it('does not give "the Norwegian" to an earlier speaker past the unnamed opponent of the sentence before', () => {
    const text = '"I was lost," Arjun Mehta admitted. His opponent, who had won six matches, was gracious in defeat. "He played like a champion today," the Norwegian said.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Arjun Mehta', 'Norwegian']);
  });
});
