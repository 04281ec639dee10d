// Honorifics ("Mr", "Mrs", "Dr", "Sir", "Lord", "Dame") are forms of address, not roles: a
// person is never "Mr at the Treasury". They stay usable as gender hints, never as a role.

const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'messrs', 'mme', 'mlle', 'dr', 'sir', 'lord', 'lady', 'dame',
  // Nigerian and West African forms of address: "Alhaji Musa Bello", "Engr. Bisi Olatunji", "Hon. Yusuf Adamu".
  'alhaji', 'alhaja', 'engr', 'hon',
  // "Madam Akosua Frimpomaa", "Madam Goh Siew Lan": Ghanaian, Nigerian and Singaporean address for a woman.
  'madam',
  // Indian forms of address: "Shri P. Ramachandra Reddy", "Smt. Lakshmi Devi" ("Sri" is left out: "Sri Lanka").
  'shri', 'smt', 'shrimati',
]);

/** True when the whole title is one honorific, with or without its full stop ("Mr", "Dr."). */
export function isHonorific(title: string): boolean {
  return HONORIFICS.has(title.trim().toLowerCase().replace(/\.$/, ''));
}

/** The grammatical gender an honorific tells, for pronoun agreement ("Mrs Kemp" is a "she"). */
export type Gender = 'male' | 'female';

const GENDERED: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['messrs', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['mme', 'female'], ['mlle', 'female'], ['lady', 'female'], ['dame', 'female'],
  ['alhaji', 'male'], ['alhaja', 'female'], ['madam', 'female'], ['shri', 'male'], ['smt', 'female'], ['shrimati', 'female'],
]);

/** The gender of an honorific ("Mr." → male), or null for those that tell none ("Dr", "Mx") and other words. */
export function honorificGender(word: string): Gender | null {
  return GENDERED.get(word.trim().toLowerCase().replace(/\.$/, '')) ?? null;
}

/** A capitalised short word right before a mention, with its full stop ("Mrs." of "Mrs. Kemp"). */
const WORD_BEFORE = /\b([A-Z][a-z]{1,5})\.?\s+$/;

/** The short capitalised word right before character `offset` of `text` ("Mrs" before "Kemp"), which may be an honorific; null when there is none. */
export function wordBeforeName(text: string, offset: number): string | null {
  return WORD_BEFORE.exec(text.slice(Math.max(0, offset - 8), offset))?.[1] ?? null;
}
