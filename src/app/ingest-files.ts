// Ingesting files and directories: loaders → pipeline, one article at a time, reporting
// progress and collecting a summary. Used by `whosaid ingest` and `whosaid serve --ingest`.

import { loadAll, type LoadOptions } from '../../loaders/index.js';
import type { IngestPipeline } from './ingest-pipeline.js';

export interface FileSummary {
  ingested: number;
  replaced: number;
  unchanged: number;
  statements: number;
  merges: number;
  rejected: { origin: string; reason: string }[];
  skipped: { origin: string; reason: string }[];
}

export interface Progress { start(total: number): void; tick(origin: string): void; stop(): void }

/**
 * Loads every path (with the loaders' limits, e.g. the maximum article size) and ingests each
 * article; bad files are rejections, skipped files (symbolic links, unknown extensions) are
 * listed, the batch goes on.
 */
export async function ingestFiles(pipeline: Pick<IngestPipeline, 'ingestArticle'>, paths: readonly string[], progress?: Progress, load: LoadOptions = {}): Promise<FileSummary> {
  const s: FileSummary = { ingested: 0, replaced: 0, unchanged: 0, statements: 0, merges: 0, rejected: [], skipped: [] };
  const events = await loadAll(paths, load);
  const articles = events.flatMap((e) => (e.kind === 'article' ? [e.article] : []));
  for (const e of events) {
    if (e.kind === 'rejected') s.rejected.push({ origin: e.origin, reason: e.reason });
    if (e.kind === 'skipped') s.skipped.push({ origin: e.origin, reason: e.reason });
  }
  progress?.start(articles.length);
  try {
    for (const article of articles) {
      const r = await pipeline.ingestArticle(article);
      if (r.kind === 'rejected') s.rejected.push({ origin: r.origin, reason: r.reason });
      else {
        const o = r.outcome;
        if (o.status === 'unchanged') s.unchanged++;
        else (o.status === 'replaced' ? s.replaced++ : s.ingested++);
        s.statements += o.statements;
        s.merges += o.merges.length;
      }
      progress?.tick(article.origin);
    }
  } finally {
    progress?.stop();
  }
  return s;
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
