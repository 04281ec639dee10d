// Speakers on the phrasings the fortieth batch of speaker keys showed (a US sheriff's news release,
// a tech company's layoffs, a Brussels briefing, a doping ban). Every sentence is written for the
// project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('unnamed sources', () => {
  it('reads "who asked that her name not be used" as no report and keeps "she said" with the neighbor', () => {
    const text = 'Sgt. Marcus Delaney said no one was hurt. A neighbor who asked that her name not be used said she heard glass shatter and then saw a man run. "I have lived here 20 years," she said.';
    expect(who(text)).toEqual(['Marcus Delaney | said', 'neighbor | said', 'neighbor | said']);
  });

  it('takes "The Commission spokesperson" for "a European Commission spokesperson"', () => {
    expect(who('"We are not abandoning it," a European Commission spokesperson told reporters. The Commission spokesperson declined to say more.'))
      .toEqual(['European Commission spokesperson | told', 'European Commission spokesperson | declined']);
  });

  it('keeps a person after "close to" out of the speaker, and "a spokesman for Mayor Jo Park" the spokesman\'s', () => {
    expect(who("Lukas Brenner was banned. A person close to Brenner's training group said he had trained alone. A spokesman for Mayor Jo Park said no."))
      .toEqual(["person close to Brenner's training group | said", 'spokesman for Mayor Jo Park | said']);
  });

  it('names the speaker after an owner and a description ("Reeves\' attorney, Alan Brightwater,")', () => {
    expect(who("Dustin Reeves was charged. Reeves' attorney, Alan Brightwater, did not return a call seeking comment.")).toEqual(['Alan Brightwater | did not return']);
  });
});

describe('people and companies', () => {
  it('reads "the athlete wrote" after a quotation as the athlete just reported', () => {
    expect(who('Lukas Brenner wrote on Instagram that he was devastated. "I never took a banned substance," the athlete wrote.')).toEqual(['Lukas Brenner | wrote on', 'Lukas Brenner | wrote']);
  });

  it('types every mention of a name the article calls "the workplace software maker" as a company', () => {
    const x = run('Corvane, the workplace software maker, will cut 1,200 jobs. Corvane said sales fell. Shares of Corvane rose.');
    expect(x.actors.filter((a) => a.name === 'Corvane').map((a) => a.type)).toEqual(['ORGANIZATION']);
  });
});

describe('headlines', () => {
  it('reads "Millbrook man charged in break-in" as no statement of the man', () => {
    expect(who('Millbrook man charged in hardware store break-in\n\nA man was arrested on Tuesday, police said.')).toEqual(['police | said']);
  });
});
