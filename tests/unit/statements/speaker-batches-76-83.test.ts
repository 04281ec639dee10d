// Statements on the phrasings of batches 76 to 83, held out in stop 33 and joined to the
// development keys in stop 34 (a police blotter, a steel merger, a tabloid feud, a planning
// objection, a results call, a Nigerian governor's feud, a budget live blog). Every sentence is
// written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('statements', () => {
  it('keeps what a refusal leaves unsaid with its infinitive', () => {
    expect(who('Ferry\n\nHarbour Lines declined to say when sailings would resume.'))
      .toEqual(['Harbour Lines | declined | to say when sailings would resume']);
    expect(who('Feud\n\nDwayne Roe declined to comment when contacted by this newspaper.'))
      .toEqual(['Dwayne Roe | declined | to comment when contacted by this newspaper']);
    expect(who('Offer\n\nThe club, Harbour Rovers, declined an interview request when approached.'))
      .toEqual(['Harbour Rovers | declined | an interview request']);
  });

  it('keeps a plan of the speaker\'s own, after "and he", inside what was said', () => {
    expect(who('Fire\n\nOwner Gary Lindholm, 67, said the barn was insured and he planned to rebuild by spring.'))
      .toEqual(['Gary Lindholm | said | the barn was insured and he planned to rebuild by spring']);
    expect(who('Roads\n\nMayor Ann Roe said the road would close, and she added that it would reopen in May.'))
      .toEqual(['Ann Roe | said | the road would close', 'Ann Roe | added | that it would reopen in May']);
  });
});

describe('speakers', () => {
  it('ties "the CFO" to the chief financial officer the article names', () => {
    expect(who('Results\n\nChief financial officer Dmitri Hallam presented the results. "We have not changed list pricing," the CFO said.'))
      .toEqual(['Dmitri Hallam | said | "We have not changed list pricing,"']);
  });

  it('reads Nigerian police ranks as titles', () => {
    expect(who('Security\n\nThe state police spokesperson, SP Funke Adebayo, confirmed that the command had reviewed the arrangements.'))
      .toEqual(['Funke Adebayo | confirmed | that the command had reviewed the arrangements']);
  });

  it('leaves a companion noun opening the sentence out of the name', () => {
    expect(who('Tour\n\nBandmate Lola Fairbanks, 30, said the three of them were closer than ever.'))
      .toEqual(['Lola Fairbanks | said | the three of them were closer than ever']);
  });

  it('gives "Secretary for A and B" to the family-name-first name after it', () => {
    expect(who('Fares\n\nSecretary for Transport and Logistics Lam Chi-wai told the chamber the scheme would cap fares. Lam said it would work.').map((s) => s.split(' | ')[0]))
      .toEqual(['Lam Chi-wai', 'Lam Chi-wai']);
    expect(who('Homes\n\nMinister for Housing and Estates Chua Wei Jie said prices would fall. Chua added that supply would rise.').map((s) => s.split(' | ')[0]))
      .toEqual(['Chua Wei Jie', 'Chua Wei Jie']);
    expect(who('Deal\n\nThe Minister of Finance and Barclays said they agreed.').map((s) => s.split(' | ')[0]))
      .toEqual(['Minister of Finance', 'Barclays']);
  });

  it('leaves a live blog\'s time zone out of the name after it', () => {
    const out = who('Budget day\n\n08.55 GMT The chancellor, Imogen Fairley, delivers her budget at noon.\n\n09.12 GMT Fairley says "I will freeze fuel duty".');
    expect(out.map((s) => s.split(' | ')[0])).toEqual(['Imogen Fairley']);
  });
});
