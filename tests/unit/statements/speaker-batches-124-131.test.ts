// Speakers on the phrasings of batches 124 to 131, held out and first scored in stop 36, then
// joined to the statement filter's rows (a Gulf traffic rule, an SCMP typhoon, a Bloomberg-style
// default, a Kenyan committee, a Korea Herald succession row). Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);
const what = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue} | ${s.content}`);
const actors = (text: string): string[] => run(text).actors.map((a) => `${a.type} ${a.name}`);

describe('names', () => {
  it('reads Brig, Maj and compound ranks without a full stop as titles, and "Col" before a surname as a given name', () => {
    const text = 'Fines\n\nBrigadier Khalid Saeed Al Hammadi said tailgating caused one crash in four.\n\n'
      + '"Keep your distance," Brig Al Hammadi said.\n\nMaj Al Hammadi added that radars would be checked.';
    expect(who(text)).toEqual(['Khalid Saeed Al Hammadi | said', 'Khalid Saeed Al Hammadi | said', 'Khalid Saeed Al Hammadi | added']);
    expect(who('Drought\n\nGrazier Col Dunstan said the subsidy barely covered one road train.')).toEqual(['Col Dunstan | said']);
  });

  it('joins "the Observatory" to the one body whose name ends with it', () => {
    const text = 'Typhoon\n\nThe Macau Observatory said it might raise the signal overnight.\n\nIn its 9pm bulletin, the Observatory said the signal would stay.';
    expect(who(text)).toEqual(['Macau Observatory | said', 'Macau Observatory | said']);
    expect(actors(text)).toContain('ORGANIZATION Macau Observatory');
  });
});

describe('unnamed sources and titles', () => {
  it('leaves "reached by telephone" and a "where" clause out of an unnamed source\'s name, and keeps where it is', () => {
    expect(who('Coup\n\nA senior party official reached by telephone said three ministers had been held.')).toEqual(['senior party official | said']);
    expect(who('Search\n\nVolunteers gathered at the Grange hall, where church groups serve soup, said they would keep looking.'))
      .toEqual(['Volunteers gathered at the Grange hall | said']);
  });

  it('gives "Minister for Agriculture Colm Farrelly" the person, a one-word body before a known given name', () => {
    expect(who('Cattle\n\nMinister for Agriculture Colm Farrelly said the department had prepared for the disease.')).toEqual(['Colm Farrelly | said']);
  });
});

describe('cues and content', () => {
  it('reads a bare cue word after a number or a determiner and before an auxiliary as a noun ("the No 3 signal was")', () => {
    expect(who('Storm\n\nForecasters said the No 3 signal was likely to stay up.')).toEqual(['Forecasters | said']);
  });

  it('ends the addressee at a place set off by commas before "that"', () => {
    expect(what('Debt\n\nThe minister told reporters in the capital, Ostrava, that the state would seek a deal.'))
      .toEqual(['minister | told | that the state would seek a deal']);
  });

  it('reads a page\'s "Published :" and "Last updated:" lines as labels', () => {
    expect(who('Fines\n\nPublished : Mar 11, 2025 - 16:02\n\nLast updated: Mar 11, 2025 - 18:27\n\nThe police said fines would double.')).toEqual(['police | said']);
  });
});

describe('robustness', () => {
  it('reads a headline opening the article with a colon quote ("Tarvel closes Orsdorf: \"…\"") without reading before the first token', () => {
    const text = 'Tarvel closes Orsdorf: "They have let us down"\n\nThe firm wants to shut its oldest plant.';
    expect(() => run(text)).not.toThrow();
    expect(who(text)).toContain('firm | wants');
  });
});
