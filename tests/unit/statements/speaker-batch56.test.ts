// Speakers on the phrasings the fifty-sixth and fifty-seventh batches of speaker keys showed (a
// bank fined by its regulator, a teachers' strike vote, a launch delay, a mayor's corruption
// trial, a ferry inquiry, frost in Sancerre, a lawsuit against a chatbot maker, hurricane
// shelters). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('bodies', () => {
  it('joins "Calder Rowe" to "Calder Rowe Bank" and reads "the regulator" as the authority, not the bank', () => {
    const text = 'Fine\n\nCalder Rowe Bank has been fined by the Financial Conduct Authority. The regulator said the lender had under-resourced its complaints teams. In a statement, Calder Rowe said it accepted the findings.';
    expect(who(text)).toEqual(['Financial Conduct Authority | said', 'Calder Rowe Bank | said']);
  });

  it('keeps "the Meteorological Service of Jamaica" whole and "Corvelle AI" a company', () => {
    expect(who('Storm\n\nAccording to the Meteorological Service of Jamaica, the storm was moving west.')).toEqual(['Meteorological Service of Jamaica | According to']);
    expect(run('Suit\n\nA board member has sued the startup Corvelle AI over its chatbot.').actors.find((a) => a.name === 'Corvelle AI')?.type).toBe('ORGANIZATION');
  });
});

describe('people', () => {
  it('reads a lede\'s "a federal prosecutor told jurors" as the Assistant U.S. Attorney named next, not the defense attorney', () => {
    const text = 'Trial opens\n\nThe former mayor took bribes, a federal prosecutor told jurors Tuesday.\n\n"This case is about greed," Assistant U.S. Attorney Melissa Graybill said.\n\nDefense attorney Leonard Baptiste told jurors the case rested on one witness.';
    expect(who(text)).toEqual(['Melissa Graybill | told', 'Melissa Graybill | said', 'Leonard Baptiste | told']);
  });

  it('strips "Commodore" and reads "the mother of two" as the woman just reported', () => {
    expect(who('Ferry\n\nPCG spokesperson Commodore Arnel Tabuena said the master had been cleared to sail.')).toEqual(['Arnel Tabuena | said']);
    expect(who('Ferry\n\nSurvivor Jennalyn Cabrera, 31, said passengers had been made to sit on deck.\n\n"The crew were shouting," the mother of two said.')).toEqual(['Jennalyn Cabrera | said', 'Jennalyn Cabrera | said']);
  });
});

describe('documents and their contents', () => {
  it('reads "It further alleges" as the lawsuit, and "that Corvelle\'s chatbot, Tessa, told …" keeps its appositive and gives Tessa\'s report to Tessa', () => {
    const text = 'Suit\n\nThe lawsuit alleges that Corvelle’s chatbot, Tessa, told three people that she had pleaded guilty. It further alleges that Corvelle was warned in February.';
    const out = said(text);
    expect(out.map((s) => `${s.speaker} | ${s.cue}`)).toEqual(['lawsuit | alleges', 'Tessa | told', 'lawsuit | further alleges']);
    expect(out[0].content.startsWith('that Corvelle’s chatbot, Tessa, told')).toBe(true);
  });

  it('reads a text quoted in single marks (‘…’) as quoted', () => {
    const text = 'Frost\n\nGrowers are counting the cost.\n\n‘We lit candles from two in the morning,’ says Thibault Renaudin, who farms near Bué. ‘By sunrise the buds were black.’';
    const [s] = said(text);
    expect(`${s.speaker} | ${s.cue}`).toBe('Thibault Renaudin | says');
    expect(s.direct).toBe(true);
    expect(s.content.startsWith('‘We lit candles')).toBe(true);
  });

  it('skips "(AP) —" opening a sentence after "HARRISBURG, Pa."', () => {
    const [s] = said('Trial\n\nHARRISBURG, Pa. (AP) — The mayor took bribes, a federal prosecutor told jurors.');
    expect(s.content).toBe('The mayor took bribes');
  });

  it('keeps "to comment on that report" whole and "told jurors" out of the content', () => {
    expect(said('Fine\n\nThe regulator declined to comment on that report.')[0].content).toBe('to comment on that report');
    expect(said('Trial\n\nBaptiste told jurors the government’s case rested on one witness.')[0].content).toBe('the government’s case rested on one witness');
  });
});
