// Ingesting files and directories: loaders → extraction (on worker threads when asked) →
// batches written in input order, one transaction each, reporting progress and collecting a
// summary. Used by `whosaid ingest` and `whosaid serve --ingest`.

import { loadAll } from '../../loaders/index.js';
import type { Extraction, RawArticle } from '../extract/types.js';
import { ExtractPool } from './extract-pool.js';
import type { ArticleResult, IngestPipeline } from './ingest-pipeline.js';

export interface FileSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  statements: number;
  merges: number;
  rejected: { origin: string; reason: string }[];
  skipped: { origin: string; reason: string }[];
}

export interface Progress { start(total: number): void; tick(origin: string, count?: number): void; stop(): void }

export const INGEST_DEFAULTS = Object.freeze({
  /** Articles per write transaction: chosen by `npm run bench:ingest -- --batch-sizes 100,200,400,800` (README, Speed). */
  batchSize: 400,
  /** Extraction worker threads; 0 extracts on the main thread between the writer's round trips. */
  workers: 0,
});

/**
 * Worker threads worth starting on a machine with `cores` cores: none below four (on two
 * cores, Neo4j needs one and worker start-up costs more than it saves; see README, Speed),
 * else one per core but the writer's.
 */
export const defaultWorkers = (cores: number): number => (cores >= 4 ? cores - 1 : 0);

export interface IngestFilesOptions {
  batchSize?: number;
  workers?: number;
  /** Largest article read from a file or record (WHOSAID_MAX_ARTICLE_BYTES); the loaders' default otherwise. */
  maxArticleBytes?: number;
}

type Extracted = { origin: string; extraction: Extraction } | { origin: string; error: unknown };

/** Loads every path and ingests each article; bad files and articles are rejections, the batch goes on. */
export async function ingestFiles(pipeline: IngestPipeline, paths: readonly string[], progress?: Progress, options: IngestFilesOptions = {}): Promise<FileSummary> {
  const s: FileSummary = { ingested: 0, replaced: 0, unchanged: 0, statements: 0, merges: 0, rejected: [], skipped: [] };
  const events = await loadAll(paths, { maxArticleBytes: options.maxArticleBytes });
  const articles = events.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
  for (const e of events) {
    if (e.kind === 'rejected') s.rejected.push({ origin: e.origin, reason: e.reason });
    if (e.kind === 'skipped') s.skipped.push({ origin: e.origin, reason: e.reason });
  }
  const count = (r: ArticleResult): void => {
    if (r.kind === 'rejected') { s.rejected.push({ origin: r.origin, reason: r.reason }); return; }
    const o = r.outcome;
    if (o.status === 'unchanged') s.unchanged++;
    else (o.status === 'replaced' ? s.replaced++ : s.ingested++);
    s.statements += o.statements;
    s.merges += o.merges.length;
  };
  progress?.start(articles.length);
  try {
    await ingestArticles(pipeline, articles, options, (results) => {
      results.forEach(count);
      if (results.length > 0) progress?.tick(results[results.length - 1].origin, results.length);
    });
  } finally {
    progress?.stop();
  }
  return s;
}

/**
 * Extracts the articles (on `workers` threads, or in this thread between the writer's round
 * trips) and stores them in batches of `batchSize`, in input order; while a batch is written
 * the next ones are being extracted.
 */
export async function ingestArticles(pipeline: IngestPipeline, articles: readonly RawArticle[], options: IngestFilesOptions, onBatch: (r: ArticleResult[]) => void): Promise<void> {
  const batchSize = Math.max(1, options.batchSize ?? INGEST_DEFAULTS.batchSize);
  const workers = options.workers ?? INGEST_DEFAULTS.workers;
  const pool = workers > 0 ? new ExtractPool(workers) : null;
  const run = pool ? (a: RawArticle) => pool.extract(a) : interleaved(pipeline.extractor);
  const extractOne = async (a: RawArticle): Promise<Extracted> => {
    try {
      return { origin: a.origin, extraction: await run(a) };
    } catch (error) {
      return { origin: a.origin, error };
    }
  };
  const window = batchSize * 2;
  const inflight: Promise<Extracted>[] = [];
  let next = 0;
  const fill = (): void => { while (inflight.length < window && next < articles.length) inflight.push(extractOne(articles[next++])); };
  try {
    fill();
    while (inflight.length > 0) {
      const batch: Extracted[] = [];
      while (batch.length < batchSize && inflight.length > 0) {
        batch.push(await inflight.shift()!);
        fill();
      }
      const good = batch.filter((b): b is Extracted & { extraction: Extraction } => 'extraction' in b);
      const stored = await pipeline.storeBatch(good);
      const results: ArticleResult[] = [];
      let k = 0;
      for (const b of batch) results.push('extraction' in b ? stored[k++] : pipeline.rejectExtraction(b.origin, b.error));
      onBatch(results);
    }
  } finally {
    await pool?.close();
  }
}

/**
 * Runs the extractor in this thread one article per event-loop turn, so the writer's round
 * trips to Neo4j are answered between two articles: extraction overlaps the write without
 * the start-up cost of worker threads (which do not pay off on a machine with few cores).
 */
function interleaved(extractor: (a: RawArticle) => Extraction): (a: RawArticle) => Promise<Extraction> {
  let chain: Promise<unknown> = Promise.resolve();
  return (a) => {
    const next = chain.then(() => new Promise<Extraction>((resolve, reject) => setImmediate(() => {
      try { resolve(extractor(a)); } catch (err) { reject(err); }
    })));
    chain = next.catch(() => undefined);
    return next;
  };
}

/** The summary as the CLI prints it, one line per rejection with its reason. */
export function formatSummary(s: FileSummary): string {
  const lines = [
    `ingested ${s.ingested}${s.replaced ? ` (+${s.replaced} replaced)` : ''}, unchanged ${s.unchanged}, rejected ${s.rejected.length}${s.skipped.length ? `, skipped ${s.skipped.length}` : ''}` +
      ` — ${s.statements} statements, ${s.merges} cross-article actor merges`,
    ...s.rejected.map((r) => `  rejected ${r.origin}: ${r.reason}`),
    ...s.skipped.map((r) => `  skipped ${r.origin}: ${r.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
