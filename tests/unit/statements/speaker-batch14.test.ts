// Speaker resolution on the phrasings the fourteenth batch of speaker keys showed (a coroner's
// inquest, a US sheriff's office report, a data breach): "Sheriff" and "Neighbor" as titles, a
// sheriff's office as one name, "told reporters no one was injured", a coroner in the lede, and
// the reason a source stays unnamed. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const rows = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);

describe('US local news', () => {
  it('reads "Sheriff Dale Hatcher" and "Neighbor Carol Jenks" as titled people, and "no one was injured" as the content after "told reporters"', () => {
    expect(rows('Sheriff Dale Hatcher told reporters no one was injured. Neighbor Carol Jenks told KXLT-TV she had been afraid. "You just don\'t expect this," she said.')).toEqual([
      'Dale Hatcher | told | no one was injured',
      'Carol Jenks | told | she had been afraid',
      'Carol Jenks | said | "You just don\'t expect this,"',
    ]);
  });

  it('reads "the Marlow County Sheriff\'s Office" as one organisation that "the sheriff\'s office" finds, but not "Donald Trump\'s Office"', () => {
    const text = "A man was arrested, according to the Marlow County Sheriff's Office. Deputies were called after reports of gunshots, the sheriff's office said.";
    expect(said(text).map((s) => s.speaker)).toEqual(["Marlow County Sheriff's Office", "Marlow County Sheriff's Office"]);
    // A person's office is an unnamed body of that person's, not an organisation's name.
    expect(run("Donald Trump's Office said more.").actors.find((a) => a.name === "Donald Trump's Office")?.type).not.toBe('ORGANIZATION');
  });
});

describe('UK court copy', () => {
  it('gives "a coroner has concluded" in the lede to the one coroner the article names', () => {
    const text = 'Death was avoidable, coroner finds\n\nA cyclist could have survived if a lane had been finished, a coroner has concluded.\n\nSenior coroner Helen Marr said the delay contributed to the death.';
    expect(said(text).map((s) => s.speaker)).toEqual(['Helen Marr', 'Helen Marr']);
  });
});

describe('no statement', () => {
  it('reads "because they were not authorised to discuss it" as the reason for anonymity, not a refusal', () => {
    expect(said('A person familiar with the case, who spoke on condition of anonymity because they were not authorised to discuss it, said the password was stolen.').map((s) => s.cue)).toEqual(['said']);
  });
});
