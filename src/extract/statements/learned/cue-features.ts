// Token features of the learned cue tagger and the role tagger: single words, suffixes, the cue
// lexicon's class, quotation context and position, never longer word sequences from a text.

import type { Document } from '../../document.js';
import { cueVerb } from '../lexicon.js';
import { wordClusters } from '../../lexicon/word-clusters.js';
import { findQuotes, QuoteIndex } from '../quotes.js';
import type { Perceptron } from '../../../learn/perceptron.js';

/** What the taggers read of one sentence: lower-cased words and whether each token is quoted. */
export interface SentenceView { doc: Document; lowered: string[]; quoted: boolean[]; a: number; b: number }

const QUOTE_MARKS = new Set(['"', '“', '”', '``', "''", '«', '»', '„']);
/** Function words that never cue a report by themselves; skipping them keeps tagging fast. */
const CLOSED = new Set(['the', 'and', 'for', 'but', 'with', 'from', 'this', 'that', 'these', 'those', 'was', 'were', 'are', 'has', 'have', 'had', 'been', 'its', 'his', 'her', 'their', 'our', 'they', 'she', 'who', 'which', 'will', 'would', 'could', 'should', 'can', 'not', 'also', 'than', 'then', 'there', 'what', 'when', 'into', 'about', 'after', 'before', 'more', 'most', 'some', 'all', 'one', 'two', 'any', 'other', 'over', 'out', 'just', 'only', 'very', 'being']);

/** Per-token views of the whole document (lower case, inside a quotation). */
export function documentView(doc: Document, quotes: QuoteIndex): { lowered: string[]; quoted: boolean[] } {
  return { lowered: doc.tokens.map((t) => t.text.toLowerCase()), quoted: doc.tokens.map((t) => quotes.at(t.start) !== null) };
}

const views = new WeakMap<Document, { lowered: string[]; quoted: boolean[] }>();

/** `documentView` of `doc` with its own quotations, computed once per document (the learned stages share it). */
export function viewOf(doc: Document): { lowered: string[]; quoted: boolean[] } {
  let v = views.get(doc);
  if (!v) views.set(doc, (v = documentView(doc, new QuoteIndex(findQuotes(doc)))));
  return v;
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
  const [coarse, fine] = wordClusters(w);
  return [`w=${w}`, `s3=${w.slice(-3)}`, `s2=${w.slice(-2)}`, `p4=${w.slice(0, 4)}`, `lex=${lexClass(w)}`, `c=${coarse}`, `cf=${fine}`];
}

/** Features of token `i` for the cue tagger besides its word's; `ruleInSentence` says whether the rules found a report in the sentence. */
export function cueContextFeatures(v: SentenceView, i: number, ruleInSentence: boolean): string[] {
  const { lowered: lw, quoted, a, b } = v;
  const w = lw[i];
  const prev = wordAt(v, i - 1);
  const next = wordAt(v, i + 1);
  return [
    `lexp=${lexClass(prev)}`, `lexn=${lexClass(next)}`,
    `q=${quoted[i]}`, `qnear=${markAt(v, i - 1) || markAt(v, i - 2) || markAt(v, i + 1) || markAt(v, i + 2)}`,
    `qnext=${i + 1 < b && quoted[i + 1]}`, `qprev=${i > a && quoted[i - 1]}`,
    `pos=${bucket(i - a, [0, 1, 2, 4, 8, 16])}`, `left=${bucket(b - i, [1, 2, 3, 5, 9, 17])}`,
    `p=${prev}`, `n=${next}`, `p2=${wordAt(v, i - 2)}`, `n2=${wordAt(v, i + 2)}`, `pw=${prev}|${w}`, `wn=${w}|${next}`,
    `s3n=${w.slice(-3)}|${next}`, `ps3=${prev}|${w.slice(-3)}`,
    `rule=${ruleInSentence}`, `cap=${/^\p{Lu}/u.test(v.doc.tokens[i].text)}`,
    `cp=${wordClusters(prev)[1]}`, `cn=${wordClusters(next)[1]}`, `cfn=${wordClusters(w)[1]}|${next}`,
  ];
}

/** The lower-cased word k of the view's sentence, or a sentence mark past its ends. */
const wordAt = (v: SentenceView, k: number): string => (k >= v.a && k < v.b ? v.lowered[k] : k < v.a ? '<s>' : '</s>');

/** Whether word k of the view's sentence is a quotation mark. */
const markAt = (v: SentenceView, k: number): boolean => k >= v.a && k < v.b && QUOTE_MARKS.has(v.lowered[k]);

/** All features of token `i` for the cue tagger (word and context), as training sees them. */
export function cueTokenFeatures(v: SentenceView, i: number, ruleInSentence: boolean): string[] {
  return [...cueWordFeatures(v.lowered[i]), ...cueContextFeatures(v, i, ruleInSentence)];
}

const SHAPES = ['X', 'x', 'd', 'p'];
const DIST_EDGES = [1, 2, 3, 4, 6, 10, 20];
const COMMA_EDGES = [0, 1, 2, 3];
const POS_EDGES = [0, 1, 2, 4, 8];
const SIDES = ['L', 'R'];
const BOOLS = [false, true];
/** Capitalised, other letter, digit, punctuation. */
const shapeIndex = (text: string, w: string): number => (/^\p{Lu}/u.test(text) ? 0 : /^\p{L}/u.test(w) ? 1 : /^\d/.test(w) ? 2 : 3);
const bucketIndex = (n: number, edges: number[]): number => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? edges.length : i;
};
const bucketNames = (edges: number[]): string[] => [...edges.map(String), `>${edges[edges.length - 1]}`];

/** Features of token `i` for the role tagger (source, content or neither), relative to the cue [c0, c1). */
export function roleTokenFeatures(v: SentenceView, i: number, c0: number, c1: number, commas: number): string[] {
  const { lowered: lw, quoted, a, b } = v;
  const side = i < c0 ? 'L' : 'R';
  const d = i < c0 ? c0 - i : i - c1 + 1;
  const w = lw[i];
  const at = (k: number): string => (k >= a && k < b ? lw[k] : k < a ? '<s>' : '</s>');
  const cue = lw[c0];
  const shape = SHAPES[shapeIndex(v.doc.tokens[i].text, w)];
  const db = bucket(d, DIST_EDGES);
  return [
    `side=${side}`, `d=${side}${db}`, `w=${side}|${w}`, `sh=${side}|${shape}`, `q=${side}|${quoted[i]}`, `qd=${side}${db}|${quoted[i]}`,
    `p=${side}|${at(i - 1)}`, `n=${side}|${at(i + 1)}`, `cue=${side}|${cue}`, `cued=${side}${db}|${cue}`,
    `cuelast=${side}|${lw[c1 - 1]}`, `after=${side}|${at(c1)}`, `before=${side}|${at(c0 - 1)}`,
    `commas=${side}${bucket(commas, COMMA_EDGES)}`, `first=${i === a}`, `cueq=${side}|${quoted[c0]}|${quoted[i]}`,
    `shn=${side}|${shape}|${at(i + 1)}`,
    `sp=${side}${bucket(i - a, POS_EDGES)}`, `lexw=${side}|${lexClass(w)}`, `wd=${side}${db}|${w}`, `pn=${side}|${at(i - 1)}|${shape}`, `qc=${side}|${quoted[i]}|${quoted[c0]}|${db}`,
    `wc=${side}|${wordClusters(w)[1]}`, `wcd=${side}${db}|${wordClusters(w)[0]}`, `cuec=${side}|${wordClusters(cue)[1]}`,
  ];
}

/**
 * Features of token `i` for the cue-extent tagger: does `i` belong to the cue whose next token
 * toward the cue's core is `k`? `dir` is L when `i` is left of the core, R when right.
 */
export function cueExtentFeatures(v: SentenceView, i: number, k: number, dir: 'L' | 'R', dist: number): string[] {
  const { lowered: lw, quoted, a, b } = v;
  const w = lw[i];
  const out = dir === 'L' ? i - 1 : i + 1;
  const next = out >= a && out < b ? lw[out] : '<s>';
  const shape = /^\p{Lu}/u.test(v.doc.tokens[i].text) ? 'X' : /^\p{L}/u.test(w) ? 'x' : /^\d/.test(w) ? 'd' : 'p';
  return [
    `d=${dir}`, `w=${dir}|${w}`, `sh=${dir}|${shape}`, `lex=${dir}|${lexClass(w)}`, `dist=${dir}${bucket(dist, [1, 2, 3, 4])}`,
    `in=${dir}|${lw[k]}`, `out=${dir}|${next}`, `wout=${dir}|${w}|${next}`, `win=${dir}|${lw[k]}|${w}`,
    `q=${dir}|${quoted[i]}`, `s3=${dir}|${w.slice(-3)}`, `edge=${dir}|${out < a || out >= b}`,
    `c=${dir}|${wordClusters(w)[1]}`, `cout=${dir}|${wordClusters(next)[0]}`,
  ];
}

/** Per model: feature ids of each word's role features (by side, shape, distance) and of the small categorical ones. */
interface RoleMemo { words: Map<string, Int32Array>; small: Int32Array }
const roleMemos = new WeakMap<Perceptron, RoleMemo>();
/** Slots per side in a word's block: w, p, n, lexw, shn × 4 shapes, pn × 4 shapes, wd × 8 distances, wc, wcd × 8 distances. */
const WORD_SLOTS = 29;
const DISTS = DIST_EDGES.length + 1;
/** Offsets of the small features in RoleMemo.small, per side. */
const SMALL = { side: 0, d: 1, sh: 1 + DISTS, q: 5 + DISTS, qd: 7 + DISTS, commas: 7 + 3 * DISTS, first: 12 + 3 * DISTS, sp: 14 + 3 * DISTS, qc: 20 + 3 * DISTS, size: 20 + 7 * DISTS };

const idOf = (model: Perceptron, f: string): number => model.featureIds([f])[0] ?? -1;

function roleMemo(model: Perceptron): RoleMemo {
  let m = roleMemos.get(model);
  if (m) return m;
  const small = new Int32Array(2 * SMALL.size).fill(-1);
  const dn = bucketNames(DIST_EDGES);
  const cn = bucketNames(COMMA_EDGES);
  const pn = bucketNames(POS_EDGES);
  SIDES.forEach((side, si) => {
    const o = si * SMALL.size;
    small[o + SMALL.side] = idOf(model, `side=${side}`);
    dn.forEach((db, k) => { small[o + SMALL.d + k] = idOf(model, `d=${side}${db}`); });
    SHAPES.forEach((sh, k) => { small[o + SMALL.sh + k] = idOf(model, `sh=${side}|${sh}`); });
    BOOLS.forEach((q, k) => {
      small[o + SMALL.q + k] = idOf(model, `q=${side}|${q}`);
      dn.forEach((db, j) => { small[o + SMALL.qd + 2 * j + k] = idOf(model, `qd=${side}${db}|${q}`); });
      BOOLS.forEach((qc0, k2) => dn.forEach((db, j) => { small[o + SMALL.qc + (2 * k + k2) * DISTS + j] = idOf(model, `qc=${side}|${q}|${qc0}|${db}`); }));
    });
    cn.forEach((c, k) => { small[o + SMALL.commas + k] = idOf(model, `commas=${side}${c}`); });
    pn.forEach((p, k) => { small[o + SMALL.sp + k] = idOf(model, `sp=${side}${p}`); });
  });
  small[SMALL.first] = idOf(model, 'first=false');
  small[SMALL.first + 1] = idOf(model, 'first=true');
  m = { words: new Map(), small };
  roleMemos.set(model, m);
  return m;
}

/** The ids of a word's word-keyed role features, both sides (computed once per model and word). */
function wordBlock(model: Perceptron, memo: RoleMemo, w: string): Int32Array {
  let block = memo.words.get(w);
  if (block) return block;
  block = new Int32Array(2 * WORD_SLOTS);
  const dn = bucketNames(DIST_EDGES);
  SIDES.forEach((side, si) => {
    const o = si * WORD_SLOTS;
    block![o] = idOf(model, `w=${side}|${w}`);
    block![o + 1] = idOf(model, `p=${side}|${w}`);
    block![o + 2] = idOf(model, `n=${side}|${w}`);
    block![o + 3] = idOf(model, `lexw=${side}|${lexClass(w)}`);
    SHAPES.forEach((sh, k) => {
      block![o + 4 + k] = idOf(model, `shn=${side}|${sh}|${w}`);
      block![o + 8 + k] = idOf(model, `pn=${side}|${w}|${sh}`);
    });
    dn.forEach((db, k) => { block![o + 12 + k] = idOf(model, `wd=${side}${db}|${w}`); });
    const [coarse, fine] = wordClusters(w);
    block![o + 20] = idOf(model, `wc=${side}|${fine}`);
    dn.forEach((db, k) => { block![o + 21 + k] = idOf(model, `wcd=${side}${db}|${coarse}`); });
  });
  if (memo.words.size < 200_000) memo.words.set(w, block);
  return block;
}

/**
 * The role tagger's feature ids of every token of a sentence relative to the cue [c0, c1): the same
 * ids as `model.featureIds(roleTokenFeatures(...))` (as a set), without building the feature strings
 * per token; word-keyed ids are kept per model and word.
 */
export function roleIdsForCue(model: Perceptron, v: SentenceView, c0: number, c1: number): (i: number, commas: number) => number[] {
  const memo = roleMemo(model);
  const { lowered: lw, quoted, a, b } = v;
  const at = (k: number): string => (k >= a && k < b ? lw[k] : k < a ? '<s>' : '</s>');
  const cue = lw[c0];
  const dn = bucketNames(DIST_EDGES);
  const perCue = SIDES.map((side) => ({
    fixed: model.featureIds([`cue=${side}|${cue}`, `cuelast=${side}|${lw[c1 - 1]}`, `after=${side}|${at(c1)}`, `before=${side}|${at(c0 - 1)}`, `cuec=${side}|${wordClusters(cue)[1]}`]),
    cued: dn.map((db) => idOf(model, `cued=${side}${db}|${cue}`)),
    cueq: BOOLS.map((q) => idOf(model, `cueq=${side}|${quoted[c0]}|${q}`)),
  }));
  const qc0 = quoted[c0] ? 1 : 0;
  return (i, commas) => {
    const si = i < c0 ? 0 : 1;
    const d = i < c0 ? c0 - i : i - c1 + 1;
    const dbi = bucketIndex(d, DIST_EDGES);
    const sh = shapeIndex(v.doc.tokens[i].text, lw[i]);
    const q = quoted[i] ? 1 : 0;
    const o = si * SMALL.size;
    const { small } = memo;
    const own = wordBlock(model, memo, lw[i]);
    const prev = wordBlock(model, memo, at(i - 1));
    const next = wordBlock(model, memo, at(i + 1));
    const wo = si * WORD_SLOTS;
    const c = perCue[si];
    const ids = [
      small[o + SMALL.side], small[o + SMALL.d + dbi], small[o + SMALL.sh + sh], small[o + SMALL.q + q], small[o + SMALL.qd + 2 * dbi + q],
      small[o + SMALL.commas + bucketIndex(commas, COMMA_EDGES)], small[SMALL.first + (i === a ? 1 : 0)], small[o + SMALL.sp + bucketIndex(i - a, POS_EDGES)],
      small[o + SMALL.qc + (2 * q + qc0) * DISTS + dbi],
      own[wo], own[wo + 3], own[wo + 12 + dbi], own[wo + 20], own[wo + 21 + dbi], prev[wo + 1], prev[wo + 8 + sh], next[wo + 2], next[wo + 4 + sh],
      c.cued[dbi], c.cueq[q], ...c.fixed,
    ];
    return ids.filter((id) => id >= 0);
  };
}
