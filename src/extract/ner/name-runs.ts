// Evidence from runs of capitalised words ("Daewoo Information Systems Co Ltd", "Mr Keane"): which
// words sit in a run that ends on an organisation head word, and which follow a title or a given
// name. Per sentence they are features of the word; over the document, of every use of that word.

import { gazetteer } from '../lexicon/gazetteer.js';
import { TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { wordLists } from '../lexicon/words.js';

/** Lower-case words allowed inside a run when a capitalised word follows ("Bank of England"). */
const JOINERS = new Set(['of', 'and', '&', 'for', 'de', 'the', 'du', 'des', 'la', 'di']);
const HONORIFICS = new Set([...TITLE_ABBREVIATIONS, ...TITLE_ABBREVIATIONS.map((t) => `${t}.`), 'Sir', 'Lord', 'Dame', 'Lady', 'Miss', 'Madame', 'Monsieur', 'Herr', 'Frau', 'Senor', 'Senora']);
const CAP = /^\p{Lu}/u;

/** Per word of a sentence: "org" (in a run ending on an organisation head), "named" (after a title or given name), both or none. */
export interface RunMarks { org: boolean[]; named: boolean[] }

const isOrgHead = (w: string): boolean => {
  const g = gazetteer();
  return g.orgHeads.has(w) || g.mediaHeads.has(w);
};

/** Marks the words of one sentence (base forms) by the runs they stand in. */
export function runMarks(words: readonly string[]): RunMarks {
  const n = words.length;
  const org = new Array<boolean>(n).fill(false);
  const named = new Array<boolean>(n).fill(false);
  const people = wordLists().personNames;
  const { titles, occupationTitles } = gazetteer();
  let i = 0;
  while (i < n) {
    if (!CAP.test(words[i])) { i++; continue; }
    let end = i + 1;
    while (end < n && (CAP.test(words[end]) || (JOINERS.has(words[end]) && end + 1 < n && CAP.test(words[end + 1])))) end++;
    let last = end - 1;
    while (last > i && !CAP.test(words[last])) last--;
    if (last > i && isOrgHead(words[last])) for (let k = i; k < last; k++) org[k] = true;
    for (let k = i + 1; k < end; k++) {
      const before = words[k - 1];
      if (CAP.test(words[k]) && (HONORIFICS.has(before) || titles.has(before.toLowerCase()) && !occupationTitles.has(before.toLowerCase()) || (people.has(before) && !people.has(words[k])))) named[k] = true;
    }
    i = end;
  }
  return { org, named };
}
