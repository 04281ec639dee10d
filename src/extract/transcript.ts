// Interview transcripts: paragraphs headed by a speaker label in capitals and a colon ("KELLY:
// Minister, bills go up …", "JAKE TAPPER: …", "STEVE INSKEEP, HOST: …"). A property of the
// document: the actor layer types each label as a person, and each turn is a statement of that
// person over the paragraph and any unlabelled paragraphs before the next turn, its colon the cue,
// as the attribution corpus annotates it.

import type { Document, Token } from './document.js';
import type { Span } from './types.js';
import { LABELS } from './lexicon/labels.js';

/**
 * One turn: the label's tokens, the colon, and the turn's text. A `named` turn's label names its
 * speaker; a printed interview's "Q:" and "A:" stand for the interviewer and the person interviewed.
 */
export interface Turn {
  source: [number, number];
  colon: number;
  content: Span[];
  label: 'named' | 'question' | 'answer';
}

/** Most words in a label's name, and in the role after its comma ("STEVE INSKEEP, HOST"). */
const MAX_NAME_WORDS = 4;
const MAX_ROLE_WORDS = 3;

/** A word written in capitals ("KELLY", "O'BRIEN", "MR", the "J" of "J."). */
function isCapitalsWord(t: Token): boolean {
  return /^\p{Lu}[\p{Lu}'’-]*$/u.test(t.text);
}

/** The label heading the paragraph whose first token is `a`: name tokens and the colon, or null. */
function labelAt(tokens: Token[], a: number, end: number): { name: [number, number]; colon: number } | null {
  let i = a;
  const word = (): boolean => {
    if (i >= end || !isCapitalsWord(tokens[i])) return false;
    i++;
    if (i < end && tokens[i].text === '.' && tokens[i].start === tokens[i - 1].end) i++;
    return true;
  };
  let words = 0;
  while (words < MAX_NAME_WORDS && word()) words++;
  if (words === 0 || tokens[a].text.length < 2) return null;
  const name: [number, number] = [a, i];
  if (i < end && tokens[i].text === ',') {
    i++;
    let role = 0;
    while (role < MAX_ROLE_WORDS && word()) role++;
    if (role === 0) return null;
  }
  if (i >= end || tokens[i].text !== ':' || i + 1 >= end) return null;
  if (LABELS.has(tokens[a].text.toLowerCase())) return null;
  return { name, colon: i };
}

/** "Q:" or "A:" (also "Q." and "A.") opening a paragraph of a printed interview, or null. */
function questionOrAnswerAt(tokens: Token[], a: number, end: number): { name: [number, number]; colon: number; label: Turn['label'] } | null {
  const t = tokens[a].text;
  if ((t !== 'Q' && t !== 'A') || a + 2 >= end) return null;
  const mark = tokens[a + 1];
  if ((mark.text !== ':' && mark.text !== '.') || mark.start !== tokens[a].end) return null;
  return { name: [a, a + 1], colon: a + 1, label: t === 'Q' ? 'question' : 'answer' };
}

/** First token of each paragraph, or -1 for a paragraph without tokens. */
function paragraphStarts(doc: Document): number[] {
  const starts = doc.paragraphs.map(() => -1);
  for (const s of doc.sentences) if (starts[s.paragraph] < 0) starts[s.paragraph] = s.tokenStart;
  return starts;
}

/** A paragraph that is no speech: a stage direction "(BEGIN VIDEO CLIP)", "[inaudible]" or an ellipsis alone. */
function isDirection(text: string): boolean {
  return /^\s*[([]/.test(text) || /^[\s.…]*$/.test(text);
}

/**
 * The turns of a transcript, keyed by the index of the sentence each opens. A document is read
 * as a transcript when two labelled paragraphs share a surname ("KATE BOULDUAN:" …
 * "BOULDUAN:"), so a single dateline ("HYDERABAD:") or a section title is no turn; and as a
 * printed interview when it has both "Q:" and "A:" paragraphs. Linear in the number of tokens.
 */
export function transcriptTurns(doc: Document): Map<number, Turn> {
  const { tokens, text } = doc;
  const starts = paragraphStarts(doc);
  const paragraphEnd = (p: number): number => {
    let e = doc.paragraphs[p][1];
    while (e > doc.paragraphs[p][0] && /\s/.test(text[e - 1])) e--;
    return e;
  };
  const named: { p: number; name: [number, number]; colon: number; label: Turn['label'] }[] = [];
  const asked: typeof named = [];
  starts.forEach((a, p) => {
    if (a < 0) return;
    let end = a;
    while (end < tokens.length && tokens[end].start < doc.paragraphs[p][1]) end++;
    const label = labelAt(tokens, a, end);
    if (label) named.push({ p, ...label, label: 'named' });
    const qa = label ? null : questionOrAnswerAt(tokens, a, end);
    if (qa) asked.push({ p, ...qa });
  });
  const surnames = new Map<string, number>();
  for (const l of named) {
    const last = tokens[l.name[1] - 1].text;
    surnames.set(last, (surnames.get(last) ?? 0) + 1);
  }
  const labelled = [
    ...([...surnames.values()].some((n) => n >= 2) ? named : []),
    ...(asked.some((l) => l.label === 'question') && asked.some((l) => l.label === 'answer') ? asked : []),
  ].sort((x, y) => x.p - y.p);
  const turns = new Map<number, Turn>();
  const sentenceOf = new Map(doc.sentences.map((s, i) => [s.tokenStart, i]));
  labelled.forEach((l, k) => {
    const si = sentenceOf.get(starts[l.p]);
    if (si === undefined) return;
    const content: Span[] = [[tokens[l.colon + 1].start, paragraphEnd(l.p)]];
    const next = labelled[k + 1]?.p;
    for (let p = l.p + 1; next !== undefined && p < next; p++) {
      const [s] = doc.paragraphs[p];
      const e = paragraphEnd(p);
      if (e <= s || isDirection(text.slice(s, e))) break;
      content.push([s, e]);
    }
    turns.set(si, { source: l.name, colon: l.colon, content, label: l.label });
  });
  return turns;
}
