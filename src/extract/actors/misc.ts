// What CoNLL calls MISC and what is no actor at all: nationalities and religions alone or heading a
// phrase ("Kurdish leaders"), hyphenated adjectives ("Kenya-based"), quoted titles, events and laws
// ("United Nations Charter"), ordinary words capitalised by accident, table abbreviations.

import type { Document } from '../document.js';
import { isFirstName } from './first-names.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import { docEvidence } from './evidence.js';
import type { Segment } from './segments.js';

const QUOTES = new Set(['"', '“', '”', "'", '‘', '’']);
const HYPHEN_ADJECTIVE = /-\p{Ll}+$/u;
const PARTY_TAG = /^[RDI]-[A-Z]/;
const MISC_SUFFIX = /(?:ian|ean|ish|ese|ians|eans)$/;

/** Words after a hyphen that make an adjective of a name ("Kenya-based", "Saudi-led"). */
const ADJECTIVE_ENDINGS = new Set(['based', 'led', 'born', 'backed', 'owned', 'run', 'made', 'style', 'era', 'type', 'linked', 'funded', 'bound', 'wide', 'like', 'free', 'related', 'specific', 'only', 'sized', 'inspired', 'friendly', 'controlled', 'held', 'listed', 'registered', 'speaking', 'american', 'british']);

/** "Lin Cheng-hao", "Kim Min-jun": a romanised given name after a family name, not an adjective. */
function romanisedGivenName(word: string, words: number): boolean {
  const m = /^\p{Lu}\p{Ll}{1,6}-(\p{Ll}{1,6})$/u.exec(word);
  return words >= 2 && m !== null && !ADJECTIVE_ENDINGS.has(m[1]);
}

function isHead(word: string): boolean {
  const g = gazetteer();
  return g.orgHeads.has(word) || g.mediaHeads.has(word) || g.groupHeads.has(word) || g.placeHeads.has(word);
}

const isDemonym = (word: string): boolean => gazetteer().miscWords.has(word) || lookupCountry(word)?.form === 'demonym';

/** Why a segment names no actor, or null when nothing says so; lexicon names (gazetteer, countries) are checked before. */
export function miscReason(doc: Document, seg: Segment): string | null {
  const g = gazetteer();
  const w = wordLists();
  const { words, text } = seg;
  const last = words[words.length - 1];
  const next = doc.tokens[seg.tokenEnd]?.text ?? '';
  if (g.notNames.has(text) || g.miscWords.has(text) || HYPHEN_ADJECTIVE.test(last) && !romanisedGivenName(last, words.length) || PARTY_TAG.test(text)) return 'listed';
  if (QUOTES.has(doc.tokens[seg.tokenStart - (seg.afterThe ? 2 : 1)]?.text ?? '') && QUOTES.has(next)) return 'quoted title';
  if (words.length > 1) {
    const givenName = words.length === 2 && w.personNames.has(words[0]) && !w.common.has(last.toLowerCase()) && !w.known.has(last.toLowerCase()) && !isDemonym(last);
    if (isDemonym(words[0]) && !isHead(last) && !givenName) return 'demonym phrase';
    // "Gareth Pole", "Tom French": a given name before a demonym is a person's name.
    const demonymSurname = words.length === 2 && (w.personNames.has(words[0]) || isFirstName(words[0])) && !isDemonym(words[0]) && isDemonym(last);
    return (isDemonym(last) && !demonymSurname) || g.eventHeads.has(last) ? 'demonym or event' : null;
  }
  if (docEvidence(doc).surnames.has(text)) return null;
  const low = text.toLowerCase();
  if (/\d/.test(text) || w.basic.has(low) || (w.common.has(low) && docEvidence(doc).seenLower(low))) return 'ordinary word';
  if (g.notNames.has(next) && /^\p{Lu}/u.test(next)) return 'before a non-name';
  if (seg.afterThe && g.eventHeads.has(last)) return 'event';
  if (text.endsWith('s') && isDemonym(text.slice(0, -1))) return 'demonym plural';
  return MISC_SUFFIX.test(text) && !w.personNames.has(text) && !w.places.has(text) ? 'adjective ending' : null;
}

/** True when the segment names no actor; lexicon names (gazetteer, countries) are checked before. */
export function isMisc(doc: Document, seg: Segment): boolean {
  return miscReason(doc, seg) !== null;
}
