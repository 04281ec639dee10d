// PolNeAR attribution evaluation (polnear-train/README.md): predicted and gold attributions
// are token sets per role (source, cue, content), aligned one to one by shared cue tokens
// (content tokens break ties and serve where cues do not overlap), then counted micro-averaged.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WhosaidError } from '../errors.js';
import type { Span } from '../extract/types.js';

export interface SpanAttribution {
  source: Span[];
  cue: Span[];
  content: Span[];
}

export const ROLES = ['source', 'cue', 'content'] as const;
type Role = (typeof ROLES)[number];

/** Counts of one evaluation; several are summed for the micro average. */
export interface PolnearCounts {
  predicted: number;
  gold: number;
  aligned: number;
  /** Aligned pairs whose role overlaps at Jaccard >= 0.5, per role and 'all'. */
  loose: Record<Role | 'all', number>;
  /** Same at Jaccard 1.0. */
  strict: Record<Role | 'all', number>;
}

export interface PolnearScores {
  overall: PolnearCounts;
  direct: PolnearCounts;
}

const TOKEN = /[\p{L}\p{N}_]+|[^\p{L}\p{N}_\s]/gu;
const QUOTE_MARK = /["“”«»]|''|``/;

/** Parses a brat .ann file: Source, Cue and Content spans tied together by E lines. */
export function parseAnn(ann: string): SpanAttribution[] {
  const spans = new Map<string, Span[]>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    if (line.startsWith('T')) {
      const [id, info] = line.split('\t');
      const m = /^\S+ ([\d ;]+)/.exec(info ?? '');
      if (!m) continue;
      spans.set(id, m[1].trim().split(';').map((p): Span => {
        const [s, e] = p.trim().split(' ').map(Number);
        return [s, e];
      }));
    } else if (line.startsWith('E')) events.push(line.split('\t')[1] ?? '');
  }
  return events.map((ev) => {
    const att: SpanAttribution = { source: [], cue: [], content: [] };
    for (const part of ev.trim().split(/\s+/)) {
      const [role, id] = part.split(':');
      const s = spans.get(id) ?? [];
      if (role === 'Source') att.source.push(...s);
      else if (role === 'Cue') att.cue.push(...s);
      else if (role.startsWith('Content')) att.content.push(...s);
    }
    return att;
  });
}

function tokenBounds(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(TOKEN)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts, ends };
}

function tokenSet(spans: Span[], b: { starts: number[]; ends: number[] }): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of spans) {
    let lo = 0;
    let hi = b.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (b.ends[mid] <= s) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < b.starts.length && b.starts[i] < e; i++) out.add(i);
  }
  return out;
}

const shared = (x: Set<number>, y: Set<number>): number => {
  let n = 0;
  for (const v of x) if (y.has(v)) n++;
  return n;
};

function jaccard(x: Set<number>, y: Set<number>): number {
  if (x.size === 0 && y.size === 0) return 1;
  const inter = shared(x, y);
  return inter / (x.size + y.size - inter);
}

/** Converts attributions to their token sets per role, over one tokenisation of their text. */
function tokenAtts(bounds: { starts: number[]; ends: number[] }): (a: SpanAttribution) => TokenAtt {
  return (a) => ({ source: tokenSet(a.source, bounds), cue: tokenSet(a.cue, bounds), content: tokenSet(a.content, bounds) });
}

function emptyCounts(): PolnearCounts {
  return { predicted: 0, gold: 0, aligned: 0, loose: { source: 0, cue: 0, content: 0, all: 0 }, strict: { source: 0, cue: 0, content: 0, all: 0 } };
}

type TokenAtt = Record<Role, Set<number>>;

/** One-to-one pairs [predicted, gold] by shared cue tokens, then content tokens. */
function alignPairs(pred: TokenAtt[], gold: TokenAtt[]): [number, number][] {
  const pairs: [number, number, number, number][] = [];
  pred.forEach((p, i) => gold.forEach((g, j) => {
    const cue = shared(p.cue, g.cue);
    const content = shared(p.content, g.content);
    if (cue > 0 || content > 0) pairs.push([cue, content, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0] || y[1] - x[1] || x[2] - y[2] || x[3] - y[3]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: [number, number][] = [];
  for (const [, , i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

function countAligned(pred: TokenAtt[], gold: TokenAtt[], into: PolnearCounts): void {
  into.predicted += pred.length;
  into.gold += gold.length;
  for (const [i, j] of alignPairs(pred, gold)) {
    into.aligned++;
    for (const [bucket, threshold] of [[into.loose, 0.5], [into.strict, 1]] as const) {
      let all = true;
      for (const role of ROLES) {
        const ok = jaccard(pred[i][role], gold[j][role]) >= threshold;
        if (ok) bucket[role]++;
        all &&= ok;
      }
      if (all) bucket.all++;
    }
  }
}

/** Scores one article's predicted attributions against its gold ones, adding to `scores`. */
export function scoreArticle(text: string, predicted: SpanAttribution[], gold: SpanAttribution[], scores: PolnearScores): void {
  const toTokens = tokenAtts(tokenBounds(text));
  const isDirect = (a: SpanAttribution): boolean => a.content.some(([s, e]) => QUOTE_MARK.test(text.slice(s, e)));
  countAligned(predicted.map(toTokens), gold.map(toTokens), scores.overall);
  countAligned(predicted.filter(isDirect).map(toTokens), gold.filter(isDirect).map(toTokens), scores.direct);
}

/** For each predicted attribution: is it aligned to a gold one with all three roles at Jaccard >= 0.5? */
export function correctFlags(text: string, predicted: SpanAttribution[], gold: SpanAttribution[]): boolean[] {
  const toTokens = tokenAtts(tokenBounds(text));
  const pred = predicted.map(toTokens);
  const g = gold.map(toTokens);
  const flags = pred.map(() => false);
  for (const [i, j] of alignPairs(pred, g)) flags[i] = ROLES.every((role) => jaccard(pred[i][role], g[j][role]) >= 0.5);
  return flags;
}

/** How an aligned attribution's role misses its annotation (Jaccard < 0.5), by token sets. */
export const ERROR_SHAPES = ['none found', 'not annotated', 'too short', 'too long', 'overlapping', 'different words'] as const;
export type ErrorShape = (typeof ERROR_SHAPES)[number];
export type ErrorShapes = Record<Role, Record<ErrorShape, number>>;

export function emptyErrorShapes(): ErrorShapes {
  const row = (): Record<ErrorShape, number> => Object.fromEntries(ERROR_SHAPES.map((k) => [k, 0])) as Record<ErrorShape, number>;
  return { source: row(), cue: row(), content: row() };
}

/** The shape of a role's miss: nothing predicted, nothing annotated, inside the annotation, around it, across it, or apart. */
export function errorShape(pred: Set<number>, gold: Set<number>): ErrorShape {
  if (pred.size === 0) return 'none found';
  if (gold.size === 0) return 'not annotated';
  const both = shared(pred, gold);
  if (both === pred.size) return 'too short';
  if (both === gold.size) return 'too long';
  return both > 0 ? 'overlapping' : 'different words';
}

/**
 * Counts, for the attributions of one article aligned to an annotation, how each role that misses
 * (Jaccard < 0.5) misses it: a diagnosis in counts, no text, so it can be printed for any split.
 */
export function countErrorShapes(text: string, predicted: SpanAttribution[], gold: SpanAttribution[], into: ErrorShapes): void {
  const toTokens = tokenAtts(tokenBounds(text));
  const pred = predicted.map(toTokens);
  const g = gold.map(toTokens);
  for (const [i, j] of alignPairs(pred, g)) {
    for (const role of ROLES) if (jaccard(pred[i][role], g[j][role]) < 0.5) into[role][errorShape(pred[i][role], g[j][role])]++;
  }
}

export function emptyScores(): PolnearScores {
  return { overall: emptyCounts(), direct: emptyCounts() };
}

export interface PolnearArticle {
  name: string;
  text: string;
  gold: SpanAttribution[];
}

/** Which fifth of the split an article falls in (md5 of its name): 0 is our held-out part. */
export function foldOf(name: string): number {
  return Number(BigInt(`0x${createHash('md5').update(name).digest('hex')}`) % 5n);
}

/** Reads a PolNeAR directory (text/ and attributions/); the first .ann per article in name order. */
export function readPolnear(dir: string): PolnearArticle[] {
  let annFiles: string[];
  try {
    annFiles = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  } catch (err) {
    throw new WhosaidError('BAD_INPUT', `eval polnear: ${dir} has no attributions/ folder; pass the polnear-train directory`, { cause: err });
  }
  const seen = new Set<string>();
  const out: PolnearArticle[] = [];
  for (const f of annFiles) {
    const name = f.replace(/_[^_]+\.ann$/, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
    out.push({ name, text, gold: parseAnn(readFileSync(join(dir, 'attributions', f), 'utf8')) });
  }
  return out;
}

/**
 * The scorer's view of one article for the source ranker's trainer: for each predicted attribution,
 * the gold one it is aligned to (or null), and the token Jaccard of a source span with that gold
 * one's source (the alignment reads cues and contents only, so a source choice never changes it).
 */
export function sourceJudge(text: string, predicted: SpanAttribution[], gold: SpanAttribution[]): { aligned: (number | null)[]; overlap: (goldIndex: number, source: Span[]) => number } {
  const bounds = tokenBounds(text);
  const toTokens = tokenAtts(bounds);
  const g = gold.map(toTokens);
  const aligned: (number | null)[] = predicted.map(() => null);
  for (const [i, j] of alignPairs(predicted.map(toTokens), g)) aligned[i] = j;
  return { aligned, overlap: (j, source) => jaccard(tokenSet(source, bounds), g[j].source) };
}
