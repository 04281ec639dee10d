// Features of the tagger. Static ones depend only on the words: the word, its shape and affixes,
// each neighbour within two words (individually), gazetteer membership, sentence position and
// document evidence (is the word capitalised mid-sentence elsewhere, written in lower case elsewhere).
// Tag-pair ones join the previous tag with the word or with the type this word was given in earlier
// sentences (the "document memory").

import { lexiconFeatures } from './lexicon-features.js';
import { isCapitalised } from '../actors/tokens.js';
import { runMarks, type RunMarks } from './name-runs.js';
import { wordClusters } from '../lexicon/word-clusters.js';

/** One document: sentences of words (possessive "'s" already split off or stripped). */
export type WordDoc = readonly (readonly string[])[];

const POSSESSIVE = /^(.+?)['’]s?$/u;

/** The word the features look at: "Park's" → "Park"; anything else unchanged. */
export function baseWord(t: string): string {
  const end = t.charCodeAt(t.length - 1);
  if (end !== 115 && end !== 39 && end !== 0x2019) return t;
  const m = /\p{L}['’]s$/u.test(t) || /\p{L}s['’]$/u.test(t) ? POSSESSIVE.exec(t) : null;
  return m ? m[1] : t;
}

/** "Xxxx", "XX", "X.X.", "dd-dd": character classes, runs longer than two collapsed. */
export function shape(t: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let k = 0; k < t.length; k++) {
    const code = t.charCodeAt(k);
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = t[k];
    else { const ch = t[k]; c = UPPER.test(ch) ? 'X' : LOWER.test(ch) ? 'x' : DIGIT.test(ch) ? 'd' : ch; }
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** One letter per word for the capitalisation pattern around a word: C(apitalised), A(ll caps), l(ower), d(igit), p(unctuation). */
export function capPattern(sh: string): string {
  if (sh.startsWith('<')) return '_';
  if (/^X+$/.test(sh) || /^X\.X/.test(sh)) return 'A';
  if (sh.startsWith('X')) return 'C';
  if (sh.startsWith('x')) return 'l';
  return sh.startsWith('d') ? 'd' : 'p';
}

/** A word opening with a capital. */
export const isCap = isCapitalised;

/** An all-capitals sentence: no lower-case letter and some word with two capitals (a mixed-case sentence stops at its first lower-case word). */
export const isAllCaps = (words: readonly string[]): boolean => !words.some((t) => /\p{Ll}/u.test(t)) && words.some((t) => /\p{Lu}{2}/u.test(t));

/**
 * How each lower-cased word is written across the document: capitalised mid-sentence, lower case,
 * inside a run ending on an organisation head word, after a title or a given name; and the run marks of each sentence.
 */
export interface DocStats { midCap: Set<string>; lower: Set<string>; inOrg: Set<string>; named: Set<string>; runs: RunMarks[] }

/** Collects DocStats over a document (mixed-case sentences only). */
export function docStats(doc: WordDoc): DocStats {
  const midCap = new Set<string>();
  const lower = new Set<string>();
  const inOrg = new Set<string>();
  const named = new Set<string>();
  const runs = doc.map((sent) => {
    const marks = runMarks(sent.map(baseWord));
    marks.org.forEach((m, i) => { if (m) inOrg.add(baseWord(sent[i]).toLowerCase()); });
    marks.named.forEach((m, i) => { if (m) named.add(baseWord(sent[i]).toLowerCase()); });
    return marks;
  });
  for (const sent of doc) {
    if (isAllCaps(sent)) continue;
    sent.forEach((raw, i) => {
      const t = baseWord(raw);
      if (i > 0 && isCap(t) && !/^["“‘'(]$/u.test(sent[i - 1])) midCap.add(t.toLowerCase());
      else if (/^\p{Ll}/u.test(t)) lower.add(t.toLowerCase());
    });
  }
  return { midCap, lower, inOrg, named, runs };
}

/** Features of a word on its own (form, lower case, shape, affixes, hyphen parts): cacheable per word. */
export function wordFeatures(w: string): string[] {
  const low = w.toLowerCase();
  const [coarse, fine] = wordClusters(low);
  const f = [`w=${w}`, `l=${low}`, `sh=${shape(w)}`, `c=${coarse}`, `cf=${fine}`];
  for (let k = 1; k <= 4 && k <= low.length; k++) f.push(`p${k}=${low.slice(0, k)}`, `s${k}=${low.slice(-k)}`);
  const dash = low.lastIndexOf('-');
  if (dash > 0 && dash < low.length - 1) f.push(`hy1=${low.slice(0, dash)}`, `hy2=${low.slice(dash + 1)}`);
  return f;
}

/** The words of a sentence as the features see them: base forms, lower case, shapes. */
export interface SentenceView { raw: readonly string[]; words: string[]; lows: string[]; shapes: string[]; caps: boolean; lex: string[][]; runs: RunMarks }

/** Prepares a sentence for `contextFeatures`; `runs` are its marks from `docStats` when at hand. */
export function viewSentence(sent: readonly string[], runs?: RunMarks): SentenceView {
  const words = sent.map(baseWord);
  return { raw: sent, words, lows: words.map((w) => w.toLowerCase()), shapes: words.map(shape), caps: isAllCaps(sent), lex: lexiconFeatures(words), runs: runs ?? runMarks(words) };
}

/** Features of word i in its sentence and document: neighbours, capitalisation, position, lists. */
export function contextFeatures(v: SentenceView, i: number, stats: DocStats, withNeighbours = true): string[] {
  const { words, lows, shapes, lex } = v;
  const n = words.length;
  const low = lows[i];
  const sh = shapes[i];
  const f = ['bias'];
  if (withNeighbours) {
    const [a, b, c, d] = neighbourWords(v, i);
    f.push(`w-1=${a}`, `w-2=${b}`, `w+1=${c}`, `w+2=${d}`);
  }
  const sp = i > 0 ? shapes[i - 1] : '<s>';
  const sn = i + 1 < n ? shapes[i + 1] : '</s>';
  f.push(`sh-1=${sp}`, `sh+1=${sn}`);
  f.push(`cp=${capPattern(sp)}${capPattern(sh)}${capPattern(sn)}`, `sh|w-1=${sh}|${i > 0 ? lows[i - 1] : '<s>'}`, `sh|w+1=${sh}|${i + 1 < n ? lows[i + 1] : '</s>'}`);
  if (v.raw[i] !== words[i]) f.push('poss');
  if (i === 0) f.push('first');
  if (v.caps) f.push('capsSent', `capsSent:l=${low}`);
  if (isCap(words[i])) {
    f.push(stats.midCap.has(low) ? 'doc:midCap' : 'doc:noMidCap');
    if (stats.lower.has(low)) f.push('doc:lower');
    if (i === 0) f.push(`first:midCap=${stats.midCap.has(low)}`);
    if (v.runs.org[i]) f.push('run:org');
    else if (stats.inOrg.has(low)) f.push('doc:inOrg');
    if (v.runs.named[i]) f.push('run:named');
    else if (stats.named.has(low)) f.push('doc:named');
  }
  for (const x of lex[i]) f.push(x);
  if (i > 0) for (const x of lex[i - 1]) f.push(`-1${x}`);
  if (i + 1 < n) for (const x of lex[i + 1]) f.push(`+1${x}`);
  return f;
}

/** The prefixes of the neighbouring-word features, in the order `neighbourWords` gives the words. */
export const NEIGHBOUR_PREFIXES = ['w-1=', 'w-2=', 'w+1=', 'w+2='] as const;

/** The lower-cased words one and two before and after word i (sentence marks past the ends). */
export function neighbourWords(v: SentenceView, i: number): [string, string, string, string] {
  const { lows } = v;
  const n = lows.length;
  return [i > 0 ? lows[i - 1] : '<s>', i > 1 ? lows[i - 2] : '<s>', i + 1 < n ? lows[i + 1] : '</s>', i + 2 < n ? lows[i + 2] : '</s>'];
}

/** Static features of every word of one sentence (word features, then context features). */
export function sentenceFeatures(sent: readonly string[], stats: DocStats, runs?: RunMarks): string[][] {
  const v = viewSentence(sent, runs);
  return v.words.map((w, i) => wordFeatures(w).concat(contextFeatures(v, i, stats)));
}

/** Features of a tag pair: the previous tag, with this word, with the document memory of this word. */
export function transitionFeatures(prev: string, word: string, memory: string | undefined): string[] {
  const f = [`t-1=${prev}`, `t-1=${prev}|w=${word}`];
  if (memory) f.push(`mem=${memory}|t-1=${prev}`);
  return f;
}

/** The document memory: the type this capitalised word was tagged with in earlier sentences. */
export function memoryFeatures(memory: string | undefined): string[] {
  return memory ? [`mem=${memory}`] : [];
}
