// The one place that runs Cypher: query values in, plain JS records out. Driver errors become
// WhosaidError (STORE_UNAVAILABLE when Neo4j cannot be reached), every transaction has a timeout.

import neo4j, { type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { WhosaidError } from '../errors.js';
import type { Query } from './model.js';
import { MAX_READ_BATCH, batchKey, batchedRead, splitBatch } from './read-batch.js';

export type Row = Record<string, unknown>;

/** A transaction handed to a unit of work: runs query values, returns plain rows. */
export interface Tx {
  run(query: Query): Promise<Row[]>;
}

/** Reported after each transaction, for metrics: its purpose, mode, duration and outcome. */
export interface QueryEvent {
  what: string; mode: 'READ' | 'WRITE'; seconds: number; ok: boolean;
  /** For a read sent batched: how many reads the batched query held. */
  batch?: number;
}

export interface ExecutorOptions {
  database: string;
  /** Read transaction timeout in milliseconds. */
  timeoutMs: number;
  /** Write transaction timeout (ingests plan several queries on a cold database); default 120 s. */
  writeTimeoutMs?: number;
  /** How long a write keeps retrying while Neo4j is unreachable (beyond the driver's own retries); default 30 s. */
  writeRetryMs?: number;
  onQuery?: (e: QueryEvent) => void;
  /** Send reads of one query text that arrive in the same event-loop turn as one query
   * (read-batch.ts); default true. `always`: a read alone goes in the batched form too (to check
   * that every shape can be batched). */
  batchReads?: boolean | 'always';
}

/** A turn's reads of one shape go in this many batched queries at once (given two reads each). */
const READ_BATCH_SPLIT = 2;

/** A read waiting for its turn's batch. */
interface PendingRead { query: Query; what: string; resolve(rows: Row[]): void; reject(err: unknown): void }

const WRITE_TIMEOUT_MS = 120_000;
export const WRITE_RETRY_MS = 30_000;
const RETRY_PAUSE_MS = 1_000;
/** After a read found Neo4j unreachable, further reads fail at once for this long (a request's
 * later queries then do not each wait out the driver's retry budget again). */
export const READ_DOWN_WINDOW_MS = 1_000;
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.ClientError.Security.Unauthorized']);

/**
 * Converts neo4j values (nodes, relationships, integers) into plain JSON-shaped data. Maps and
 * lists are converted in place: the driver decodes a fresh object for each, and copying every
 * statement of a page again was a tenth of the garbage an API request made.
 */
function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = plain(value[i]);
    return value;
  }
  const v = value as Record<string, unknown>;
  if ('labels' in v && 'properties' in v && 'elementId' in v) return plain(v.properties);
  if ('type' in v && 'properties' in v && 'startNodeElementId' in v) return { type: v.type, ...(plain(v.properties) as Row) };
  for (const k in v) v[k] = plain(v[k]);
  return v;
}

const toRow = (r: Neo4jRecord): Row => plain(r.toObject()) as Row;

/**
 * Starts a query with V8's stack capture off. The driver captures and formats a stack trace for
 * every query it starts, to put on an error that may come later: about 3% of an API request's CPU.
 * A read that fails is reported by its purpose (see storeError), not by the caller's stack.
 */
function withoutStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A managed transaction as units of work see it: query values in, plain rows out. */
const wrap = (tx: ManagedTransaction): Tx => ({
  run: async (q) => (await tx.run(q.cypher, q.params)).records.map(toRow),
});

/** The driver's pool gave no connection in time: Neo4j answers, but is busy. */
const poolTimeout = (err: unknown): boolean => /Connection acquisition timed out/.test((err as { message?: string })?.message ?? '');

/** Maps a driver error onto a WhosaidError naming the query's purpose; other errors pass through. */
export function storeError(err: unknown, what: string): unknown {
  const e = err as { code?: string; message?: string };
  if (e?.code && (UNAVAILABLE.has(e.code) || e.code.startsWith('Neo.TransientError.General.DatabaseUnavailable'))) {
    return new WhosaidError('STORE_UNAVAILABLE', `store: Neo4j cannot be reached (${what}): ${e.message}; start it (whosaid db start, or npm start) or check NEO4J_URI`, { cause: err });
  }
  if (poolTimeout(err)) {
    return new WhosaidError('STORE_UNAVAILABLE', `store: Neo4j is busy: no connection came free in time (${what}); retry shortly, or lower the load`, { cause: err });
  }
  if (e?.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || e?.code?.includes('TransactionTimedOut')) {
    return new WhosaidError('LIMIT_EXCEEDED', `store: ${what} took longer than the transaction timeout; narrow the query`, { cause: err });
  }
  return err;
}

export class Executor {
  /** Until when reads fail fast: set when a read found Neo4j unreachable. */
  private readsDownUntil = 0;
  private lastReadFailure: unknown = null;

  constructor(private readonly driver: Driver, private readonly options: ExecutorOptions) {}

  /** Reads waiting for the end of this event-loop turn, by batchKey. */
  private readonly pending = new Map<string, PendingRead[]>();
  /** Query texts Neo4j refused to run batched (see batchedRead); they run one by one. */
  private readonly unbatchable = new Set<string>();

  /**
   * Runs one read query and returns its rows. Reads of the same query text that arrive in the
   * same event-loop turn (concurrent requests of one shape) are sent together as one query
   * (read-batch.ts) and answered each with its own rows; a read alone goes by itself.
   */
  async read(query: Query, what = 'read'): Promise<Row[]> {
    if (this.options.batchReads === false || this.unbatchable.has(query.cypher) || Date.now() < this.readsDownUntil) return this.readOne(query, what);
    const key = batchKey(query);
    return new Promise<Row[]>((resolve, reject) => {
      let batch = this.pending.get(key);
      if (!batch) {
        const started: PendingRead[] = [];
        this.pending.set(key, started);
        setImmediate(() => {
          if (this.pending.get(key) === started) this.pending.delete(key);
          void this.flush(started);
        });
        batch = started;
      }
      batch.push({ query, what, resolve, reject });
      if (batch.length >= MAX_READ_BATCH) this.pending.delete(key);
    });
  }

  /**
   * Answers a turn's reads of one query text: as one batched query when there are several, or as
   * READ_BATCH_SPLIT batched queries at once when there are at least two reads for each (Neo4j runs
   * a query on one thread: one batch of heavy reads left the other core idle).
   */
  private async flush(reads: readonly PendingRead[]): Promise<void> {
    const parts = reads.length >= 2 * READ_BATCH_SPLIT ? READ_BATCH_SPLIT : 1;
    const size = Math.ceil(reads.length / parts);
    await Promise.all(Array.from({ length: parts }, (_, i) => this.runBatch(reads.slice(i * size, (i + 1) * size))));
  }

  /**
   * Runs reads as one batched query. If the batch fails for any reason, each read runs again by
   * itself, so every read gets the answer or error it would have had alone; a text Neo4j cannot
   * batch is not tried again.
   */
  private async runBatch(reads: readonly PendingRead[]): Promise<void> {
    if (reads.length > 1 || this.options.batchReads === 'always') {
      const batch = batchedRead(reads.map((r) => r.query));
      try {
        const rows = await this.inSession('READ', reads.map((r) => r.what), async (session, config) => (await withoutStack(() => session.run(batch.cypher, batch.params, config))).records.map(toRow));
        splitBatch(rows, reads.length).forEach((answer, i) => reads[i].resolve(answer));
        return;
      } catch (err) {
        if ((err as { code?: string })?.code === 'Neo.ClientError.Statement.SyntaxError') this.unbatchable.add(reads[0].query.cypher);
      }
    }
    for (const r of reads) this.readOne(r.query, r.what).then(r.resolve, r.reject);
  }

  /**
   * Runs one read by itself, as one auto-commit query (RUN and PULL in one network write) rather
   * than a managed transaction (BEGIN, RUN and PULL, COMMIT: three writes, two round trips): for
   * one read both see the same snapshot, and an API request is mostly such reads. An error the
   * driver would retry sends the query through readTx, which retries it within the driver's
   * budget, so failures behave as before.
   */
  private async readOne(query: Query, what: string): Promise<Row[]> {
    const viaTx = (): Promise<Row[]> => this.readTx((tx) => tx.run(query), what);
    if (Date.now() < this.readsDownUntil) return viaTx();
    return this.inSession('READ', what, async (session, config) => (await withoutStack(() => session.run(query.cypher, query.params, config))).records.map(toRow), viaTx);
  }

  /** Runs one write query and returns its rows. */
  async write(query: Query, what = 'write'): Promise<Row[]> {
    return this.writeTx((tx) => tx.run(query), what);
  }

  /** Runs a unit of work in one read transaction (retried by the driver on transient errors). */
  async readTx<T>(work: (tx: Tx) => Promise<T>, what = 'read'): Promise<T> {
    if (Date.now() < this.readsDownUntil) {
      throw new WhosaidError('STORE_UNAVAILABLE', `store: Neo4j cannot be reached (${what}): it did not answer a read under a second ago; start it (whosaid db start, or npm start) or check NEO4J_URI`, { cause: this.lastReadFailure });
    }
    try {
      return await this.inSession('READ', what, (session, config) => session.executeRead((tx) => work(wrap(tx)), config));
    } catch (err) {
      if ((err as { code?: string })?.code === 'STORE_UNAVAILABLE' && !poolTimeout((err as { cause?: unknown }).cause)) {
        this.readsDownUntil = Date.now() + READ_DOWN_WINDOW_MS;
        this.lastReadFailure = err;
      }
      throw err;
    }
  }

  /** Runs a unit of work in one write transaction: all of it commits, or none. Retries while
   * Neo4j is unreachable, for at most writeRetryMs, then throws STORE_UNAVAILABLE. */
  async writeTx<T>(work: (tx: Tx) => Promise<T>, what = 'write'): Promise<T> {
    const deadline = Date.now() + (this.options.writeRetryMs ?? WRITE_RETRY_MS);
    for (;;) {
      try {
        return await this.inSession('WRITE', what, (session, config) => session.executeWrite((tx) => work(wrap(tx)), config));
      } catch (err) {
        if ((err as { code?: string })?.code !== 'STORE_UNAVAILABLE' || Date.now() + RETRY_PAUSE_MS > deadline) throw err;
        await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
      }
    }
  }

  /**
   * Opens a session in `mode`, runs `run` in it with the mode's timeout, reports the query (once
   * per read of a batch, when `what` lists them) and maps driver errors; an error the driver would retry goes to `onRetryable` instead, when given.
   */
  private async inSession<T>(mode: 'READ' | 'WRITE', what: string | readonly string[], run: (session: Session, config: { timeout: number }) => Promise<T>, onRetryable?: () => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout: mode === 'READ' ? this.options.timeoutMs : (this.options.writeTimeoutMs ?? WRITE_TIMEOUT_MS) };
    const started = process.hrtime.bigint();
    const report = (ok: boolean): void => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (typeof what === 'string') this.options.onQuery?.({ what, mode, seconds, ok });
      else for (const w of what) this.options.onQuery?.({ what: w, mode, seconds, ok, batch: what.length });
    };
    try {
      const result = await run(session, config);
      report(true);
      return result;
    } catch (err) {
      if (onRetryable && neo4j.isRetryableError(err as Error)) return await onRetryable();
      report(false);
      throw storeError(err, typeof what === 'string' ? what : `${what.length} batched reads: ${[...new Set(what)].join(', ')}`);
    } finally {
      await session.close();
    }
  }
}
