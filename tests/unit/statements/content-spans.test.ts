// Table-driven checks of where the content of an attribution starts and ends: each sentence is
// written for the project; the content is compared as the text it covers, pieces joined by " … ".
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/index.js';

function contents(text: string): { cue: string; content: string }[] {
  const doc = buildDocument(text);
  return detectAttributions(doc).map((a) => ({
    cue: text.slice(doc.tokens[a.cue[0]].start, doc.tokens[a.cue[1] - 1].end),
    content: a.content.map(([s, e]) => text.slice(s, e)).join(' … '),
  }));
}

const cases: { name: string; text: string; cue: string; content: string }[] = [
  {
    name: 'an adjunct naming a show before "that" stays out of the content',
    text: 'Kim Lee said on the “Morning Hour” show on Sunday that the plan failed.',
    cue: 'said on',
    content: 'that the plan failed',
  },
  {
    name: 'a speaker set off by commas splits the content in two',
    text: 'The cost of the new bridge, the mayor argued, is far lower than the old estimates.',
    cue: 'argued',
    content: 'The cost of the new bridge … is far lower than the old estimates',
  },
  {
    name: 'a participle cue after a comma ends a clause content',
    text: 'He echoed that view, recalling a talk with the mayor.',
    cue: 'echoed',
    content: 'that view',
  },
  {
    name: 'an object goes on past a comma before "including"',
    text: 'The governor praised the budget, including its cuts to prisons.',
    cue: 'praised',
    content: 'the budget, including its cuts to prisons',
  },
  {
    name: 'an object goes on past a comma before a quotation',
    text: 'The mayor thanked the firefighters, “our heroes,” for their work.',
    cue: 'thanked',
    content: 'the firefighters, “our heroes,” for their work',
  },
  {
    name: 'an object still ends at a comma before a new clause',
    text: 'The mayor thanked the firefighters, and the crowd cheered.',
    cue: 'thanked',
    content: 'the firefighters',
  },
  {
    name: 'a quoted phrase the clause goes on after is only the start of the content',
    text: 'Ruiz said that “bad ideas” do more harm than good.',
    cue: 'said',
    content: 'that “bad ideas” do more harm than good',
  },
  {
    name: 'a full quotation after the cue is the whole content',
    text: 'Ruiz said “we will win,” and the crowd cheered.',
    cue: 'said',
    content: '“we will win,”',
  },
  {
    name: 'the addressee after a postposed cue ends the clause: the content is before it',
    text: 'The pilot was kind and careful, an airport official told The Daily Star.',
    cue: 'told',
    content: 'The pilot was kind and careful',
  },
  {
    name: 'a time and place after a postposed cue, then a participle cue',
    text: 'The talks failed, he said Tuesday in Paris, noting that the rebels walked out.',
    cue: 'said',
    content: 'The talks failed',
  },
  {
    name: 'a long adjunct after a postposed cue',
    text: 'The talks failed, he said in a long interview with the local paper on Monday.',
    cue: 'said',
    content: 'The talks failed',
  },
  {
    name: 'an object ends before "and" opening a second predicate',
    text: 'The mayor endorsed Ruiz last week and has campaigned with her since.',
    cue: 'endorsed',
    content: 'Ruiz last week',
  },
  {
    name: 'a clause ends before "and" with a second cue verb',
    text: 'The leader said the warning showed that the minister did not know what he was doing, and accused the palace of meddling.',
    cue: 'said',
    content: 'the warning showed that the minister did not know what he was doing',
  },
  {
    name: 'a cue inside a subordinate clause opening the sentence: the content ends at its comma',
    text: 'Although the mayor said that the budget was balanced, the council found a large deficit.',
    cue: 'said',
    content: 'that the budget was balanced',
  },
  {
    name: 'an object that is a list goes on past its commas',
    text: 'The mayor thanked Ruiz, Park and Lee for their work.',
    cue: 'thanked',
    content: 'Ruiz, Park and Lee for their work',
  },
  {
    name: 'an aside right after "that" does not end the content',
    text: 'Ruiz argued that, however the vote goes, the tax is too high.',
    cue: 'argued',
    content: 'that, however the vote goes, the tax is too high',
  },
  {
    name: 'a cue inside a relative clause set off by commas: the content ends at its comma',
    text: 'Park, who said the deal was fair, later left the party.',
    cue: 'said',
    content: 'the deal was fair',
  },
  {
    name: 'the addressee ends before a subject pronoun that opens the content',
    text: 'Ruiz told reporters she would win the seat.',
    cue: 'told',
    content: 'she would win the seat',
  },
  {
    name: 'an aside between dashes stays inside the content',
    text: 'The senator said the plan — first proposed in May — had failed.',
    cue: 'said',
    content: 'the plan — first proposed in May — had failed',
  },
  {
    name: 'a list object goes on past an Oxford comma',
    text: 'The mayor blamed the storm, the budget, and the contractors for the delay.',
    cue: 'blamed',
    content: 'the storm, the budget, and the contractors for the delay',
  },
  {
    name: 'a contrast with "but not" stays inside the content',
    text: 'Ruiz said she disliked the plan, but not the people behind it.',
    cue: 'said',
    content: 'she disliked the plan, but not the people behind it',
  },
  {
    name: 'a new clause after ", but" still ends the content',
    text: 'Ruiz said she disliked the plan, but the council approved it anyway.',
    cue: 'said',
    content: 'she disliked the plan',
  },
  {
    name: '"according to" set off by commas inside the content splits it in two',
    text: 'The plan, according to two officials, would cost more than expected.',
    cue: 'according to',
    content: 'The plan … would cost more than expected',
  },
  {
    name: 'a relative clause after "according to" is not content',
    text: 'The plan would cost more than expected, according to two officials, who asked not to be named.',
    cue: 'according to',
    content: 'The plan would cost more than expected',
  },
  {
    name: 'a clause content ends at a comma before "where"',
    text: 'Ruiz said the plan worked well in Ohio, where she grew up.',
    cue: 'said',
    content: 'the plan worked well in Ohio',
  },
  {
    name: 'a clause content ends at a comma before "despite"',
    text: 'Ruiz said the plan worked well, despite the cost of the new roads.',
    cue: 'said',
    content: 'the plan worked well',
  },
  {
    name: 'a pronoun object ends before a circumstance',
    text: 'The governor defended him on Monday after the vote.',
    cue: 'defended',
    content: 'him',
  },
  {
    name: 'a noun object ends before the occasion of speaking',
    text: 'The senator praised the new bill in a statement on Friday.',
    cue: 'praised',
    content: 'the new bill',
  },
  {
    name: 'a quoted phrase ending a clause before its speaker takes the clause with it',
    text: 'Guns are “a public health crisis,” the senator said.',
    cue: 'said',
    content: 'Guns are “a public health crisis,”',
  },
  {
    name: 'a relative clause on a common noun stays in the content',
    text: 'Ruiz said the voters, who waited for hours, deserved better.',
    cue: 'said',
    content: 'the voters, who waited for hours, deserved better',
  },
  {
    name: 'a relative pronoun before the speaker is the content of a cue with nothing after it',
    text: 'The claim, which Park has denied, spread quickly.',
    cue: 'has denied',
    content: 'which',
  },
  {
    name: 'the complement of an agentless passive cue ends at a comma like an object',
    text: 'The mayor was declared the winner, ending a long count.',
    cue: 'was declared',
    content: 'The mayor … the winner',
  },
  {
    name: 'a single dash after the clause ends the content',
    text: 'The senator said the plan had failed - a claim the mayor rejects.',
    cue: 'said',
    content: 'the plan had failed',
  },
  {
    name: 'a double-hyphen aside stays inside the content',
    text: 'The senator said the plan -- first proposed in May -- had failed.',
    cue: 'said',
    content: 'the plan -- first proposed in May -- had failed',
  },
  {
    name: 'a quotation right after an unquoted content that ends its sentence continues it',
    text: 'The senator touted her record on jobs. “We need fair elections and we need them now.”',
    cue: 'touted',
    content: 'her record on jobs … “We need fair elections and we need them now.”',
  },
];

describe('content spans', () => {
  it('a leading adverbial phrase is no content before a postposed cue', () => {
    expect(contents('During the debate on Monday, Ruiz told reporters she would win.').map((c) => c.content)).not.toContain('During the debate on Monday');
  });
  it('a complement clause after an adjunct is no postposed frame', () => {
    expect(contents('In a statement, Smith said on Monday that the plan would fail.').map((c) => c.content)).not.toContain('In a statement');
  });
  for (const c of cases) {
    it(c.name, () => {
      expect(contents(c.text)).toContainEqual({ cue: c.cue, content: c.content });
    });
  }
});
