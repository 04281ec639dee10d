// Speakers on the phrasings the thirty-seventh batch of speaker keys showed (a congressional
// hearing, a football match report, a health study from a press release, a foreign-desk story
// built on state media). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('names with particles', () => {
  it('joins "Joost van der Berg", "Van der Berg" and "the Dutchman"', () => {
    const text = 'Rovers manager Joost van der Berg praised his side. "They kept running," Van der Berg told BBC Sport. The Dutchman admitted the first half was poor.';
    expect(who(text)).toEqual(['Joost van der Berg | praised', 'Joost van der Berg | told', 'Joost van der Berg | admitted']);
  });
});

describe('titles and descriptions', () => {
  it('reads "the senator" as the holder of "Sen."', () => {
    expect(who('Sen. Lorraine Becker (D-Mich.) returned to the point. "Did anyone tell the department?" the senator pressed.')).toEqual(['Lorraine Becker | pressed']);
  });

  it('ties a lede\'s "The chief executive of X" to the person the next paragraph names first', () => {
    const text = 'Drone delays\n\nThe chief executive of Skyreach Systems testified Tuesday that software failures caused the delays.\n\n"That is on me," Marcus Hale told lawmakers.';
    expect(who(text)).toEqual(['Marcus Hale | testified', 'Marcus Hale | told']);
  });

  it('keeps the unnamed source when the next paragraph names someone with a title of their own', () => {
    const text = 'Drone delays\n\nThe chief executive of Skyreach Systems testified Tuesday that software failures caused the delays.\n\nCommittee chair Glenn Ostrander said the panel would act.';
    expect(who(text)).toEqual(['chief executive of Skyreach Systems | testified', 'Glenn Ostrander | said']);
  });

  it('takes "The diplomat" for "A European diplomat in Beijing"', () => {
    expect(who('A European diplomat in Beijing, speaking on condition of anonymity, said governments were watching. The diplomat added that talks would resume.'))
      .toEqual(['European diplomat in Beijing | said', 'European diplomat in Beijing | added']);
  });

  it('reads "An NHS nurse, who asked not to be named, said simple, free advice …" with the nurse as speaker', () => {
    expect(said('An NHS memory clinic nurse, who asked not to be named, said simple, free advice such as walking was what her patients needed.').map((s) => `${s.speaker} | ${s.content}`))
      .toEqual(['NHS memory clinic nurse | simple, free advice such as walking was what her patients needed']);
  });

  it('keeps "more than 40,000" in "a study of more than 40,000 people has found"', () => {
    expect(who('Adults who walk are less likely to develop dementia, a study of more than 40,000 people has found.')).toEqual(['study of more than 40,000 people | has found']);
  });
});

describe('questions and relays', () => {
  it('makes no statement of a report asked about ("asked whether the company had warned …")', () => {
    expect(who('Rep. Dana Whitfield asked whether the company had warned federal officials about the delays.')).toEqual(['Dana Whitfield | asked']);
  });

  it('reads "According to Xinhua, the envoy, Wang Deming, told …" as the envoy\'s statement relayed by Xinhua', () => {
    const x = said('According to Xinhua, the envoy, Wang Deming, told his hosts that China was ready to help.');
    expect(x.map((s) => `${s.speaker} | ${s.cue} | ${s.reportedBy}`)).toEqual(['Wang Deming | told | Xinhua']);
  });
});

describe('the actor layer', () => {
  it('types no organisation for "der Berg" after a quotation', () => {
    const x = run('Joost van der Berg praised his side. "They kept running," Van der Berg told BBC Sport.');
    expect(x.actors.filter((a) => /Berg/.test(a.name)).map((a) => `${a.name}:${a.type}`)).toEqual(['Joost van der Berg:PERSON']);
  });
});

describe('magazines and sites as outlets', () => {
  it('types "Rolling Stone", "Variety" and "The Verge" as media', () => {
    const x = run('Nadia Vale told Rolling Stone she was happy. Lee Park told Variety the film was done. Kim Ode told The Verge the phone was late.');
    expect(x.actors.filter((a) => a.type === 'MEDIA').map((a) => a.name)).toEqual(['Rolling Stone', 'Variety', 'The Verge']);
  });
});
