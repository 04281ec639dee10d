// Table-driven checks of who said what on short sentences written for the project.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const cases: { name: string; text: string; expect: Partial<ReturnType<typeof said>[number]>[] }[] = [
  {
    name: 'reported speech with that',
    text: 'Senator Maria Lopez said that the budget would pass next week.',
    expect: [{ speaker: 'Maria Lopez', cue: 'said', kind: 'CLAIM', direct: false, content: 'that the budget would pass next week' }],
  },
  {
    name: 'postposed cue after a quote, curly marks',
    text: '“We will not back down,” Governor Tom Reyes said on Tuesday.',
    expect: [{ speaker: 'Tom Reyes', kind: 'CLAIM', direct: true, content: '“We will not back down,”' }],
  },
  {
    name: 'straight quotes and inverted order',
    text: '"The plan is dead," said Alan Brooks, a union leader.',
    expect: [{ speaker: 'Alan Brooks', direct: true, content: '"The plan is dead,"' }],
  },
  {
    name: 'postposed cue after a clause',
    text: 'The factory will close in March, the Acme Corporation said.',
    expect: [{ speaker: 'Acme Corporation', content: 'The factory will close in March' }],
  },
  {
    name: 'according to',
    text: 'According to the Health Ministry, three hospitals were closed.',
    expect: [{ speaker: 'Health Ministry', cue: 'According to', content: 'three hospitals were closed' }],
  },
  {
    name: 'accusation with target',
    text: 'Germany accused Poland of blocking the deal.',
    expect: [{ speaker: 'Germany', kind: 'ACCUSATION', target: 'Poland' }],
  },
  {
    name: 'denial',
    text: 'France denies any role in the leak.',
    expect: [{ speaker: 'France', kind: 'DENIAL', content: 'any role in the leak' }],
  },
  {
    name: 'warning aimed at an actor',
    text: 'Prime Minister Ana Costa warned that Spain would pay a price.',
    expect: [{ speaker: 'Ana Costa', kind: 'WARNING', target: 'Spain' }],
  },
  {
    name: 'coordinated subjects split into two statements',
    text: 'Canada and Mexico rejected the new tariffs.',
    expect: [{ speaker: 'Canada', kind: 'REJECTION' }, { speaker: 'Mexico', kind: 'REJECTION' }],
  },
  {
    name: 'pronoun resolved to the most recent person',
    text: 'Mayor John Harlow opened the bridge on Friday. He said the city had waited too long.',
    expect: [{ speaker: 'John Harlow', cue: 'said', content: 'the city had waited too long' }],
  },
  {
    name: 'relay by a news agency',
    text: 'Two officials confirmed the meeting, Reuters reported.',
    expect: [{ speaker: 'officials', kind: 'CONFIRMATION', reportedBy: 'Reuters' }],
  },
  {
    name: 'quoted by an outlet as saying',
    text: '"We are ready," the army spokesman was quoted by AFP as saying.',
    expect: [{ speaker: 'army spokesman', reportedBy: 'AFP', direct: true }],
  },
  {
    name: 'refusal',
    text: 'A company spokeswoman declined to comment on the report.',
    expect: [{ kind: 'REFUSAL', cue: 'declined', content: 'to comment on the report' }],
  },
  {
    name: 'promise and demand',
    text: 'President Lula vowed to protect the forest. Brazil called for new funding.',
    expect: [{ speaker: 'Lula', kind: 'PROMISE' }, { speaker: 'Brazil', kind: 'DEMAND', content: 'new funding' }],
  },
  {
    name: 'belief',
    text: 'Economists at the central bank believe inflation has peaked.',
    expect: [{ kind: 'BELIEF', content: 'inflation has peaked' }],
  },
  {
    name: 'quote split around the cue',
    text: '“The vote was fair,” the judge said, “and the result stands.”',
    expect: [{ direct: true, content: '“The vote was fair,” … “and the result stands.”' }],
  },
  {
    name: 'inverted speaker with appositives',
    text: '"Prices will fall," said Maria Lopez, an economist at the Central Bank, a state body.',
    expect: [{ speaker: 'Maria Lopez', direct: true }],
  },
  {
    name: 'speaker with an appositive before the cue',
    text: 'Tom Reyes, the mayor of the town, said the bridge was safe.',
    expect: [{ speaker: 'Tom Reyes', content: 'the bridge was safe' }],
  },
  {
    name: 'a quote that goes on after the cue sentence belongs to the same speaker',
    text: '“We are ready,” Ana Costa said. “The people want change and we will deliver it.”',
    expect: [{ speaker: 'Ana Costa', direct: true, content: '“We are ready,” … “The people want change and we will deliver it.”' }],
  },
  {
    name: 'told an outlet after the quote',
    text: '“It was a mistake,” Alan Brooks told Reuters.',
    expect: [{ speaker: 'Alan Brooks', reportedBy: 'Reuters', direct: true, content: '“It was a mistake,”' }],
  },
  {
    name: 'a colon closing the paragraph introduces the next paragraph’s quote',
    text: 'Senator Maria Lopez said:\n\n“This law will protect every family in the state.”',
    expect: [{ speaker: 'Maria Lopez', direct: true, content: '“This law will protect every family in the state.”' }],
  },
  {
    name: 'a participle takes the subject of its sentence',
    text: 'Governor Tom Reyes spent the morning in Denver, saying the plan would work.',
    expect: [{ speaker: 'Tom Reyes', cue: 'saying', content: 'the plan would work' }],
  },
];

describe('statements', () => {
  for (const c of cases) {
    it(c.name, () => {
      const got = said(c.text);
      expect(got).toHaveLength(c.expect.length);
      c.expect.forEach((e, i) => expect(got[i]).toMatchObject(e));
    });
  }
});

const nothing: { name: string; text: string }[] = [
  { name: 'scare quotes around a term', text: 'Talks covered the “follow-up agreement” on arms control.' },
  { name: 'a noun that looks like a cue verb', text: 'The Paris attacks changed the debate.' },
  { name: 'a quote with no cue', text: 'The cure for boredom is “curiosity” and nothing more.' },
  { name: 'product recall, not speech', text: 'The carmaker recalls two models after a fault.' },
  { name: 'boilerplate teaser', text: 'See also  Jane Roe: "Nothing can stop the tide of history"' },
];

describe('not statements', () => {
  for (const c of nothing) {
    it(c.name, () => {
      expect(said(c.text)).toEqual([]);
    });
  }
});
