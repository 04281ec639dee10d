// Types one candidate segment from its own evidence: gazetteer and country lookups, head words
// (Inc, Party, Times, River), person-name lists, titles, acronyms and the word before it.

import type { Document } from '../document.js';
import type { ActorType } from '../types.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry, type CountryForm } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';
import type { Segment } from './candidates.js';
import { isAcronym } from './tokens.js';

export interface Typed {
  seg: Segment;
  type: ActorType;
  /** Canonical name when a lexicon knows the entity ("Russia" for "Moscow"), else null. */
  canonical: string | null;
  form: CountryForm | 'surface';
  /** How sure the type is: 3 lexicon, 2 head word or title, 1 guess. */
  strength: number;
  partOf: string | null;
}

const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'outside', 'into', 'across', 'to', 'toward', 'towards', 'around', 'via']);
const PERSON_NEXT = new Set(['said', 'says', 'told', 'added', 'who', 'whose', 'himself', 'herself']);

/** The type of a segment, or null when it names no actor (an event, a law, a lone title). */
export function classify(doc: Document, seg: Segment): Typed | null {
  const g = gazetteer();
  const w = wordLists();
  const words = seg.words;
  const last = words[words.length - 1];
  const firstW = words[0];
  const mk = (type: ActorType, strength: number, canonical: string | null = null, form: Typed['form'] = 'surface', partOf: string | null = null): Typed =>
    ({ seg, type, canonical, form, strength, partOf });
  const ent = g.entities.get(seg.text.toLowerCase());
  if (ent) {
    if (ent.name === 'the West' && !seg.afterThe && !/^Western/.test(seg.text)) return null;
    return mk(ent.type, 3, ent.name, 'name', ent.partOf ?? null);
  }
  const country = lookupCountry(seg.text);
  if (country) return mk('COUNTRY', 3, country.name, country.form);
  if (g.notNames.has(seg.text)) return null;
  const prev = seg.tokenStart > 0 ? doc.tokens[seg.tokenStart - 1].text : '';
  const next = seg.tokenEnd < doc.tokens.length ? doc.tokens[seg.tokenEnd].text.toLowerCase() : '';
  if (words.length > 1 || seg.afterThe) {
    if (g.eventHeads.has(last)) return null;
    if (g.mediaHeads.has(last)) return mk('MEDIA', 2);
    if (g.groupHeads.has(last)) return mk('GROUP', 2);
    if (g.orgHeads.has(last)) return mk('ORGANIZATION', 2);
    if (g.placeHeads.has(last)) return mk('PLACE', 2);
  }
  if (words.length > 2 && (words[1] === 'of' || words[1] === 'for')) {
    if (g.orgHeads.has(firstW)) return mk('ORGANIZATION', 2);
    if (g.placeHeads.has(firstW) || firstW === 'Gulf' || firstW === 'Isle') return mk('PLACE', 2);
  }
  if (seg.title) return mk('PERSON', 2);
  if (isAcronym(seg.text) && !seg.capsSentence) return mk('ORGANIZATION', 1);
  const prevLow = prev.toLowerCase();
  if (prevLow === 'mr' || prevLow === 'mrs' || prevLow === 'ms' || prevLow === 'mr.' || prevLow === 'mrs.' || prevLow === 'ms.' || prevLow === 'dr') return mk('PERSON', 2);
  const nameLike = words.filter((x) => x !== '-' && !/^\p{Ll}/u.test(x));
  if (nameLike.length >= 2 && w.personNames.has(nameLike[0]) && !w.places.has(seg.text)) return mk('PERSON', 2);
  if (words.length === 1 && w.places.has(seg.text) && PLACE_PREPS.has(prevLow)) return mk('PLACE', 2);
  if (nameLike.length >= 2 && PERSON_NEXT.has(next)) return mk('PERSON', 1);
  if (w.places.has(seg.text)) return mk('PLACE', 1);
  if (words.length >= 2 && nameLike.length === words.length) return mk('PERSON', 1);
  if (w.personNames.has(seg.text)) return mk('PERSON', 1);
  return mk('ORGANIZATION', 0);
}
