// Token features of the learned cue tagger and the role tagger: single words, suffixes, the cue
// lexicon's class, quotation context and position, never longer word sequences from a text.

import type { Document } from '../../document.js';
import { cueVerb } from '../lexicon.js';
import type { QuoteIndex } from '../quotes.js';

/** What the taggers read of one sentence: lower-cased words and whether each token is quoted. */
export interface SentenceView { doc: Document; lowered: string[]; quoted: boolean[]; a: number; b: number }

const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''", '«', '»', '„']);
/** Function words that never cue a report by themselves; skipping them keeps tagging fast. */
const CLOSED = new Set(['the', 'and', 'for', 'but', 'with', 'from', 'this', 'that', 'these', 'those', 'was', 'were', 'are', 'has', 'have', 'had', 'been', 'its', 'his', 'her', 'their', 'our', 'they', 'she', 'who', 'which', 'will', 'would', 'could', 'should', 'can', 'not', 'also', 'than', 'then', 'there', 'what', 'when', 'into', 'about', 'after', 'before', 'more', 'most', 'some', 'all', 'one', 'two', 'any', 'other', 'over', 'out', 'just', 'only', 'very', 'being']);

/** Per-token views of the whole document (lower case, inside a quotation). */
export function documentView(doc: Document, quotes: QuoteIndex): { lowered: string[]; quoted: boolean[] } {
  return { lowered: doc.tokens.map((t) => t.text.toLowerCase()), quoted: doc.tokens.map((t) => quotes.at(t.start) !== null) };
}

/** Whether token `i` can be a cue word worth tagging: a lower-case word (or the sentence's first) of three letters or more. */
export function isCueCandidate(v: SentenceView, i: number): boolean {
  const t = v.doc.tokens[i].text;
  if (t.length < 3 || !/^\p{L}[\p{L}'’-]*$/u.test(t)) return false;
  if (i !== v.a && /^\p{Lu}/u.test(t)) return false;
  return !CLOSED.has(v.lowered[i]);
}

const bucket = (n: number, edges: number[]): string => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `${edges[i]}`;
};

const lexClass = (w: string): string => {
  const v = cueVerb(w);
  return v ? `${v.kind}${v.weak ? '/weak' : ''}` : '-';
};

/** Features of the cue tagger that depend on the lower-cased word alone (scored once per word type). */
export function cueWordFeatures(w: string): string[] {
  return [`w=${w}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`, `p4=${w.slice(0, 4)}`, `lex=${lexClass(w)}`];
}

/** Features of token `i` for the cue tagger besides its word's; `ruleInSentence` says whether the rules found a report in the sentence. */
export function cueContextFeatures(v: SentenceView, i: number, ruleInSentence: boolean): string[] {
  const { lowered: lw, quoted, a, b } = v;
  const w = lw[i];
  const at = (k: number): string => (k >= a && k < b ? lw[k] : k < a ? '<s>' : '</s>');
  const markNear = (k: number): boolean => k >= a && k < b && QUOTE_MARKS.has(lw[k]);
  const prev = at(i - 1);
  const next = at(i + 1);
  return [
    `lexp=${lexClass(prev)}`, `lexn=${lexClass(next)}`,
    `q=${quoted[i]}`, `qnear=${markNear(i - 1) || markNear(i - 2) || markNear(i + 1) || markNear(i + 2)}`,
    `qnext=${i + 1 < b && quoted[i + 1]}`, `qprev=${i > a && quoted[i - 1]}`,
    `pos=${bucket(i - a, [0, 1, 2, 4, 8, 16])}`, `left=${bucket(b - i, [1, 2, 3, 5, 9, 17])}`,
    `p=${prev}`, `n=${next}`, `p2=${at(i - 2)}`, `n2=${at(i + 2)}`, `pw=${prev}|${w}`, `wn=${w}|${next}`,
    `s3n=${w.slice(-3)}|${next}`, `ps3=${prev}|${w.slice(-3)}`,
    `rule=${ruleInSentence}`, `cap=${/^\p{Lu}/u.test(v.doc.tokens[i].text)}`,
  ];
}

/** All features of token `i` for the cue tagger (word and context), as training sees them. */
export function cueTokenFeatures(v: SentenceView, i: number, ruleInSentence: boolean): string[] {
  return [...cueWordFeatures(v.lowered[i]), ...cueContextFeatures(v, i, ruleInSentence)];
}

/** Features of token `i` for the role tagger (source, content or neither), relative to the cue [c0, c1). */
export function roleTokenFeatures(v: SentenceView, i: number, c0: number, c1: number, commas: number): string[] {
  const { lowered: lw, quoted, a, b } = v;
  const side = i < c0 ? 'L' : 'R';
  const d = i < c0 ? c0 - i : i - c1 + 1;
  const w = lw[i];
  const at = (k: number): string => (k >= a && k < b ? lw[k] : k < a ? '<s>' : '</s>');
  const cue = lw[c0];
  const shape = /^\p{Lu}/u.test(v.doc.tokens[i].text) ? 'X' : /^\p{L}/u.test(w) ? 'x' : /^\d/.test(w) ? 'd' : 'p';
  const db = bucket(d, [1, 2, 3, 4, 6, 10, 20]);
  return [
    `side=${side}`, `d=${side}${db}`, `w=${side}|${w}`, `sh=${side}|${shape}`, `q=${side}|${quoted[i]}`, `qd=${side}${db}|${quoted[i]}`,
    `p=${side}|${at(i - 1)}`, `n=${side}|${at(i + 1)}`, `cue=${side}|${cue}`, `cued=${side}${db}|${cue}`,
    `cuelast=${side}|${lw[c1 - 1]}`, `after=${side}|${at(c1)}`, `before=${side}|${at(c0 - 1)}`,
    `commas=${side}${bucket(commas, [0, 1, 2, 3])}`, `first=${i === a}`, `cueq=${side}|${quoted[c0]}|${quoted[i]}`,
    `shn=${side}|${shape}|${at(i + 1)}`,
  ];
}
