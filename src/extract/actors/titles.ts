// Title phrases from the gazetteer ("Foreign Minister", "chief executive", "Secretary of
// State") looked up on the token stream, forwards from a token or backwards from one.

import type { Document } from '../document.js';
import { gazetteer } from '../lexicon/gazetteer.js';

const MAX_TITLE_TOKENS = 4;

/** Length in tokens of the longest title starting at token k and ending before `end` (0 if none). */
export function titleAt(doc: Document, k: number, end: number = doc.tokens.length): number {
  const titles = gazetteer().titles;
  let best = 0;
  let phrase = '';
  for (let n = 1; n <= MAX_TITLE_TOKENS && k + n <= end; n++) {
    const w = doc.tokens[k + n - 1].text.toLowerCase();
    phrase = n === 1 ? w : `${phrase} ${w}`;
    if (titles.has(phrase)) best = n;
    // "Chief Medical Officer", "Chief Information Security Officer": a chief officer of any field.
    else if (n >= 3 && /^chief (?:[a-z]+ ){1,3}officer$/.test(phrase) && /^\p{Lu}/u.test(doc.tokens[k + 1].text)) best = n;
  }
  return best;
}

/** Index of the first token of the longest title ending at token p, not before `floor`; -1 if none. */
export function titleEndingAt(doc: Document, p: number, floor: number): number {
  const titles = gazetteer().titles;
  let best = -1;
  let phrase = '';
  for (let k = p; k >= floor && p - k < MAX_TITLE_TOKENS; k--) {
    const w = doc.tokens[k].text.toLowerCase();
    phrase = k === p ? w : `${w} ${phrase}`;
    if (titles.has(phrase)) best = k;
  }
  return best;
}

/**
 * A lower-case noun for a post or trade: a listed title or source noun ("spokesman", "clerk"), or
 * an agent noun ("master", "keeper", "curator"); no verb form in -ed, -ing or -s.
 */
export function isRoleNoun(word: string): boolean {
  const g = gazetteer();
  if (!/^\p{Ll}{3,}$/u.test(word) || /(?:ed|ing|s)$/.test(word) || g.functionWords.has(word)) return false;
  return g.titles.has(word) || g.sourceNouns.has(word) || /(?:er|or|ist|ian|man|woman)$/.test(word);
}

/**
 * "Harbour master Jo Park": token k is a capitalised modifier of a lower-case role noun that a
 * capitalised name follows. The modifier belongs to the role, so it names no actor by itself.
 */
export function modifiesRole(doc: Document, k: number): boolean {
  const t = doc.tokens;
  // Not an article opening the sentence ("A senior Whitfield campaign aide").
  return /^\p{Lu}/u.test(t[k]?.text ?? '') && !/^(?:A|An|The|This|That|Its|His|Her|Their|One)$/.test(t[k].text) && isRoleNoun(t[k + 1]?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(t[k + 2]?.text ?? '');
}
