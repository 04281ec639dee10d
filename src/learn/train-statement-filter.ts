// `whosaid train statement-filter`: trains the statement filter (statements/learned/statement-filter.ts)
// on the first-scored statements of the development speaker keys (first-scored.ts builds them):
// each statement is a row, labelled right when it matches a key with the key's speaker. The
// threshold is chosen out of fold, articles grouped by the commit that wrote them (five folds), as
// the smallest probability whose statement F1 (share of kept statements right, share of keys found
// right) is within 0.002 of the best: a near-tie goes to dropping less. Deterministic:
// rows in article order, logistic regression by SGD in input order.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { WhosaidError } from '../errors.js';
import { articleFromText } from '../../loaders/text.js';
import { keysRightPerStatement, type SpeakerKey } from '../eval/speaker-keys.js';
import { ratio, renderTable } from '../eval/table.js';
import { StatementFeatures } from '../extract/statements/learned/statement-features.js';
import { STATEMENT_FILTER_FORMAT, STATEMENT_FILTER_PATH, type StatementFilterFile } from '../extract/statements/learned/statement-filter.js';
import { Logistic, type LogisticOptions } from './logistic.js';
import { decodeModel, encodeModel } from './model-file.js';
import { FILTER_DATA_PATH, SPEAKER_KEYS_DIR, type FirstScoredArticle } from './first-scored.js';

/** One statement as a training row. */
export interface FilterRow {
  /** The article and the commit that wrote it (the fold group). */
  article: string; group: string;
  features: string[];
  label: 0 | 1;
  /** Keys (by article-qualified index) the statement finds with the right speaker. */
  keysRight: string[];
}

export const FILTER_OPTIONS: LogisticOptions = { epochs: 12, rate: 0.1, l2: 1e-4 };
export const FILTER_GRID = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
const FOLDS = 5;
const NEAR_TIE = 0.002;

/** The rows of the first-scored articles, labelled against the keys in `keysDir`; also the number of keys. */
export function filterRows(articles: FirstScoredArticle[], keysDir: string): { rows: FilterRow[]; keys: number } {
  const rows: FilterRow[] = [];
  let keyCount = 0;
  for (const a of articles) {
    const read = (file: string): string => {
      try {
        return readFileSync(join(keysDir, file), 'utf8');
      } catch (e) {
        throw new WhosaidError('BAD_INPUT', `train statement-filter: the data names ${a.name}, but ${join(keysDir, file)} cannot be read`, { cause: e });
      }
    };
    const text = articleFromText(read(`${a.name}.txt`), a.name).text;
    const keys = JSON.parse(read(`${a.name}.keys.json`)) as SpeakerKey[];
    keyCount += keys.length;
    for (const st of a.statements) {
      if (st.evidence.content.some(([, e]) => e > text.length)) throw new WhosaidError('BAD_INPUT', `train statement-filter: a statement of ${a.name} lies past the end of its text; rebuild the data with \`whosaid train statement-filter-data\``);
    }
    const features = new StatementFeatures({ text, actors: a.actors, mentions: a.mentions, statements: a.statements });
    const right = keysRightPerStatement(a, keys);
    a.statements.forEach((st, i) => rows.push({
      article: a.name, group: a.commit, features: features.of(st), label: right[i].length > 0 ? 1 : 0, keysRight: right[i].map((k) => `${a.name}#${k}`),
    }));
  }
  return { rows, keys: keyCount };
}

/** The fold of a group (a commit): md5, so that it does not depend on the order of articles. */
export const foldOfGroup = (group: string): number => createHash('md5').update(group).digest()[0] % FOLDS;

/** Trains a regression on rows. */
export const trainFilter = (rows: FilterRow[], options: LogisticOptions = FILTER_OPTIONS): Logistic =>
  Logistic.fromData(Logistic.train(rows.map((r) => ({ features: r.features, label: r.label })), options).toData());

/** Out-of-fold probabilities: each fold's rows scored by a model trained on the other folds. */
export function outOfFold(rows: FilterRow[], options: LogisticOptions = FILTER_OPTIONS): number[] {
  const p = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const model = trainFilter(rows.filter((r) => foldOfGroup(r.group) !== k), options);
    rows.forEach((r, i) => { if (foldOfGroup(r.group) === k) p[i] = model.probability(r.features); });
  }
  return p;
}

type SweepRow = StatementFilterFile['sweep'][number];

/** Kept, right and keys found at each threshold of the grid (threshold 0: no filter). */
export function sweep(rows: FilterRow[], p: number[], keys: number, grid: number[] = FILTER_GRID): SweepRow[] {
  return [0, ...grid].map((threshold) => {
    let kept = 0;
    let right = 0;
    const found = new Set<string>();
    rows.forEach((r, i) => {
      if (p[i] < threshold) return;
      kept++;
      right += r.label;
      for (const k of r.keysRight) found.add(k);
    });
    return { threshold, kept, right, keysFound: found.size, keys };
  });
}

/** Statement F1 of a sweep row: precision over kept statements, recall over keys. */
export function sweepF1(s: SweepRow): number {
  const p = s.kept ? s.right / s.kept : 0;
  const r = s.keys ? s.keysFound / s.keys : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * The smallest threshold whose F1 is within NEAR_TIE of the best. The rows come from older code,
 * whose mistakes the current rules partly fixed, so of near-equal choices the filter takes the one
 * that drops least.
 */
export function chooseThreshold(rows: SweepRow[]): number {
  const best = Math.max(...rows.map(sweepF1));
  return Math.min(...rows.filter((s) => sweepF1(s) >= best - NEAR_TIE).map((s) => s.threshold));
}

/** The sweep as a table. */
export function sweepTable(rows: SweepRow[], chosen: number): string {
  const cells = rows.map((s) => [
    s.threshold.toFixed(2), s.kept, s.right, ratio(s.right, s.kept), `${s.keysFound}/${s.keys}`, ratio(s.keysFound, s.keys), sweepF1(s).toFixed(3), s.threshold === chosen ? 'chosen' : '',
  ]);
  return `${renderTable(['threshold', 'kept', 'right', 'share', 'keys found', 'share', 'F1', ''], cells)}\n`;
}

/** Reads the first-scored data file. */
export function readFilterData(path: string): FirstScoredArticle[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new WhosaidError('BAD_INPUT', `train statement-filter: cannot read ${path}; build it with \`whosaid train statement-filter-data\``, { cause: e });
  }
  const data = decodeModel<{ format: string; articles: FirstScoredArticle[] }>(bytes, path);
  if (data.format !== 'whosaid-first-scored/1' || !Array.isArray(data.articles)) throw new WhosaidError('BAD_INPUT', `train statement-filter: ${path} is not first-scored data (format ${String(data.format)})`);
  return data.articles;
}

/** Builds the model file from articles: out-of-fold sweep, threshold, final model on all rows. */
export function statementFilterFile(articles: FirstScoredArticle[], keysDir: string): StatementFilterFile {
  const { rows, keys } = filterRows(articles, keysDir);
  if (rows.length === 0) throw new WhosaidError('BAD_INPUT', 'train statement-filter: the data holds no statements');
  const table = sweep(rows, outOfFold(rows), keys);
  const threshold = chooseThreshold(table);
  return { format: STATEMENT_FILTER_FORMAT, model: trainFilter(rows).toData(), threshold, sweep: table };
}

/** `whosaid train statement-filter [--data <file>] [--keys <dir>] [--out <file>]`. */
export async function trainStatementFilterCommand(opts: { data?: string; keys?: string; out?: string }): Promise<void> {
  const articles = readFilterData(opts.data ?? FILTER_DATA_PATH);
  const file = statementFilterFile(articles, opts.keys ?? SPEAKER_KEYS_DIR);
  process.stdout.write(`${articles.length} articles, ${file.sweep[0].kept} statements; out of fold (articles grouped by the commit that wrote them):\n${sweepTable(file.sweep, file.threshold)}`);
  const out = opts.out ?? STATEMENT_FILTER_PATH;
  const bytes = encodeModel(file);
  await writeFile(out, bytes);
  process.stdout.write(`wrote ${out} (${bytes.length} bytes, ${Object.keys(file.model.weights).length} weights, threshold ${file.threshold})\n`);
}
