// The tagger's static scores at tagging time, without feature strings. Training interns the
// strings of features.ts (`wordFeatures`, `contextFeatures`); a trained model only needs, per
// word, the sum of those features' weights. Most features depend on one word type alone (its
// own features, its shape or lower case seen from a neighbour), so each word type's weight rows
// are looked up once per model and kept; a word's scores are then a few row additions, made in
// `staticIds`' order (own features, context features, neighbours) so they are the same sums.

import type { Perceptron } from '../../learn/perceptron.js';
import { baseWord, capPattern, docStats, isAllCaps, isCap, NEIGHBOUR_PREFIXES, shape, wordFeatures, type DocStats, type WordDoc } from './features.js';
import { lexiconFeatures } from './lexicon-features.js';

type Row = Float64Array | null;

/** A word type's rows: its own features summed, and the features it gives a word next to it. */
interface WordRows {
  low: string;
  shape: string;
  /** Index of its capitalisation letter (capPattern) in CAP_LETTERS. */
  cap: number;
  capital: boolean;
  own: Float64Array;
  /** "sh-1=" and "sh+1=" of its shape, "w-1=", "w-2=", "w+1=", "w+2=" of its lower case, "capsSent:l=" of it. */
  shPrev: Row; shNext: Row; near: [Row, Row, Row, Row]; capsLow: Row;
  /** "sh|w-1=" and "sh|w+1=" rows of its shape, by the neighbour's lower case (shared by every word of the shape). */
  byShape: ShapeRows;
}

interface ShapeRows { prev: Map<string, Row>; next: Map<string, Row> }

const CAP_LETTERS = ['_', 'A', 'C', 'l', 'd', 'p'];
const FLAGS = ['bias', 'poss', 'first', 'capsSent', 'doc:midCap', 'doc:noMidCap', 'doc:lower', 'first:midCap=true', 'first:midCap=false', 'run:org', 'doc:inOrg', 'run:named', 'doc:named'] as const;
type Flag = (typeof FLAGS)[number];
const CACHE_LIMIT = 200_000;

/** One trained model's rows, bounded: cleared when it holds CACHE_LIMIT entries. */
class ModelRows {
  readonly labels: number;
  readonly flags: Record<Flag, Row>;
  private readonly words = new Map<string, WordRows>();
  private readonly shapes = new Map<string, ShapeRows>();
  private readonly lex: [Map<string, Row>, Map<string, Row>, Map<string, Row>] = [new Map(), new Map(), new Map()];
  private readonly cp: (Row | undefined)[] = [];
  private entries = 0;
  readonly start: WordRows;
  readonly end: WordRows;

  constructor(private readonly model: Perceptron) {
    this.labels = model.labels.length;
    this.flags = Object.fromEntries(FLAGS.map((f) => [f, model.row(f)])) as Record<Flag, Row>;
    this.start = this.rowsOf('<s>', '<s>', '<s>');
    this.end = this.rowsOf('</s>', '</s>', '</s>');
  }

  /** The rows of a base word (as it stands in the sentence, possessive stripped). */
  word(w: string): WordRows {
    let r = this.words.get(w);
    if (!r) {
      r = this.rowsOf(w, w.toLowerCase(), shape(w));
      this.count();
      this.words.set(w, r);
    }
    return r;
  }

  /** "sh|w-1=<shape>|<low>" (side 0) or "sh|w+1=…" (side 1). */
  shapeWord(of: WordRows, side: 0 | 1, low: string): Row {
    const m = side === 0 ? of.byShape.prev : of.byShape.next;
    let r = m.get(low);
    if (r === undefined) {
      r = this.model.row(`${side === 0 ? 'sh|w-1=' : 'sh|w+1='}${of.shape}|${low}`);
      this.count();
      m.set(low, r);
    }
    return r;
  }

  /** A gazetteer feature as is (at 0), or seen from the word after (at 1: "-1…") or before (at 2: "+1…"). */
  lexRow(at: 0 | 1 | 2, x: string): Row {
    const m = this.lex[at];
    let r = m.get(x);
    if (r === undefined) {
      r = this.model.row(at === 0 ? x : at === 1 ? `-1${x}` : `+1${x}`);
      m.set(x, r);
    }
    return r;
  }

  /** "cp=" of three capitalisation letters. */
  capRow(a: number, b: number, c: number): Row {
    const k = (a * 6 + b) * 6 + c;
    let r = this.cp[k];
    if (r === undefined) r = this.cp[k] = this.model.row(`cp=${CAP_LETTERS[a]}${CAP_LETTERS[b]}${CAP_LETTERS[c]}`);
    return r;
  }

  private rowsOf(w: string, low: string, sh: string): WordRows {
    const m = this.model;
    let byShape = this.shapes.get(sh);
    if (!byShape) { byShape = { prev: new Map(), next: new Map() }; this.shapes.set(sh, byShape); }
    return {
      low,
      shape: sh,
      cap: CAP_LETTERS.indexOf(capPattern(sh)),
      capital: isCap(w),
      own: m.scores(m.featureIds(wordFeatures(w))),
      shPrev: m.row(`sh-1=${sh}`),
      shNext: m.row(`sh+1=${sh}`),
      near: NEIGHBOUR_PREFIXES.map((p) => m.row(p + low)) as WordRows['near'],
      capsLow: m.row(`capsSent:l=${low}`),
      byShape,
    };
  }

  private count(): void {
    if (++this.entries < CACHE_LIMIT) return;
    this.words.clear();
    this.shapes.clear();
    for (const m of this.lex) m.clear();
    this.entries = 0;
  }
}

const cache = new WeakMap<Perceptron, ModelRows>();

function addRow(out: Float64Array, r: Row): void {
  if (r) for (let k = 0; k < out.length; k++) out[k] += r[k];
}

/** The static part of each word's label scores: its static features' weights summed, per label. */
export type StaticScores = Float64Array[][];

/**
 * Static scores of every word of a document under a trained (averaged) model: the same features
 * `staticIds` gives training (`wordFeatures`, then `contextFeatures` with the neighbours last),
 * added in that order.
 */
export function taggingScores(model: Perceptron, doc: WordDoc, stats: DocStats = docStats(doc)): StaticScores {
  let rows = cache.get(model);
  if (!rows) { rows = new ModelRows(model); cache.set(model, rows); }
  const R = rows;
  const { flags } = R;
  return doc.map((sent, si) => {
    const words = sent.map(baseWord);
    const info = words.map((w) => R.word(w));
    const caps = isAllCaps(sent);
    const lex = lexiconFeatures(words);
    const runs = stats.runs[si];
    const len = words.length;
    return info.map((me, i) => {
      const out = me.own.slice();
      const prev = i > 0 ? info[i - 1] : R.start;
      const next = i + 1 < len ? info[i + 1] : R.end;
      addRow(out, flags.bias);
      addRow(out, prev.shPrev);
      addRow(out, next.shNext);
      addRow(out, R.capRow(prev.cap, me.cap, next.cap));
      addRow(out, R.shapeWord(me, 0, prev.low));
      addRow(out, R.shapeWord(me, 1, next.low));
      if (sent[i] !== words[i]) addRow(out, flags.poss);
      if (i === 0) addRow(out, flags.first);
      if (caps) { addRow(out, flags.capsSent); addRow(out, me.capsLow); }
      if (me.capital) {
        const low = me.low;
        const mid = stats.midCap.has(low);
        addRow(out, mid ? flags['doc:midCap'] : flags['doc:noMidCap']);
        if (stats.lower.has(low)) addRow(out, flags['doc:lower']);
        if (i === 0) addRow(out, mid ? flags['first:midCap=true'] : flags['first:midCap=false']);
        if (runs.org[i]) addRow(out, flags['run:org']);
        else if (stats.inOrg.has(low)) addRow(out, flags['doc:inOrg']);
        if (runs.named[i]) addRow(out, flags['run:named']);
        else if (stats.named.has(low)) addRow(out, flags['doc:named']);
      }
      for (const x of lex[i]) addRow(out, R.lexRow(0, x));
      if (i > 0) for (const x of lex[i - 1]) addRow(out, R.lexRow(1, x));
      if (i + 1 < len) for (const x of lex[i + 1]) addRow(out, R.lexRow(2, x));
      addRow(out, prev.near[0]);
      addRow(out, (i > 1 ? info[i - 2] : R.start).near[1]);
      addRow(out, next.near[2]);
      addRow(out, (i + 2 < len ? info[i + 2] : R.end).near[3]);
      return out;
    });
  });
}
