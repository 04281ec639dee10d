// Speakers on the phrasings the twenty-ninth batch of speaker keys showed (an Indian city desk, a
// Nigerian state story, an Irish parliamentary exchange, a US criminal complaint): Indian English
// cues ("opined", "averred"), West African forms of address ("Alhaji", "Engr.", "Hon."), an office
// "of" a place before its holder's name, Irish titles and parties, and a report relayed by
// "according to" a document. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('Indian English reporting verbs', () => {
  it('reads "opined" and "averred" as cues, each its own statement', () => {
    expect(who('Councillor R. Priya opined that the drains were blocked and averred that the contractor had been paid twice.'))
      .toEqual(['R. Priya | opined', 'R. Priya | averred']);
  });
});

describe('an office of a place, then its holder', () => {
  it('gives the holder the office, so "the governor" later is that person', () => {
    const text = 'The Governor of Ondo State, Alhaji Sani Garba, visited the site. The governor, who spoke through his Chief Press Secretary, Mr. Femi Ola, said the contractor would pay.';
    expect(who(text)).toEqual(['Sani Garba | said']);
    const x = run(text);
    expect(x.actors.map((a) => a.name)).not.toContain('of Ondo State');
    expect(x.actors.find((a) => a.name === 'Sani Garba')?.roles.map((r) => r.title)).toEqual(['Governor of Ondo State']);
  });

  it('reads a jurisdiction word before a title as the same office ("State Governor" is "the governor")', () => {
    expect(who('Ondo State Governor Sani Garba said the bridge would reopen. The governor later said it would take a year.')).toEqual(['Sani Garba | said', 'Sani Garba | later said']);
  });

  it('reads "Engr." and "Hon." as forms of address, not names', () => {
    const x = run('The Commissioner for Works, Engr. Bola Ade, disclosed that the bridge was sound. Hon. Musa Idris lamented the delay.');
    expect(x.actors.filter((a) => a.type === 'PERSON').map((a) => a.name).sort()).toEqual(['Bola Ade', 'Musa Idris']);
  });
});

describe('Irish politics', () => {
  it('reads "the Taoiseach" as the person given the title, and Sinn Féin as an organisation', () => {
    const text = 'Taoiseach rejects housing claims\n\nThe Taoiseach has rejected claims that the plan failed. Sinn Féin leader Mary Dolan said rents had doubled. The Taoiseach, Ciarán Hogan, replied that supply was turning.';
    expect(who(text)).toEqual(expect.arrayContaining(['Ciarán Hogan | has rejected', 'Mary Dolan | said', 'Ciarán Hogan | replied']));
    expect(run(text).actors.find((a) => a.name === 'Sinn Féin')?.type).toBe('ORGANIZATION');
  });
});

describe('"according to" a document', () => {
  it('relays the report it holds rather than making a second statement', () => {
    const s = said('Leon Hart told officers he had lit a small fire to keep warm, according to a criminal complaint filed on Monday.');
    expect(s.map((x) => `${x.speaker} | ${x.cue} | ${x.reportedBy}`)).toEqual(['Leon Hart | told | criminal complaint filed']);
  });
});
