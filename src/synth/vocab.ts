// Vocabulary of the synthetic news generator: name parts, offices, organisations, countries,
// outlets, reporting verbs and topics. Written for whosaid; no sentence is taken from a corpus.

import type { StatementKind } from '../extract/types.js';

export const FIRST_NAMES = [
  'Anna', 'Boris', 'Carla', 'Daniel', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luis',
  'Marta', 'Nikolai', 'Olivia', 'Pavel', 'Rosa', 'Samuel', 'Tara', 'Viktor', 'Wendy', 'Yusuf', 'Zofia',
  'Adrian', 'Beatrice', 'Cedric', 'Diana', 'Emil', 'Fatima', 'Gordon', 'Helena', 'Ivan', 'Julia', 'Kenji',
  'Laura', 'Mateo', 'Nadia', 'Oscar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Walter', 'Amir',
  'Brigitte', 'Carlos', 'Dora', 'Erik', 'Frances', 'Gabriel', 'Hannah', 'Isaac', 'Jana', 'Kwame', 'Leila',
  'Martin', 'Nora', 'Omar', 'Paula', 'Ruth', 'Stefan', 'Teresa', 'Vera', 'William', 'Xavier', 'Yara',
] as const;

/** Surname syllables: any head + tail makes a plausible, mostly fictional family name. */
export const SURNAME_HEADS = [
  'Adler', 'Bran', 'Castel', 'Dorn', 'Eber', 'Falk', 'Gold', 'Hart', 'Iver', 'Kessel', 'Lind', 'Mar',
  'Nord', 'Oster', 'Pell', 'Rein', 'Sand', 'Thal', 'Vall', 'Wester', 'Ash', 'Brook', 'Cole', 'Dal',
  'Fair', 'Gren', 'Holm', 'Kar', 'Mont', 'Ros',
] as const;
export const SURNAME_TAILS = [
  'berg', 'man', 'ova', 'ini', 'ez', 'sen', 'ford', 'ley', 'wick', 'ano', 'escu', 'stein', 'ton', 'by',
  'ard', 'ic', 'ello', 'hurst', 'dale', 'ovic', 'ström', 'field', 'ado', 'ski', 'well',
] as const;

/** Offices a speaker may hold; `of` marks offices held for a country or an organisation. */
export const OFFICES = [
  { title: 'Foreign Minister', of: 'country' }, { title: 'Prime Minister', of: 'country' },
  { title: 'Defence Minister', of: 'country' }, { title: 'Finance Minister', of: 'country' },
  { title: 'President', of: 'country' }, { title: 'Ambassador', of: 'country' },
  { title: 'spokesperson', of: 'org' }, { title: 'chief executive', of: 'org' },
  { title: 'chair', of: 'org' }, { title: 'senior adviser', of: 'org' }, { title: 'director', of: 'org' },
] as const;

export const ORG_HEADS = [
  'National', 'United', 'Northern', 'Federal', 'Allied', 'Central', 'Coastal', 'Metropolitan', 'Independent',
  'Continental', 'Southern', 'Eastern', 'Western', 'Royal', 'Democratic', 'Progressive',
] as const;
export const ORG_TOPICS = [
  'Energy', 'Workers', 'Farmers', 'Transport', 'Health', 'Trade', 'Steel', 'Water', 'Teachers', 'Nurses',
  'Rail', 'Housing', 'Fisheries', 'Pensioners', 'Shipping', 'Tenants', 'Miners', 'Aviation', 'Textile', 'Data',
] as const;
export const ORG_KINDS = [
  'Union', 'Council', 'Alliance', 'Party', 'Authority', 'Federation', 'Commission', 'Institute', 'Association', 'Agency',
] as const;

export const COUNTRIES = [
  'France', 'Germany', 'Brazil', 'India', 'Japan', 'Kenya', 'Mexico', 'Norway', 'Poland', 'Spain', 'Turkey',
  'Egypt', 'Canada', 'Chile', 'Greece', 'Italy', 'Nigeria', 'Pakistan', 'Portugal', 'Sweden', 'Ukraine',
  'Vietnam', 'Argentina', 'Australia', 'Indonesia', 'Morocco', 'Peru', 'Romania', 'Thailand', 'Ghana',
] as const;

export const OUTLETS = [
  'Daily Ledger', 'Morning Courier', 'Evening Standard Review', 'Harbour Post', 'Capital Gazette',
  'Northern Tribune', 'Valley Herald', 'Metro Dispatch', 'Continental Times', 'Weekly Observer',
] as const;

/** Reporting verbs (past tense) with the statement kind each most often carries. */
export const CUES: readonly { verb: string; kind: StatementKind }[] = [
  { verb: 'said', kind: 'CLAIM' }, { verb: 'told reporters', kind: 'CLAIM' }, { verb: 'warned', kind: 'WARNING' },
  { verb: 'accused', kind: 'ACCUSATION' }, { verb: 'denied', kind: 'DENIAL' }, { verb: 'insisted', kind: 'CLAIM' },
  { verb: 'criticised', kind: 'CRITICISM' }, { verb: 'praised', kind: 'PRAISE' }, { verb: 'confirmed', kind: 'CONFIRMATION' },
  { verb: 'promised', kind: 'PROMISE' }, { verb: 'demanded', kind: 'DEMAND' }, { verb: 'rejected', kind: 'REJECTION' },
  { verb: 'argued', kind: 'CLAIM' }, { verb: 'added', kind: 'CLAIM' },
];

/** Topics: [noun phrase, adjective phrase] to build claims around. */
export const TOPICS = [
  ['the new tariff plan', 'unfair to small exporters'], ['the pipeline project', 'far behind schedule'],
  ['the pension reform', 'a burden on younger workers'], ['the port expansion', 'good for regional jobs'],
  ['the border agreement', 'fragile but workable'], ['the water rationing order', 'badly communicated'],
  ['the rail strike', 'avoidable with better pay talks'], ['the housing bill', 'too timid to lower rents'],
  ['the fishing quota', 'a threat to coastal towns'], ['the data privacy rules', 'long overdue'],
  ['the vaccine programme', 'a clear success'], ['the budget deficit', 'larger than admitted'],
  ['the election timetable', 'rushed and confusing'], ['the steel subsidies', 'a waste of public money'],
  ['the ceasefire talks', 'the only way forward'], ['the grain deal', 'safe to renew'],
] as const;

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
