// Speakers on the phrasings the forty-seventh and forty-eighth batches of speaker keys showed
// (a bushfire briefing, chip export curbs, a tabloid strike story, an opera house, a Kenyan
// election petition, a quarterback's injury, a hospital ransomware attack, village flood
// defences). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('names of bodies and people', () => {
  it('keeps "Ministry of Economy, Trade and Industry" and "Department of Health and Social Care" whole, and a postposed source takes the whole name', () => {
    expect(who('Curbs\n\nJapan will require licences from March, the Ministry of Economy, Trade and Industry said on Tuesday.')).toEqual(['Ministry of Economy, Trade and Industry | said']);
    expect(who('Strike\n\nThe Department of Health and Social Care said in a statement that talks would resume.')).toEqual(['Department of Health and Social Care | said in a statement']);
  });

  it('still splits "the Ministry of Defence, Britain and France"', () => {
    expect(who('Talks\n\nThe Bank of England and Barclays said the rules were clear.')).toEqual(['Bank of England | said', 'Barclays | said']);
  });

  it('reads "NHS England" as a body, not the country', () => {
    expect(who('Strike\n\nAccording to NHS England, more than a million appointments were moved.')).toEqual(['NHS England | According to']);
  });

  it('keeps "Takumi Oda of Meridian Capital Research" a person of that firm', () => {
    expect(who('Curbs\n\nTakumi Oda of Meridian Capital Research was more sanguine, arguing in a note that most tools were covered.')).toEqual(['Takumi Oda | arguing in']);
  });

  it('types "Tomasz Brenner, a senior researcher at the firm" a person and joins "Brenner" to him', () => {
    const text = 'Attack\n\nHalvorsen Labs said in a blog post that the gang was new.\n\n"They hit hospitals on a Friday night," wrote Tomasz Brenner, a senior researcher at the firm.\n\nBrenner warned that the group begins publishing data within 10 days.';
    expect(who(text)).toEqual(['Halvorsen Labs | said in', 'Tomasz Brenner | wrote', 'Tomasz Brenner | warned']);
  });

  it('drops "Gran" before a name, so "she" after it finds her', () => {
    const text = 'Strike\n\nHealth Secretary Victoria Pryce is expected to make a statement on Monday.\n\nGran Janet Hurley, 62, from Stockport, has had her operation cancelled twice.\n\nShe said: "I am in agony every single day."';
    expect(who(text)).toEqual(['Janet Hurley | said']);
  });

  it('reads "The NightCrane ransomware group" as NightCrane', () => {
    const text = 'Attack\n\nHospitals were hit by NightCrane on Sunday. The NightCrane ransomware group said it had stolen patient records.';
    expect(who(text)).toEqual(['NightCrane | said']);
  });
});

describe('descriptions and joint speakers', () => {
  it('splits "Left tackle Marcus Bell and center Trey Lindqvist", not "Co-founder and chief executive Priya Raman"', () => {
    expect(who('Injury\n\nLeft tackle Marcus Bell and center Trey Lindqvist both said they had spoken to him.')).toEqual(['Marcus Bell | said', 'Trey Lindqvist | said']);
    expect(who('Funding\n\nCo-founder and chief executive Priya Raman told TechDaily the money would pay for a factory.')).toEqual(['Priya Raman | told']);
  });

  it('reads "the CJ" as the Chief Justice and "the 58-year-old coach" as the coach', () => {
    expect(who('Petition\n\nChief Justice Margaret Odera adjourned the hearing.\n\n“This court will not be rushed,” the CJ said.')).toEqual(['Margaret Odera | said']);
    expect(who('Injury\n\nCoach Rick Vandermeer was asked about the starter. The 58-year-old coach said only that "Jalen has been preparing all year."')).toEqual(['Rick Vandermeer | said only']);
  });

  it('credits "the agency\'s own figures" to the agency named before', () => {
    expect(who('Flood\n\nThe Environment Agency delayed the scheme. According to the agency’s own figures, 84 homes are at risk.')).toEqual(['Environment Agency | According to']);
  });

  it('finds the registrar of "He said the Supreme Court registrar, Ms Esther Wanjala, had confirmed …"', () => {
    const text = 'Petition\n\nCommission chairman Daniel Rono denied that any results had been altered.\n\nHe said the Supreme Court registrar, Ms Esther Wanjala, had confirmed in her report that the scrutiny was completed on schedule.';
    expect(who(text)).toContain('Esther Wanjala | had confirmed in');
  });
});

describe('what is no statement', () => {
  it('leaves out "added St. Aldric to its leak site"', () => {
    expect(who('Attack\n\nThe gang added St. Aldric to its leak site late Sunday.')).toEqual([]);
  });
});
