// Speakers on the phrasings the thirty-sixth batch of speaker keys showed (a tabloid story told by
// insiders, a local police story with ranks, a business story built on leaked documents, a markets
// story with an analysts' note), and the known failures of earlier batches fixed with them. Every
// sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('a speaker before "said:"', () => {
  it('is no section label ("The mayor said: “…”")', () => {
    expect(who('The mayor said: "We have done all we can."')).toEqual(['mayor | said']);
    expect(who('A spokesperson for the singer said: "They have separated."')).toEqual(['spokesperson for the singer | said']);
  });

  it('keeps a briefing label before a question word ("What they\'re saying: …")', () => {
    expect(said('Why it matters: The plan would cut bills, the minister said.').map((s) => s.content)).toEqual(['The plan would cut bills']);
  });
});

describe('"per" as the wire\'s "according to"', () => {
  it('credits the outlet of "per a Bloomberg report"', () => {
    expect(said('Two customers have paused orders, per a Bloomberg report published after the close.').map((s) => `${s.speaker} | ${s.cue} | ${s.content}`))
      .toEqual(['Bloomberg | per | Two customers have paused orders']);
  });

  it('is no cue in "$5 per share" or "3 per cent"', () => {
    expect(said('The stock paid $5 per share, up 3 per cent on the year.')).toEqual([]);
  });
});

describe('"according to" with a clause tacked on after it', () => {
  it('keeps both reports ("…, according to a source, after executives argued that …")', () => {
    expect(who('That did not happen until May, according to a person with direct knowledge of the talks, after executives argued that the cost should be checked.'))
      .toEqual(['person with direct knowledge of the talks | according to', 'executives | argued']);
  });
});

describe('unnamed sources', () => {
  it('reads "Pals" and "an onlooker" as sources', () => {
    expect(who('Danny moved out last week. Pals say the footballer never grew up. One onlooker said the car was speeding.')).toEqual(['Pals | say', 'onlooker | said']);
  });

  it('takes "the memo" and "the spokesman" for the unnamed source named before', () => {
    expect(who('A memo sent to staff warned that costs were rising. The memo recommended that hiring stop.')).toEqual(['memo sent to staff | warned', 'memo sent to staff | recommended']);
    expect(who('A spokesman for the firm said costs rose. The spokesman added that jobs would go.')).toEqual(['spokesman for the firm | said', 'spokesman for the firm | added']);
  });

  it('drops a month after "in" from the name ("a memo circulated to the board in April")', () => {
    expect(who('A memo circulated to the board in April warned that costs were rising.')).toEqual(['memo circulated to the board | warned']);
  });

  it('reads "internal documents show," set off inside the sentence', () => {
    expect(said('By then, internal documents show, more than 300 accounts had been overbilled.').map((s) => `${s.speaker} | ${s.content}`))
      .toEqual(['internal documents | By then … more than 300 accounts had been overbilled']);
  });
});

describe('what is no statement', () => {
  it('leaves out "did not mention" and "never mentioned"', () => {
    expect(who('Lena Ford told investors the unit was strong. She did not mention the fault. Kim Lee never mentioned the losses.')).toEqual(['Lena Ford | told']);
  });

  it('reads "had pushed orders into next year" as no demand, "pushed for a vote" as one', () => {
    expect(who('Ruth Hale said two customers had pushed orders into next year. Unions pushed for a vote.')).toEqual(['Ruth Hale | said', 'Unions | pushed for']);
  });
});

describe('a pronoun after a quotation of two sentences', () => {
  it('goes to the unnamed speaker of the report before the quotation', () => {
    const text = 'Crash\n\nDet Insp Jane Harlow said officers were called.\n\nA witness, who did not want to be named, said she had seen three men.\n\n"It all happened in seconds. There was blood," she told the Courier.';
    expect(who(text)).toEqual(['Jane Harlow | said', 'witness | said', 'witness | told']);
  });
});

describe('places and organisations', () => {
  it('reads "Bank Street" as a street and "Victoria ward" as a ward, not the Seychelles', () => {
    const x = run('Cllr Priya Mehta, who represents Victoria ward, said police were called to Bank Street.');
    expect(x.actors.map((a) => `${a.name}:${a.type}`)).toEqual(expect.arrayContaining(['Victoria:PLACE', 'Bank Street:PLACE']));
    expect(x.actors.some((a) => a.type === 'COUNTRY')).toBe(false);
  });

  it('drops a wire slug from the headline and joins "Carmaker Veltro" to "Veltro"', () => {
    const x = run('EXCLUSIVE-Carmaker Veltro weighs sale of battery unit, sources say\n\nItalian carmaker Veltro is exploring a sale, people familiar with the matter told Reuters.\n\nVeltro declined to comment.');
    expect(x.actors.filter((a) => a.type === 'ORGANIZATION').map((a) => a.name)).toEqual(['Veltro']);
  });
});

describe('those told are no speakers', () => {
  it('reads a headline\'s "Villagers told homes will be lost" and "Residents told to leave" as passives', () => {
    expect(who('Villagers told homes will be lost to the sea\n\nThe Environment Agency said the cliff was failing.')).toEqual(['Environment Agency | said']);
    expect(who('Residents told to leave as river rises, council says\n\nFloods hit the town on Monday.')).toEqual(['council | says']);
  });

  it('makes no unnamed source of "Residents of Eastcliff have been told"', () => {
    const x = run('Residents of Eastcliff have been told their homes will be lost, the Environment Agency said. Officials at the agency have said the wall is failing.');
    expect(x.actors.filter((a) => a.type === 'ANONYMOUS').map((a) => a.name)).toEqual(['Officials at the agency']);
  });
});
