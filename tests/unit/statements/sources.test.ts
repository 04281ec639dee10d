// Table-driven checks of source phrases: which words of a sentence name the speaker, or that
// none do (agentless passives). Sentences are written for the project; source, cue and content
// are compared as the text they cover.
import { describe, expect, it } from 'vitest';
import { found, type Case } from './found.js';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions as ruleAttributions } from '../../../src/extract/statements/detect.js';

const cases: Case[] = [
  {
    name: 'an agentless passive names no source; its subject is content',
    text: 'The mayor was declared the winner on Tuesday.',
    expect: { source: null, cue: 'was declared', content: 'The mayor … the winner on Tuesday' },
  },
  {
    name: 'a passive with adverbs and no complement',
    text: 'The price of the deal was not disclosed.',
    expect: { source: null, cue: 'was not disclosed', content: 'The price of the deal' },
  },
  {
    name: 'the agent a few words after a passive cue is the source',
    text: 'Park was attacked on the plan by Senator Lee.',
    expect: { source: 'Senator Lee', cue: 'was attacked', content: 'Park … on the plan' },
  },
  {
    name: 'a participle whose subject holds the view keeps its source',
    text: 'Kim is convinced that the deal will pass.',
    expect: { source: 'Kim', cue: 'is convinced', content: 'that the deal will pass' },
  },
  {
    name: 'after an agentless passive, a coordinated cue takes the sentence subject',
    text: 'Lee was asked about the plan and said it would fail.',
    expect: { source: 'Lee', cue: 'said', content: 'it would fail' },
  },
  {
    name: 'a participle after "with" and a name is done by that name',
    text: 'The senators went further, with Gov. Ana Ruiz calling the plan a disaster.',
    expect: { source: 'Gov. Ana Ruiz', cue: 'calling', content: 'the plan a disaster' },
  },
  {
    name: 'a participle modifying the noun after an inner "to"',
    text: 'The firm gave $3 million to a group backing the mayor.',
    expect: { source: 'a group', cue: 'backing', content: 'the mayor' },
  },
  {
    name: 'a participle after "by" is still done by the sentence subject',
    text: 'Lee won the seat by promising lower taxes.',
    expect: { source: 'Lee', cue: 'promising', content: 'lower taxes' },
  },
  {
    name: 'a participle after a comma is done by the subject and its appositive, not the predicate',
    text: 'Ana Ruiz, a senator from Ohio, spoke for an hour, saying the bill would fail.',
    expect: { source: 'Ana Ruiz, a senator from Ohio,', cue: 'saying', content: 'the bill would fail' },
  },
  {
    name: 'a participle after a comma is done by the subject after an opening phrase',
    text: 'In May, Lee spent an hour at the plant, saying jobs would return.',
    expect: { source: 'Lee', cue: 'saying', content: 'jobs would return' },
  },
  {
    name: 'an opening participle phrase with a place in it is passed over',
    text: 'Speaking at a rally in Salem, Ohio, Lee went after Park, calling him weak.',
    expect: { source: 'Lee', cue: 'calling', content: 'him weak' },
  },
  {
    name: 'a time phrase opening the sentence is no subject',
    text: 'Hours later, Lee spent an hour at the plant, saying jobs would return.',
    expect: { source: 'Lee', cue: 'saying', content: 'jobs would return' },
  },
  {
    name: 'a dateline before a dash is passed over',
    text: 'DENVER (AP) — Ana Ruiz spent the day in town, saying the plan would work.',
    expect: { source: 'Ana Ruiz', cue: 'saying', content: 'the plan would work' },
  },
  {
    name: 'coordinated plural nouns are one source',
    text: 'Her advisers and allies say the plan will work.',
    expect: { source: 'Her advisers and allies', cue: 'say', content: 'the plan will work' },
  },
  {
    name: 'a name coordinated with a lower-case phrase is one source',
    text: 'Lee and other Democrats hope the bill passes.',
    expect: { source: 'Lee and other Democrats', cue: 'hope', content: 'the bill passes' },
  },
  {
    name: 'a clause before "and" is not joined to the source',
    text: 'The economy grew and analysts say the trend will hold.',
    expect: { source: 'analysts', cue: 'say', content: 'the trend will hold' },
  },
  {
    name: 'a cue after a relative clause takes the name, not the relative pronoun',
    text: 'Speaking later on the same show, Sen. Ann Hale (D-Mo.), who has endorsed Smith, said Jones has pushed the party to be a "stronger" candidate.',
    expect: { source: 'Sen. Ann Hale (D-Mo.)', cue: 'said', content: 'Jones has pushed the party to be a "stronger" candidate' },
  },
  {
    name: 'an adjunct after a name is not part of the speaker',
    text: 'Lee in his speech said the plan would fail.',
    expect: { source: 'Lee', cue: 'said', content: 'the plan would fail' },
  },
  {
    name: 'a place after "at the" stays in the speaker',
    text: 'Officials at the ministry said the plan would fail.',
    expect: { source: 'Officials at the ministry', cue: 'said', content: 'the plan would fail' },
  },
  {
    name: 'the source after "according to" ends at a dash',
    text: 'Turnout rose by a third, according to the state election board - a record for the county.',
    expect: { source: 'the state election board', cue: 'according to', content: 'Turnout rose by a third' },
  },
  {
    name: 'a sentence subject runs through title words to the name',
    text: 'Democratic presidential nominee Ana Ruiz spent the day in Ohio, saying jobs would return.',
    expect: { source: 'Democratic presidential nominee Ana Ruiz', cue: 'saying', content: 'jobs would return' },
  },
  {
    name: 'a sentence subject ending in "of" takes its noun',
    text: 'Most of the delegates left the hall early, saying the vote was rigged.',
    expect: { source: 'Most of the delegates', cue: 'saying', content: 'the vote was rigged' },
  },
  {
    name: 'a relative clause set off by commas before the cue belongs to the speaker',
    text: 'Jo Park, who runs the firm, said the deal was dead.',
    expect: { source: 'Jo Park, who runs the firm,', cue: 'said', content: 'the deal was dead' },
  },
  {
    name: 'an aside set off by commas before the cue does not',
    text: 'Jo Park, for her part, said the deal was dead.',
    expect: { source: 'Jo Park', cue: 'said', content: 'the deal was dead' },
  },
  {
    name: 'a title and a name between commas open the sentence: the name speaks, a short clause after the cue is content',
    text: 'Its managing director, Nadia Brooks, said costs rose.',
    expect: { source: 'Its managing director, Nadia Brooks,', cue: 'said', content: 'costs rose' },
  },
  {
    name: 'a short clause before ", said" still inverts: the phrase after the cue speaks',
    text: 'The deal is off, said officials.',
    expect: { source: 'officials', cue: 'said', content: 'The deal is off' },
  },
  {
    name: 'an inverted speaker ends before a relative clause that reports on its own',
    text: 'Rates rose in March.\n\n“It is a big deal,” said Jo Park, who said the vote was rigged.',
    expect: { source: 'Jo Park', cue: 'said', content: '“It is a big deal,”' },
  },
  {
    name: 'an appositive after the source of a closing "according to" belongs to it',
    text: 'Turnout rose by a third, according to Jo Park, a party strategist.',
    expect: { source: 'Jo Park, a party strategist', cue: 'according to', content: 'Turnout rose by a third' },
  },
  {
    name: 'a short appositive after the source of an opening "according to" belongs to it',
    text: 'According to Jo Park, a party strategist, turnout rose by a third.',
    expect: { source: 'Jo Park, a party strategist,', cue: 'According to', content: 'turnout rose by a third' },
  },
  {
    name: 'a name before a relative clause is the subject, not the relative pronoun',
    text: 'Now Ana Lopez, who has spent most of the autumn touring farm towns, hopes her campaign could score a win.',
    expect: { source: 'Ana Lopez', cue: 'hopes', content: 'her campaign could score a win' },
  },
  {
    name: 'a coordinated cue takes the source of the report, not of one nested in its content',
    text: 'Lee said the plan showed that he was tired, and accused the mayor of lying.',
    expect: { source: 'Lee', cue: 'accused', content: 'the mayor of lying' },
  },
  {
    name: 'a bare participle is done by the subject with its appositive',
    text: 'Jo Park, a senator from Ohio, spent the day at the plant talking about jobs.',
    expect: { source: 'Jo Park, a senator from Ohio,', cue: 'talking about', content: 'jobs' },
  },
  {
    name: 'an unclosed appositive does not take the predicate into the source',
    text: 'Jo Park, a senator from Ohio spent the day at the plant talking about jobs.',
    expect: { source: 'Jo Park', cue: 'talking about', content: 'jobs' },
  },
  {
    name: 'an -ly adverb opening the sentence is no subject',
    text: 'Shortly after the vote, Lee went to the podium, saying the result was fair.',
    expect: { source: 'Lee', cue: 'saying', content: 'the result was fair' },
  },
];

describe('source phrases', () => {
  it.each(cases)('$name', ({ text, expect: want }) => {
    expect(found(text)).toContainEqual(want);
  });
});

describe('a name and a short description between commas open the sentence', () => {
  // Rules alone (detect.ts): the clause after the cue is content, never an inverted speaker, even
  // when its verb looks like a plural noun ("needs", "opens").
  it.each([
    ['Reed, the mayor, said the city needs more buses.', 'Reed, the mayor,', 'the city needs more buses'],
    ['Ada Lind, 45, said the market opens at dawn.', 'Ada Lind, 45,', 'the market opens at dawn'],
    ['Tom Reed, a farmer, said prices rise every spring.', 'Tom Reed, a farmer,', 'prices rise every spring'],
  ])('%s', (text, source, content) => {
    const doc = buildDocument(text);
    const [att] = ruleAttributions(doc);
    expect(att.frame).toBe('preposed');
    expect(text.slice(doc.tokens[att.source![0]].start, doc.tokens[att.source![1] - 1].end)).toBe(source);
    expect(att.content.map(([s, e]) => text.slice(s, e)).join(' … ')).toBe(content);
  });

  it('a clause before ", said" and a described name after it still inverts', () => {
    const doc = buildDocument('The plan will fail, said Tom Reed, a farmer.');
    expect(ruleAttributions(doc)[0].frame).toBe('inverted');
  });
});
