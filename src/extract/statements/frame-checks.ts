// Smaller frames and guards of cue framing: a speaker and cue set off by commas inside the
// content, documents as sources, leading adverbial phrases that are not content, and things
// named by a participle ("a book called …") that are not speakers.

import type { Document, Token } from '../document.js';
import type { Span } from '../types.js';
import { contentAfter, contentBefore, type ContentContext } from './content.js';
import type { CueMatch } from './cue-match.js';
import { lower, phraseBefore, type Range } from './phrases.js';
import { appositiveBefore } from './speaker-phrases.js';
import { EVIDENCE_NOUNS } from './words.js';

/** Words that open a sentence before a parenthetical cue without being what was said. */
const DISCOURSE_WORDS = new Set(['however', 'yes', 'no', 'still', 'indeed', 'meanwhile', 'instead', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'now', 'then', 'so', 'well', 'also', 'again', 'first', 'second', 'third', 'finally', 'besides', 'otherwise', 'therefore', 'thus', 'hence', 'anyway', 'perhaps', 'maybe', 'today', 'yesterday', 'tomorrow', 'overall', 'though', 'yet', 'but', 'and', 'or', 'sure', 'okay', 'ok', 'oh', 'look', 'listen', 'later', 'earlier', 'once', 'initially', 'after', 'before', 'instead']);

/**
 * "A, the minister said, B": the speaker and cue set off by commas inside the content, which is A
 * and B. `comma` is the comma closing the aside: right after the cue, or after its addressee ("A,
 * three people told Reuters, as B").
 */
export function parenthetical(ctx: ContentContext, cue: CueMatch, left: number, floor: number, comma = cue.end): { source: Range; content: Span[] } | null {
  const { tokens } = ctx.doc;
  const source = phraseBefore(tokens, left, floor) ?? (left > floor && tokens[left].text === ',' ? appositiveBefore(tokens, left, floor) : null);
  if (!source || source[0] - 1 <= Math.max(floor, ctx.a) || tokens[source[0] - 1].text !== ',') return null;
  // "Councillor Mike Dyer, who voted against, said …": a relative clause, not an aside inside content.
  if (source[1] - source[0] === 1 && /^(?:who|which|that)$/.test(lower(tokens[source[0]]))) return null;
  // One word may open it ("Congress, he wrote, never gave the agency the power"), but not a
  // sentence adverb or an answer word ("However, she said, the plan …": the content is the plan's).
  const one = source[0] - 2 === Math.max(floor, ctx.a) ? lower(tokens[source[0] - 2]) : '';
  const before = contentBefore(ctx, source[0] - 1, floor, one && (DISCOURSE_WORDS.has(one) || one.endsWith('ly')) ? 2 : 1);
  const after = contentAfter(ctx, comma + 1, false);
  if (before.spans.length === 0 || after.spans.length === 0 || before.direct || after.direct) return null;
  return { source, content: [...before.spans, ...after.spans] };
}

/** "A poll of voters last week shows …", "…, records show": a document or measurement is the source. */
export function namesEvidence(tokens: Token[], source: [number, number]): boolean {
  for (let i = source[0]; i < source[1]; i++) if (EVIDENCE_NOUNS.has(lower(tokens[i])) || FINDERS.has(lower(tokens[i]))) return true;
  return false;
}

/** People whose findings are reported like a study's ("…, the researchers found"). */
const FINDERS = new Set(['researchers', 'scientists', 'authors', 'investigators', 'inspectors', 'auditors']);

/** Openers of a leading adverbial phrase ("Asked about the vote, …", "During the debate, …"). */
const ADJUNCT_CLAUSE = new Set(['asked', 'during', 'when']);

/** Whether the text at `offset` opens an adverbial phrase ("After the vote, …"), not a statement. */
export function opensAdjunct(doc: Document, offset: number): boolean {
  const m = /^[\p{L}]+/u.exec(doc.text.slice(offset, offset + 20));
  return m !== null && ADJUNCT_CLAUSE.has(m[0].toLowerCase());
}

/** Participles that name what precedes them when it is an object ("wrote a book called …"). */
const NAMING = new Set(['called', 'named', 'titled', 'entitled', 'dubbed']);

/** "joined a group called …": an indefinite phrase after a word, before a naming participle, is named, not a speaker. */
export function isNamedThing(tokens: Token[], source: Range, cue: CueMatch): boolean {
  if (!source || !NAMING.has(lower(tokens[cue.head])) || cue.head !== source[1]) return false;
  const first = lower(tokens[source[0]]);
  return (first === 'a' || first === 'an') && source[0] > 0 && /^[a-z]+$/.test(tokens[source[0] - 1].text);
}
