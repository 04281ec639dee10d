// Interview transcripts (the twenty-fifth batch of speaker keys had a radio interview): turns
// headed "NAME:" in capitals are statements of the person the label names, over the paragraph
// and any unlabelled paragraph before the next turn; "he" inside a turn is neither interlocutor;
// a question ("Do you think …?") reports no one's belief. Every text is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const INTERVIEW = [
  'Port strike: the interview',
  'The harbour commissioner, Nina Vasquez, spoke to Breakfast Hour presenter Colm Daly on Friday. This is an edited transcript.',
  'DALY: Commissioner, the cranes have stood still for a week. When does it end?',
  'VASQUEZ: When both sides come back to the table. I think they will by Monday.',
  'Nobody gains from a long stoppage.',
  '(BREAK)',
  'DALY: Do you think the dockers will accept the offer?',
  'VASQUEZ: Their union leader, Owen Pryce, told me he would put it to a vote. He said the mood was better.',
  'Later on Friday, Pryce said no vote had been called.',
].join('\n\n');

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content.slice(0, 30)}`);

describe('transcript turns', () => {
  it('credits each turn to the person its label names, over the paragraphs up to the next turn', () => {
    const turns = said(INTERVIEW).filter((s) => s.cue === ':');
    expect(turns.map((s) => s.speaker)).toEqual(['Colm Daly', 'Nina Vasquez', 'Colm Daly', 'Nina Vasquez']);
    expect(turns[1].content).toBe('When both sides come back to the table. I think they will by Monday. … Nobody gains from a long stoppage.');
    expect(turns[1].direct).toBe(true);
    // The stage direction ends the turn; the last turn keeps to its own paragraph.
    expect(turns[3].content).toBe('Their union leader, Owen Pryce, told me he would put it to a vote. He said the mood was better.');
  });

  it('reads the reports inside a turn, "I" as the turn\'s speaker and "he" as someone else than the two speaking', () => {
    expect(who(INTERVIEW)).toEqual(expect.arrayContaining([
      'Nina Vasquez | think | they will by Monday',
      'Owen Pryce | told | he would put it to a vote',
      'Owen Pryce | said | the mood was better',
      'Owen Pryce | said | no vote had been called',
    ]));
  });

  it('makes no belief of a question', () => {
    expect(said(INTERVIEW).filter((s) => s.cue === 'think').map((s) => s.speaker)).toEqual(['Nina Vasquez']);
  });

  it('takes the name before a role in the label ("SAM ORTIZ, HOST:")', () => {
    const text = [
      'Morning show',
      'SAM ORTIZ, HOST: Fuel prices are up again this week.',
      'LENA MARSH, ECONOMIST: They will fall by summer, in my view.',
      'ORTIZ: Why?',
      'MARSH: Because demand is weak.',
    ].join('\n\n');
    expect(said(text).filter((s) => s.cue === ':').map((s) => s.speaker)).toEqual(['Sam Ortiz', 'Lena Marsh', 'Sam Ortiz', 'Lena Marsh'].map((n) => expect.stringMatching(new RegExp(n, 'i'))));
  });

  it('reads no turn into a lone dateline or a label heading one paragraph', () => {
    const text = [
      'Harbour deal',
      'HAVENPORT: The harbour commissioner, Nina Vasquez, said the strike was over.',
      'UPDATE: Dockers returned to work on Saturday.',
    ].join('\n\n');
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['Nina Vasquez | said']);
  });
});

describe('printed interviews ("Q:" and "A:")', () => {
  const QA = [
    'The port commissioner on the strike',
    'Nina Vasquez has run the harbour board since 2019. She spoke to the Coast Courier about the stoppage. The interview has been edited.',
    'Q: The cranes have stood still for a week. When does it end?',
    'A: When both sides come back to the table. I think they will by Monday.',
    'Q: Your deputy, Ian Roe, said the offer was final. Is it?',
    'A: Nothing is final until it is signed.',
    'Roe said on Sunday that he had been misquoted.',
  ].join('\n\n');

  it('credits answers to the person interviewed and questions to the outlet that asks', () => {
    const turns = said(QA).filter((s) => s.cue === ':');
    expect(turns.map((s) => `${s.speaker} | ${s.content.slice(0, 20)}`)).toEqual([
      'Coast Courier | The cranes have stoo',
      'Nina Vasquez | When both sides come',
      'Coast Courier | Your deputy, Ian Roe',
      'Nina Vasquez | Nothing is final unt',
    ]);
  });

  it('reads the reports inside questions and answers', () => {
    expect(who(QA)).toEqual(expect.arrayContaining([
      'Nina Vasquez | think | they will by Monday',
      'Ian Roe | said | the offer was final',
      'Ian Roe | said | that he had been misquoted',
    ]));
  });

  it('reads no interview into a lone "A:" or "Q:"', () => {
    const text = ['Harbour deal', 'A: The strike is over, Nina Vasquez said.'].join('\n\n');
    expect(said(text).map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['Nina Vasquez | said']);
  });
});
