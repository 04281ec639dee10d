// Document-wide capitalisation evidence: which words the article writes capitalised in the
// middle of a sentence. It decides sentence-initial words and words in all-caps headlines.

import type { Document } from '../document.js';
import { wordLists } from '../lexicon/words.js';
import { firstWordIndex, isAllCapsSentence, isTitleCaseSentence, isCapitalised, stripPossessive } from './tokens.js';

export interface DocEvidence {
  /** Words seen capitalised (not all capitals) away from a sentence start. */
  caps: Set<string>;
  /** Last words of "Given Surname" pairs ("Hill" after "Damon Hill"): a later lone "Hill" is a name. */
  surnames: Set<string>;
  /** True when the word is written in lower case somewhere in the document. */
  seenLower: (word: string) => boolean;
  /** How often each spelling of a word is written, keyed by the spelling ("Quillon" 3, "QUILLON" 1), for a lower-case word. */
  spellings: (low: string) => ReadonlyMap<string, number>;
  /** True when the article reports sport: a town's name then usually stands for its team. */
  sports: boolean;
  /** Per sentence: written in capitals or as a title-case headline (capitalisation is no evidence). */
  headline: boolean[];
  /** Per sentence: written in capitals. */
  allCaps: boolean[];
  /**
   * Token indices where `word` stands alone: capitalised, with no capitalised word on either side,
   * not opening a sentence ("Mothibi said", "Mothibi's spokesperson").
   */
  loneAt: (word: string) => readonly number[];
}

const SPORT_WORDS = new Set(['soccer', 'cricket', 'baseball', 'tennis', 'golf', 'rugby', 'basketball', 'hockey', 'innings',
  'wickets', 'wicket', 'goals', 'striker', 'midfielder', 'goalkeeper', 'halftime', 'half-time', 'standings', 'homered', 'homer',
  'pitcher', 'inning', 'seeded', 'batsman', 'bowler', 'scorers', 'league', 'championship', 'tournament', 'athletics', 'olympic',
  'nba', 'nfl', 'nhl', 'cup', 'division', 'premier', 'referee', 'penalty', 'stadium', 'unbeaten', 'captain', 'coach',
  'relegation', 'squad', 'fixture', 'fixtures', 'defender', 'winger', 'touchline', 'dugout', 'quarterback', 'touchdown', 'touchdowns']);

const cache = new WeakMap<Document, DocEvidence>();
const NO_SPELLINGS: ReadonlyMap<string, number> = new Map();
const NO_INDICES: readonly number[] = [];

/** Collects the evidence once per document. */
export function docEvidence(doc: Document): DocEvidence {
  const hit = cache.get(doc);
  if (hit) return hit;
  const caps = new Set<string>();
  let sport = 0;
  for (const t of doc.tokens) {
    const c = t.text.charCodeAt(0);
    if (c < 65 || t.text.length < 3) continue;
    if (SPORT_WORDS.has(t.text) || (c <= 90 && SPORT_WORDS.has(t.text.toLowerCase()))) sport++;
  }
  const allCaps = doc.sentences.map((s) => isAllCapsSentence(doc, s.tokenStart, s.tokenEnd));
  const headline = doc.sentences.map((s, i) => allCaps[i] || isTitleCaseSentence(doc, s.tokenStart, s.tokenEnd));
  doc.sentences.forEach((s, si) => {
    if (headline[si]) return;
    const first = firstWordIndex(doc.tokens, s.tokenStart, s.tokenEnd);
    for (let i = first + 1; i < s.tokenEnd; i++) {
      const t = doc.tokens[i].text;
      if (!isCapitalised(t)) continue;
      const prev = doc.tokens[i - 1].text;
      if (prev === '"' || prev === '“' || prev === ':') continue;
      caps.add(stripPossessive(t).base);
    }
  });
  const surnames = new Set<string>();
  const names = wordLists().personNames;
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const a = doc.tokens[i].text;
    const b = doc.tokens[i + 1].text;
    if (isCapitalised(a) && isCapitalised(b) && names.has(a) && !wordLists().basic.has(a.toLowerCase())) surnames.add(stripPossessive(b).base);
  }
  let lower: Set<string> | null = null;
  const seenLower = (word: string): boolean => {
    lower ??= new Set(doc.tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    return lower.has(word);
  };
  let byLower: Map<string, Map<string, number>> | null = null;
  const spellings = (low: string): ReadonlyMap<string, number> => {
    if (!byLower) {
      byLower = new Map();
      for (const t of doc.tokens) {
        const key = t.text.toLowerCase();
        let forms = byLower.get(key);
        if (!forms) byLower.set(key, (forms = new Map()));
        forms.set(t.text, (forms.get(t.text) ?? 0) + 1);
      }
    }
    return byLower.get(low) ?? NO_SPELLINGS;
  };
  let lone: Map<string, number[]> | null = null;
  const loneAt = (word: string): readonly number[] => {
    if (!lone) {
      lone = new Map();
      const { tokens } = doc;
      const starts = new Set(doc.sentences.map((x) => x.tokenStart));
      const cap = (i: number): boolean => i >= 0 && i < tokens.length && /^\p{Lu}/u.test(tokens[i].text) && /\p{L}/u.test(tokens[i].text);
      for (let i = 0; i < tokens.length; i++) {
        if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[i].text) || starts.has(i) || cap(i - 1) || cap(i + 1)) continue;
        const at = lone.get(tokens[i].text);
        if (at) at.push(i);
        else lone.set(tokens[i].text, [i]);
      }
    }
    return lone.get(word) ?? NO_INDICES;
  };
  const ev: DocEvidence = { caps, surnames, seenLower, spellings, sports: sport >= 3 && sport * 150 >= doc.tokens.length, headline, allCaps, loneAt };
  cache.set(doc, ev);
  return ev;
}
