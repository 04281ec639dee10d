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

/** What one word gives on its own: its title-cased form, its one-word list spans, its one-word list features. */
interface WordLex { norm: string; capital: boolean; spans: string[]; own: string[] }

const WORD_CACHE_LIMIT = 100_000;
const wordCache = new Map<string, WordLex>();

/** A word's WordLex, kept in a bounded cache: the same words recur across sentences and articles. */
function wordLex(word: string): WordLex {
  let x = wordCache.get(word);
  if (x) return x;
  const norm = titled(word);
  const capital = /^\p{Lu}/u.test(norm);
  const own: string[] = [];
  if (capital) {
    const w = wordLists();
    const g = gazetteer();
    if (w.personNames.has(norm)) own.push('lex=person');
    if (w.companies.has(norm)) own.push('lex=company');
    const low = norm.toLowerCase();
    if (w.common.has(low)) own.push('lex=common');
    else if (w.known.has(low)) own.push('lex=known');
    if (g.orgHeads.has(norm)) own.push('lex=orgHead');
    if (g.mediaHeads.has(norm)) own.push('lex=mediaHead');
    if (g.placeHeads.has(norm)) own.push('lex=placeHead');
    if (g.groupHeads.has(norm)) own.push('lex=groupHead');
    if (g.miscWords.has(norm)) own.push('lex=misc');
    if (g.titles.has(low) && !g.occupationTitles.has(low)) own.push('lex=title');
  }
  x = { norm, capital, spans: capital ? spanClasses(norm) : [], own };
  if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, x);
  return x;
}

/**
 * Features per token: "lex=<class>:<B|I>" for every list span covering the token (longest span
 * per start first), plus one-word lists (given/family names, company words, ordinary English).
 */
export function lexiconFeatures(words: readonly string[]): string[][] {
  const out: string[][] = words.map(() => []);
  const lex = words.map(wordLex);
  for (let i = 0; i < words.length; i++) {
    if (!lex[i].capital) continue;
    for (let n = Math.min(MAX_SPAN, words.length - i); n >= 1; n--) {
      if (n > 1 && !lex[i + n - 1].capital) continue;
      const classes = n === 1 ? lex[i].spans : spanClasses(lex.slice(i, i + n).map((x) => x.norm).join(' '));
      if (!classes.length) continue;
      for (const c of classes) {
        out[i].push(`lex=${c}:B${n > 1 ? '' : '1'}`);
        for (let k = 1; k < n; k++) out[i + k].push(`lex=${c}:I`);
      }
      if (n > 1) break;
    }
    for (const f of lex[i].own) out[i].push(f);
  }
  return out;
}
