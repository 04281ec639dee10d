// Speakers on the phrasings the fifty-third and fifty-fourth batches of speaker keys showed (a Fed
// press conference, Scottish waiting times, a football manager sacked, a Nepal quake, a streaming
// price rise, a pipeline protest, German coalition talks, a museum theft). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('who a description stands for', () => {
  it('reads "the Fed chair" as the one person titled Chair', () => {
    const text = 'Fed\n\nThe Federal Reserve raised rates, and Chair Eleanor Whitcombe said officials were ready to do more.\n\nPressed on a recession, the Fed chair said the labor market remained resilient.';
    expect(who(text)).toEqual(['Eleanor Whitcombe | said', 'Eleanor Whitcombe | said']);
  });

  it('reads "the Tory MSP" as the legislator just reported and "the grandmother" as the woman just reported', () => {
    expect(who('Waits\n\nScottish Conservative health spokesman Douglas Rennie accused the government of presiding over a crisis.\n\n"Patients are left on trolleys," the Tory MSP said.'))
      .toEqual(['Douglas Rennie | accused', 'Douglas Rennie | said']);
    expect(who('Quake\n\nIn Chiuri, Kamala Budha, 58, said she had pulled her grandson from the rubble.\n\n"We have nothing left," the grandmother said.'))
      .toEqual(['Kamala Budha | said', 'Kamala Budha | said']);
  });

  it('splits "Mrs Cowie and her daughter" and finds the daughter named before', () => {
    const text = 'Waits\n\nMargaret Cowie, 81, spent 19 hours on a trolley.\n\nHer daughter, Lorna Fraser, 52, said: "Nobody could tell us when she would get a bed."\n\nMrs Cowie and her daughter said they had written to complain.';
    expect(who(text)).toEqual(['Lorna Fraser | said', 'Margaret Cowie | said', 'Lorna Fraser | said']);
  });

  it('reads "the force denied" as the police force', () => {
    expect(who('Protest\n\nThe RCMP said in a statement that 14 people were arrested. The force denied that officers had used excessive force.'))
      .toEqual(['RCMP | said in a statement', 'RCMP | denied']);
  });
});

describe('names', () => {
  it('reads "Castlebridge Town have sacked" in sports copy as the club', () => {
    const text = 'Castlebridge Town sack manager\n\nCastlebridge Town have sacked manager Gary Pellow after eight league games without a win and a slide towards relegation. The squad lost again on Saturday and the goals have dried up.\n\n"The board would like to thank Gary," the club said in a statement.';
    expect(who(text)).toEqual(['Castlebridge Town | said in a statement']);
  });

  it('keeps "Victoria" of a British Columbia story a place, not the Seychelles', () => {
    const x = run('Protest\n\nPremier Janet Ferris told reporters in Victoria that the order had to be respected.');
    expect(x.actors.find((a) => a.name === 'Victoria')?.type).toBe('PLACE');
    expect(x.actors.some((a) => a.name === 'Seychelles')).toBe(false);
  });
});

describe('cues and contents', () => {
  it('reads "said at least 40 villages" as a content opening with "at least"', () => {
    const [s] = said('Quake\n\nKhadka said at least 40 villages remained cut off and that helicopters were ferrying the injured.');
    expect(s.cue).toBe('said');
    expect(s.content.startsWith('at least 40 villages')).toBe(true);
  });

  it('ends a restrictive relative\'s content at the main verb, and "to be named" is no cue', () => {
    expect(who('Quake\n\nA Home Ministry official who asked not to be named said the toll was likely to rise.')).toEqual(['Home Ministry official | said']);
  });

  it('takes the whole "A report published last week by X, a research firm," as the source of "found"', () => {
    expect(who('Streaming\n\nA report published last week by Halloway Insights, a media research firm, found that 38 percent of subscribers had cancelled a service.'))
      .toEqual(['Halloway Insights | found']);
  });
});
