// Subjects found from the start of the sentence when the words right before the cue name no
// one: "Jo Park, director of Vote Now, which organized the letter, said …" and "In an interview,
// Park doubled down and said …". Bounded scans over token indices.

import type { Token } from '../document.js';
import { END, isQuoteOpen } from './clause.js';
import { isCapitalized, isWord, lower, phraseAfter, phraseBefore, type Range } from './phrases.js';
import { isAside, sentenceSubject } from './speaker-phrases.js';

const CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still']);
const APPOSITION_MARKS = new Set([',', '—', '–']);
const MAX_SUBJECT_TOKENS = 50;
const MAX_OPENER_TOKENS = 12;
const MAX_OPENER_CHUNKS = 3;
/** A relative pronoun after a comma: the chunk before it was the subject ("Now Jo Park, who …, hopes"). */
const RELATIVE_HEADS = new Set(['who', 'whose']);
/** Marks that close an opening phrase or a dateline: "In Ohio, …", "PARIS (AP) — …". */
const OPENER_ENDS = new Set([',', '—', '–', '-']);

/**
 * "Jo Park, a nominal Republican who voted twice, said": a capitalised name opening the
 * sentence (after an optional conjunction) followed by appositive material up to the comma
 * or dash at `mark`, right before the cue. The source runs to and includes the mark, as
 * annotators mark it, or is the name alone when an aside follows it ("Park, for her part,").
 */
export function leadingAppositive(tokens: Token[], floor: number, mark: number): Range {
  let start = floor;
  while (start < mark && CONJUNCTIONS.has(lower(tokens[start]))) start++;
  if (start >= mark || !isCapitalized(tokens[start]) || mark + 1 - start > MAX_SUBJECT_TOKENS) return null;
  const name = phraseAfter(tokens, start, mark);
  if (!name || name[0] !== start || name[1] >= mark || !APPOSITION_MARKS.has(tokens[name[1]].text)) return null;
  for (let i = name[1]; i < mark; i++) if (END.has(tokens[i].text) || isQuoteOpen(tokens, i, mark)) return null;
  if (isAside(tokens, name[1] + 1, mark)) return name;
  return [start, mark + 1];
}

/** The name opening the sentence when appositive material separates it from `mark`: "The bank, which …, is expected". */
export function leadingName(tokens: Token[], floor: number, mark: number): Range {
  const r = leadingAppositive(tokens, floor, mark);
  if (!r) return null;
  const name = phraseAfter(tokens, r[0], mark);
  return name && name[1] < mark ? name : null;
}

/**
 * The sentence subject, also after up to three opening chunks closed by a comma or dash ("In an
 * interview, Park …", "PARIS (AP) — Park …"), passing over a place inside them ("In Salem, Ohio, Park …").
 */
export function subjectAfterOpener(tokens: Token[], a: number, before: number): Range {
  const direct = sentenceSubject(tokens, a, before);
  if (direct) return direct;
  let from = a;
  for (let chunks = 0; chunks < MAX_OPENER_CHUNKS; chunks++) {
    let i = from + 1;
    while (i < before && i <= from + MAX_OPENER_TOKENS && !OPENER_ENDS.has(tokens[i].text) && !END.has(tokens[i].text)) i++;
    if (i + 1 >= before || !OPENER_ENDS.has(tokens[i].text)) return null;
    if (tokens[i].text === ',' && RELATIVE_HEADS.has(lower(tokens[i + 1]))) return phraseBefore(tokens, i - 1, from);
    let subject = sentenceSubject(tokens, i + 1, before);
    if (subject && isPlaceChunk(tokens, subject, before)) subject = sentenceSubject(tokens, subject[1] + 1, before);
    if (subject) return subject;
    from = i + 1;
  }
  return null;
}

/** "Salem, Ohio, Park …": a short run of names closed by a comma and followed by another name, part of an opening phrase. */
function isPlaceChunk(tokens: Token[], r: [number, number], before: number): boolean {
  return r[1] - r[0] <= 3 && r[1] + 1 < before && tokens[r[1]].text === ',' && isCapitalized(tokens[r[1] + 1]);
}

const RELATIVE_AUX = new Set(['have', 'has', 'had', 'are', 'is', 'were', 'was']);
const MAX_RELATIVE_TOKENS = 14;

/**
 * "people who have battled online threats say", "A mother whose son was treated in hospital
 * told": a noun phrase with its relative clause right
 * before the cue, the whole of it the source. "that" counts as a relative only before an
 * auxiliary ("groups that have endorsed him say"). Null when the clause runs past a comma.
 */
export function relativeSubject(tokens: Token[], last: number, floor: number): Range {
  for (let j = last - 1; j > floor && j >= last - MAX_RELATIVE_TOKENS; j--) {
    const t = tokens[j];
    if (!isWord(t)) return null;
    const w = lower(t);
    if (w !== 'who' && w !== 'whose' && !(w === 'that' && RELATIVE_AUX.has(lower(tokens[j + 1])))) continue;
    const np = phraseBefore(tokens, j - 1, floor);
    // "Mark Hellum, a cardiologist who was not involved, warned": the relative belongs to an
    // appositive, and the name before it is the source (appositiveBefore).
    if (np && np[0] > floor && tokens[np[0] - 1].text === ',' && tokens[last].text === ',') return null;
    return np && np[1] === j ? [np[0], last + 1] : null;
  }
  return null;
}
