// Gazetteer membership of the tokens of one sentence, as features for the tagger: the word lists
// (people's names, places, company words), countries/capitals/demonyms and the project gazetteer,
// matched over spans of up to four tokens (from a capital to a capital) so "New York" marks both words (B and I positions).

import { gazetteer } from '../lexicon/gazetteer.js';
import { lookupCountry } from '../lexicon/countries.js';
import { wordLists } from '../lexicon/words.js';

const MAX_SPAN = 4;
const LETTERS = /\p{L}/u;

/** "LONDON" → "London"; other words unchanged, so all-capitals headlines hit the lists. */
const titled = (t: string): string => (t.length > 1 && t === t.toUpperCase() && LETTERS.test(t) ? t[0] + t.slice(1).toLowerCase() : t);

/** Which lists a span of text belongs to ("LOC", "ORG:MEDIA", "PER"...); empty when none. */
function spanClasses(text: string): string[] {
  const out: string[] = [];
  const ent = gazetteer().entities.get(text.toLowerCase());
  if (ent) out.push(`gz:${ent.type}`);
  const country = lookupCountry(text);
  if (country) out.push(`cty:${country.form}`);
  if (wordLists().places.has(text)) out.push('place');
  return out;
}

/**
 * Features per token: "lex=<class>:<B|I>" for every list span covering the token (longest span
 * per start first), plus one-word lists (given/family names, company words, ordinary English).
 */
export function lexiconFeatures(words: readonly string[]): string[][] {
  const w = wordLists();
  const out: string[][] = words.map(() => []);
  const norm = words.map(titled);
  for (let i = 0; i < words.length; i++) {
    if (!/^\p{Lu}/u.test(norm[i])) continue;
    for (let n = Math.min(MAX_SPAN, words.length - i); n >= 1; n--) {
      if (n > 1 && !/^\p{Lu}/u.test(norm[i + n - 1])) continue;
      const text = norm.slice(i, i + n).join(' ');
      const classes = spanClasses(text);
      if (!classes.length) continue;
      for (const c of classes) {
        out[i].push(`lex=${c}:B${n > 1 ? '' : '1'}`);
        for (let k = 1; k < n; k++) out[i + k].push(`lex=${c}:I`);
      }
      if (n > 1) break;
    }
    const word = norm[i];
    if (w.personNames.has(word)) out[i].push('lex=person');
    if (w.companies.has(word)) out[i].push('lex=company');
    const low = word.toLowerCase();
    if (w.common.has(low)) out[i].push('lex=common');
    else if (w.known.has(low)) out[i].push('lex=known');
    if (gazetteer().orgHeads.has(word)) out[i].push('lex=orgHead');
    if (gazetteer().mediaHeads.has(word)) out[i].push('lex=mediaHead');
    if (gazetteer().placeHeads.has(word)) out[i].push('lex=placeHead');
    if (gazetteer().groupHeads.has(word)) out[i].push('lex=groupHead');
    if (gazetteer().miscWords.has(word)) out[i].push('lex=misc');
    if (gazetteer().titles.has(low) && !gazetteer().occupationTitles.has(low)) out[i].push('lex=title');
  }
  return out;
}
