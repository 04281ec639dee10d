// The ingest pipeline: RawArticle → extraction → store, one article at a time. Bad input is a
// rejection with a reason and the batch goes on; the caller decides how to report it.

import { articleFromRecord } from '../../loaders/index.js';
import type { Extraction, RawArticle } from '../extract/types.js';
import { isWhosaidError } from '../errors.js';
import type { Store } from '../store/Store.js';
import type { IngestOutcome } from '../store/ingest.js';

export type Extractor = (article: RawArticle) => Extraction;

export type ArticleResult =
  | { kind: 'stored'; origin: string; outcome: IngestOutcome }
  | { kind: 'rejected'; origin: string; reason: string };

export interface BatchResult {
  ingested: IngestOutcome[];
  unchanged: IngestOutcome[];
  /** Every stored input with its index, in input order (ingested, replaced and unchanged). */
  stored: { input: number; outcome: IngestOutcome }[];
  rejected: { input: number; origin: string; reason: string }[];
}

/** A Neo4j client error (the store refused this article's data), as opposed to a broken store or a bug. */
function refusedByStore(err: unknown): string | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('Neo.ClientError.')) return null;
  return `store: Neo4j refused this article (${code}): ${String((err as Error).message ?? '').split('\n')[0].slice(0, 300)}`;
}

export class IngestPipeline {
  constructor(
    private readonly store: Store,
    private readonly extract: Extractor,
    private readonly onGraphChanged: () => void,
    private readonly observe: (e: { articles: number; statements: number; rejections: number }) => void = () => undefined,
  ) {}

  /** Extracts and stores one article; bad data (also data Neo4j refuses) becomes a rejection, an unreachable store throws. */
  async ingestArticle(article: RawArticle): Promise<ArticleResult> {
    let extraction: Extraction;
    try {
      extraction = this.extract(article);
    } catch (err) {
      return this.rejectExtraction(article.origin, err);
    }
    return this.storeOne(article.origin, extraction);
  }

  private async storeOne(origin: string, extraction: Extraction): Promise<ArticleResult> {
    try {
      const outcome = await this.store.ingest(extraction);
      if (outcome.status !== 'unchanged') this.onGraphChanged();
      this.observe({ articles: outcome.status === 'unchanged' ? 0 : 1, statements: outcome.statements, rejections: 0 });
      return { kind: 'stored', origin, outcome };
    } catch (err) {
      if (isWhosaidError(err) && err.code === 'BAD_INPUT') return this.reject(origin, err.message);
      const refused = refusedByStore(err);
      if (refused) return this.reject(origin, refused);
      throw err;
    }
  }

  /** The extractor this pipeline runs in-thread (the ingest of files may run it on workers instead). */
  get extractor(): Extractor { return this.extract; }

  /**
   * Stores extracted articles in one transaction, outcomes in input order. When the batch is
   * refused as bad input, stores them one by one so only the bad article is rejected; when it
   * outlasts the transaction timeout (a loaded machine), stores each half in turn.
   */
  async storeBatch(items: readonly { origin: string; extraction: Extraction }[]): Promise<ArticleResult[]> {
    if (items.length === 0) return [];
    let outcomes: IngestOutcome[];
    try {
      outcomes = await this.store.ingestBatch(items.map((i) => i.extraction));
    } catch (err) {
      if (isWhosaidError(err) && err.code === 'LIMIT_EXCEEDED' && items.length > 1) {
        const half = Math.ceil(items.length / 2);
        return [...await this.storeBatch(items.slice(0, half)), ...await this.storeBatch(items.slice(half))];
      }
      if (!isWhosaidError(err) || err.code !== 'BAD_INPUT') throw err;
      const one: ArticleResult[] = [];
      for (const item of items) one.push(await this.storeOne(item.origin, item.extraction));
      return one;
    }
    const changed = outcomes.filter((o) => o.status !== 'unchanged');
    if (changed.length > 0) this.onGraphChanged();
    this.observe({ articles: changed.length, statements: changed.reduce((n, o) => n + o.statements, 0), rejections: 0 });
    return outcomes.map((outcome, i) => ({ kind: 'stored', origin: items[i].origin, outcome }));
  }

  /** Rejects an article whose extraction failed (bad data); other failures throw. */
  rejectExtraction(origin: string, err: unknown): ArticleResult {
    if (isWhosaidError(err) && err.code !== 'BAD_INPUT') throw err;
    return this.reject(origin, isWhosaidError(err) ? err.message : `extract: failed on this article: ${String((err as Error)?.message ?? err)}`);
  }

  private reject(origin: string, reason: string): ArticleResult {
    this.observe({ articles: 0, statements: 0, rejections: 1 });
    return { kind: 'rejected', origin, reason };
  }

  /**
   * Validates API records ({id,url,title,text|html,publishedAt,source}) and ingests each. When
   * Neo4j becomes unreachable, that input and every later one are rejected with the store's
   * message (not tried: each would wait out the write retry budget); what was stored stays listed.
   */
  async ingestRecords(records: readonly unknown[]): Promise<BatchResult> {
    const result: BatchResult = { ingested: [], unchanged: [], stored: [], rejected: [] };
    let down: string | null = null;
    for (const [input, record] of records.entries()) {
      if (down !== null) {
        result.rejected.push({ input, origin: `input #${input}`, reason: `not tried: ${down}` });
        continue;
      }
      let article: RawArticle;
      try {
        article = articleFromRecord(record, `input #${input}`);
      } catch (err) {
        if (!isWhosaidError(err)) throw err;
        result.rejected.push({ input, origin: `input #${input}`, reason: err.message });
        continue;
      }
      let r: ArticleResult;
      try {
        r = await this.ingestArticle(article);
      } catch (err) {
        if (!isWhosaidError(err) || err.code !== 'STORE_UNAVAILABLE') throw err;
        down = err.message;
        result.rejected.push({ input, origin: article.origin, reason: down });
        continue;
      }
      if (r.kind === 'rejected') result.rejected.push({ input, origin: r.origin, reason: r.reason });
      else {
        (r.outcome.status === 'unchanged' ? result.unchanged : result.ingested).push(r.outcome);
        result.stored.push({ input, outcome: r.outcome });
      }
    }
    return result;
  }

  /** Deletes an article; false when it was not stored. */
  async deleteArticle(id: string): Promise<boolean> {
    const deleted = await this.store.deleteArticle(id);
    if (deleted) this.onGraphChanged();
    return deleted;
  }
}
