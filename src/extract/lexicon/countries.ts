// Country names, capitals and demonyms from the `world-countries` package, indexed by lower-cased
// surface form. A capital stands for its country (metonymy); a demonym mentions its country.

import worldCountries, { type Country } from 'world-countries';

/** The package's default export is the array itself; its CommonJS typing hides that under NodeNext. */
const countries = worldCountries as unknown as Country[];

export type CountryForm = 'name' | 'capital' | 'demonym';

export interface CountryHit {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Common English name, e.g. "United States". */
  name: string;
  form: CountryForm;
}

const EXTRA_NAMES: Record<string, string[]> = {
  US: ['US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'the United States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  CZ: ['Czech Republic'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  NL: ['Holland'],
  TR: ['Turkey'],
  CI: ['Ivory Coast'],
};
const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['US', 'U.S.', 'Americans'],
  GB: ['British', 'Briton', 'Britons'],
  NL: ['Dutch'],
};
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin} .'’-]*$/u;

let cached: Map<string, CountryHit> | null = null;

function plural(demonym: string): string | null {
  if (/(?:ese|sh|ch|ss|s|x|i)$/.test(demonym)) return null;
  return `${demonym}s`;
}

/** Lower-cased surface → country; names win over capitals, capitals over demonyms. */
export function countryIndex(): Map<string, CountryHit> {
  if (cached) return cached;
  const index = new Map<string, CountryHit>();
  const rank: Record<CountryForm, number> = { name: 3, capital: 2, demonym: 1 };
  const put = (surface: string, hit: CountryHit, strong: boolean): void => {
    const key = surface.toLowerCase();
    const prev = index.get(key);
    if (prev && (rank[prev.form] > rank[hit.form] || (rank[prev.form] === rank[hit.form] && !strong))) return;
    index.set(key, hit);
  };
  const ordered = [...countries].sort((a, b) => Number(a.independent) - Number(b.independent));
  for (const c of ordered) {
    const name = c.name.common;
    const hit = (form: CountryForm): CountryHit => ({ code: c.cca2, name, form });
    const strong = c.independent;
    const dem = c.demonyms?.eng;
    // "Thai" and "Togolese" are listed among the spellings of the name, but they are the demonyms
    // ("a Thai official"); a word of the name itself ("Vatican" of "Vatican City") stays a name.
    const demonymSpelling = (s: string): boolean => !!dem && [...dem.m.split(/,\s*/), ...dem.f.split(/,\s*/)].includes(s) && !name.split(' ').includes(s);
    const names = [name, c.name.official, ...c.altSpellings.filter((s) => s !== c.cca2 && !demonymSpelling(s)), ...(EXTRA_NAMES[c.cca2] ?? [])];
    for (const n of names) if (LATIN.test(n) && n.length > 1) put(n, hit('name'), strong);
    if (c.independent) for (const cap of c.capital) {
      const plain = cap.replace(/\s+D\.C\.$/, '');
      if (LATIN.test(plain)) put(plain, hit('capital'), strong);
    }
    const dems = new Set<string>(EXTRA_DEMONYMS[c.cca2] ?? []);
    if (dem) for (const d of [...dem.m.split(/,\s*/), ...dem.f.split(/,\s*/)]) {
      if (!d) continue;
      dems.add(d);
      const p = plural(d);
      if (p) dems.add(p);
    }
    for (const d of dems) if (LATIN.test(d)) put(d, hit('demonym'), strong);
  }
  for (const [code, list] of Object.entries(EXTRA_NAMES)) {
    const c = countries.find((x) => x.cca2 === code);
    if (c) for (const n of list) index.set(n.toLowerCase(), { code, name: c.name.common, form: 'name' });
  }
  for (const [code, list] of Object.entries(EXTRA_DEMONYMS)) {
    const c = countries.find((x) => x.cca2 === code);
    if (c) for (const n of list) if (!index.has(n.toLowerCase())) index.set(n.toLowerCase(), { code, name: c.name.common, form: 'demonym' });
  }
  cached = index;
  return index;
}

/** The country a surface names, stands for (capital) or qualifies (demonym), or undefined. */
export function lookupCountry(surface: string): CountryHit | undefined {
  return countryIndex().get(surface.toLowerCase());
}

/** Common name of the country with this alpha-2 code. */
export function countryName(code: string): string | undefined {
  return countries.find((c) => c.cca2 === code)?.name.common;
}
