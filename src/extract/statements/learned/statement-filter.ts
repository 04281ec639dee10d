// The statement filter (models/statement-filter.model.gz): a logistic regression giving, for each
// finished statement, the probability that it is a report a careful reader would key with this
// speaker. Statements under the model's threshold are dropped. It is trained on what older code
// wrote for speaker-key articles it had never seen (src/learn/train-statement-filter.ts), so it
// learns the mistakes the rules make on new text: a headline's verb, "posted a message", content
// that opens on the day of the week, a description no one is named for.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../../../errors.js';
import { Logistic, type LogisticData } from '../../../learn/logistic.js';
import { decodeModel } from '../../../learn/model-file.js';
import type { Statement } from '../../types.js';
import { StatementFeatures, headlineEndOf, type StatementContext } from './statement-features.js';

export const STATEMENT_FILTER_PATH = fileURLToPath(new URL('../../../../models/statement-filter.model.gz', import.meta.url));
export const STATEMENT_FILTER_FORMAT = 'whosaid-statement-filter/1';

/** The model file: the regression, the probability a statement needs, and the out-of-fold figures it was chosen by. */
export interface StatementFilterFile {
  format: string;
  model: LogisticData;
  threshold: number;
  /** Out-of-fold rows per threshold tried: kept statements, right ones, keys found right, all keys. */
  sweep: FilterSweepRow[];
  /** The rows the threshold was chosen on (those of the newest commits) and the targets its margin is printed for. */
  choice?: { commits: string[]; targets: { right: number; found: number }; sweep: FilterSweepRow[] };
}

/** Out-of-fold figures at one threshold: kept statements, right ones, keys found right, all keys. */
export interface FilterSweepRow { threshold: number; kept: number; right: number; keysFound: number; keys: number }

/** A loaded filter. */
export interface StatementFilter { model: Logistic; threshold: number }

/** Parses a filter file's bytes; `origin` names it in errors. */
export function parseStatementFilter(bytes: Buffer, origin: string): StatementFilter {
  const data = decodeModel<StatementFilterFile>(bytes, origin);
  if (data.format !== STATEMENT_FILTER_FORMAT) {
    throw new WhosaidError('BAD_INPUT', `extract/statements: ${origin} has format ${String(data.format)}, expected ${STATEMENT_FILTER_FORMAT}; retrain with \`whosaid train statement-filter\``);
  }
  if (!(data.threshold >= 0 && data.threshold <= 1)) throw new WhosaidError('BAD_INPUT', `extract/statements: ${origin} has threshold ${String(data.threshold)}, not a probability`);
  return { model: Logistic.fromData(data.model), threshold: data.threshold };
}

let cached: StatementFilter | null = null;

/** The shipped filter, read once per process. */
export function statementFilter(): StatementFilter {
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(STATEMENT_FILTER_PATH);
  } catch (e) {
    throw new WhosaidError('MISSING_PREREQUISITE', `extract/statements: no statement filter at ${STATEMENT_FILTER_PATH}; train it with \`whosaid train statement-filter\``, { cause: e });
  }
  cached = parseStatementFilter(bytes, STATEMENT_FILTER_PATH);
  return cached;
}

/**
 * Each statement of `ctx` with the filter's probability that it is right. Statements sharing a cue
 * are one joint report ("The United States and NATO rejected …") and share the highest probability
 * among them: the first conjunct, further from the cue, is no less a speaker than the last.
 */
export function statementProbabilities(ctx: StatementContext, filter: StatementFilter = statementFilter()): { statement: Statement; p: number }[] {
  const features = new StatementFeatures(ctx);
  const p = jointReports(ctx.statements.map(reportOf), ctx.statements.map((st) => filter.model.probability(features.of(st))));
  return ctx.statements.map((statement, i) => ({ statement, p: p[i] }));
}

/** The report a statement belongs to within its article: its cue's start, shared by a joint report's statements. */
export const reportOf = (st: Statement): string => String(st.evidence.cue[0]?.[0] ?? -1);

/** Probabilities with each report (statements of one key, `reportOf`) raised to the highest among its statements. */
export function jointReports(reports: string[], p: number[]): number[] {
  const best = new Map<string, number>();
  reports.forEach((r, i) => best.set(r, Math.max(best.get(r) ?? 0, p[i])));
  return reports.map((r) => best.get(r)!);
}

/**
 * Whether the filter may judge a statement: one whose cue has a word. A transcript's turn
 * ("KELLY: …", "A: …") or a colon quote in the body has none, and the training rows hold six such
 * statements (older code made no turns), too few to learn them from.
 */
const judged = (headlineEnd: number, st: Statement): boolean => /\p{L}/u.test(st.cue) || (st.evidence.cue[0]?.[0] ?? 0) < headlineEnd;

/** The statements of `ctx` the filter keeps, in their order: those it judges likely, and those it does not judge. */
export function likelyStatements(ctx: StatementContext, filter: StatementFilter = statementFilter()): Statement[] {
  const headlineEnd = headlineEndOf(ctx.text);
  return statementProbabilities(ctx, filter).filter((s) => s.p >= filter.threshold || !judged(headlineEnd, s.statement)).map((s) => s.statement);
}
