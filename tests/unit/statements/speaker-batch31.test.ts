// Speakers on the phrasings the thirty-first batch of speaker keys showed (an album review, a
// banking app outage, a border clash, a storm warning): a coined name with a capital inside is an
// organisation, "sounded" reports only with its object, a message posted on an organisation's
// page is its statement, a count before "users" is a count and not a comparison,
// and a headline's "Amber warning" is a noun. Every sentence is written for the project.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const who = (text: string): string[] => said(text).map((s) => `${s.speaker} | ${s.cue}`);

describe('names', () => {
  it('reads "ScotRail" and "CalMac" as organisations, not "McCain"', () => {
    const types = new Map(run('FerryLink said sailings were cancelled. CalMac warned of delays. McCain said no.').actors.map((a) => [a.name, a.type]));
    expect(types.get('FerryLink')).toBe('ORGANIZATION');
    expect(types.get('CalMac')).toBe('ORGANIZATION');
    expect(types.get('McCain')).toBe('PERSON');
    expect(who('FerryLink said sailings were cancelled.')).toEqual(['FerryLink | said']);
  });
});

describe('cues', () => {
  it('reads "sounded" only with its object', () => {
    expect(who('Ivo Marsh has never sounded so sure of himself. Ada Lind sounded the alarm over the budget.')).toEqual(['Ada Lind | sounded']);
  });

  it('makes no report of a gerund right after the word opening a headline', () => {
    expect(said('Police warning over phone scam\n\nDet Sgt Ola Brekke said the callers posed as bank staff.').map((s) => s.speaker)).toEqual(['Ola Brekke']);
  });
});

describe('speakers', () => {
  it('credits a message posted on an organisation\'s page to the organisation', () => {
    const text = 'Customers of Harbour Bank could not pay for hours. A message on the bank\'s status page read: "We\'re sorry. Our engineers are working on it."';
    expect(who(text)).toEqual(['Harbour Bank | read']);
  });

  it('reads "More than 40,000 users reported" as a count of users, named without the count', () => {
    expect(who('More than 40,000 users reported problems on the site. Sales were £3bn more than Hart predicted.')).toEqual(['users | reported']);
  });
});
