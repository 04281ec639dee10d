// One person written two ways in an article is one actor, and a given name opening a sentence
// stays part of the name. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run } from '../statements/helpers.js';

const mentions = (text: string): string[] => {
  const x = run(text);
  return x.mentions.map((m) => `${text.slice(m.start, m.end)} -> ${x.actors.find((a) => a.id === m.actorId)?.name}`);
};

describe('name variants', () => {
  it('joins a name with a word before it that is no given name to the bare name, named by it', () => {
    // "Pastor" opening the sentence is an agent noun, no part of the name (segments.ts); either way
    // the three mentions are one person, named without it.
    const text = 'Pastor Kevin Swanson preached on Sunday. Kevin Swanson said the church was full. Swanson left early.';
    expect(mentions(text)).toEqual(['Kevin Swanson -> Kevin Swanson', 'Kevin Swanson -> Kevin Swanson', 'Swanson -> Kevin Swanson']);
  });

  it('keeps two people apart when only a middle initial tells them apart', () => {
    expect(mentions('George Bush spoke first. George W. Bush spoke next.')).toEqual(['George Bush -> George Bush', 'George W. Bush -> George W. Bush']);
  });

  it('keeps a given name that opens a sentence ("Bill Clinton spoke" after "Hillary Clinton")', () => {
    expect(mentions('Hillary Clinton spoke in Iowa. Bill Clinton spoke in Ohio.')).toEqual(['Hillary Clinton -> Hillary Clinton', 'Iowa -> Iowa', 'Bill Clinton -> Bill Clinton', 'Ohio -> Ohio']);
  });
});
