// Document-wide capitalisation evidence: which words the article writes capitalised in the
// middle of a sentence. It decides sentence-initial words and words in all-caps headlines.

import type { Document } from '../document.js';
import { firstWordIndex, isAllCapsSentence, isTitleCaseSentence, isCapitalised, stripPossessive } from './tokens.js';

export interface DocEvidence {
  /** Words seen capitalised (not all capitals) away from a sentence start. */
  caps: Set<string>;
  /** Words seen written in lower case. */
  lower: Set<string>;
  /** True when the article reports sport: a town's name then usually stands for its team. */
  sports: boolean;
}

const SPORT_WORDS = new Set(['soccer', 'cricket', 'baseball', 'tennis', 'golf', 'rugby', 'basketball', 'hockey', 'innings',
  'wickets', 'wicket', 'goals', 'striker', 'midfielder', 'goalkeeper', 'halftime', 'half-time', 'standings', 'homered', 'homer',
  'pitcher', 'inning', 'seeded', 'batsman', 'bowler', 'scorers', 'league', 'championship', 'tournament', 'athletics', 'olympic',
  'nba', 'nfl', 'nhl', 'cup', 'division', 'premier', 'referee', 'penalty', 'stadium', 'unbeaten', 'captain', 'coach']);

const cache = new WeakMap<Document, DocEvidence>();

/** Collects the evidence once per document. */
export function docEvidence(doc: Document): DocEvidence {
  const hit = cache.get(doc);
  if (hit) return hit;
  const caps = new Set<string>();
  const lower = new Set<string>();
  let sport = 0;
  for (const t of doc.tokens) {
    if (SPORT_WORDS.has(t.text.toLowerCase())) sport++;
    if (/^\p{Ll}/u.test(t.text)) lower.add(t.text);
  }
  for (const s of doc.sentences) {
    if (isAllCapsSentence(doc, s.tokenStart, s.tokenEnd) || isTitleCaseSentence(doc, s.tokenStart, s.tokenEnd)) continue;
    const first = firstWordIndex(doc.tokens, s.tokenStart, s.tokenEnd);
    for (let i = first + 1; i < s.tokenEnd; i++) {
      const t = doc.tokens[i].text;
      if (!isCapitalised(t)) continue;
      const prev = doc.tokens[i - 1].text;
      if (prev === '"' || prev === '“' || prev === ':') continue;
      const base = stripPossessive(t).base;
      caps.add(base);
    }
  }
  const ev = { caps, lower, sports: sport >= 3 && sport * 150 >= doc.tokens.length };
  cache.set(doc, ev);
  return ev;
}
