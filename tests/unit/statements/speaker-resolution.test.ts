// Speaker resolution: titles resolve to the person holding that role, "X and his deputy Y"
// are two speakers, negated reports are no statements; and the speaker answer keys score.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';
import { speakersReport } from '../../../src/cli/commands/eval.js';

const speakersOfCue = (text: string, cue: string): (string | null)[] => said(text).filter((s) => s.cue === cue).map((s) => s.speaker);

describe('speaker resolution', () => {
  it('resolves "the chancellor" to the person named with that title', () => {
    const text = 'Chancellor Ruth Amble visited a factory in Hull.\n\nLater the chancellor said taxes would not rise.';
    expect(speakersOfCue(text, 'said')).toEqual(['Ruth Amble']);
  });

  it('keeps "the shadow chancellor" apart from the chancellor', () => {
    const text = 'Chancellor Ruth Amble visited a factory in Hull.\n\nThe shadow chancellor said the visit was a stunt.';
    expect(speakersOfCue(text, 'said')).not.toContain('Ruth Amble');
  });

  it('splits "Mr Lark and his deputy Jo Penn" into two speakers', () => {
    const text = 'Mr Lark and his deputy Jo Penn agreed that the depot should close.';
    expect(speakersOfCue(text, 'agreed').sort()).toEqual(['Jo Penn', 'Lark']);
  });

  it('makes no statement of "Neither X nor Y would say"', () => {
    const text = 'Neither Mr Lark nor his deputy Jo Penn would say when the depot would close.';
    expect(said(text)).toEqual([]);
  });
});

describe('eval speakers on tests/fixtures/speaker-keys', () => {
  it('reaches the figures measured when the keys were written', () => {
    const { total } = speakersReport('tests/fixtures/speaker-keys');
    expect(total.keys).toBe(26);
    expect(total.outputRight / total.output).toBeGreaterThanOrEqual(0.82);
    expect(total.keysFound / total.keys).toBeGreaterThanOrEqual(0.92);
  });
});
