// Extraction on every core: a pool of worker threads, each running the extractor. Results are
// promises the caller awaits in input order, so the writer is fed in order whatever finishes first.

import { Worker } from 'node:worker_threads';
import type { Extraction, RawArticle } from '../extract/types.js';
import { WhosaidError, type ErrorCode } from '../errors.js';

interface Pending { resolve: (x: Extraction) => void; reject: (e: Error) => void }

export class ExtractPool {
  private readonly workers: Worker[];
  private readonly busy: number[];
  private readonly pending = new Map<number, Pending & { worker: number }>();
  private seq = 0;
  private failure: Error | null = null;

  /** Starts `size` worker threads (at least one). */
  constructor(size: number) {
    const entry = new URL('./extract-worker.mjs', import.meta.url);
    this.workers = Array.from({ length: Math.max(1, size) }, (_, w) => {
      const worker = new Worker(entry);
      worker.on('message', (m: { seq: number; extraction?: Extraction; error?: { message: string; code: ErrorCode | null } }) => this.settle(w, m));
      worker.on('error', (err) => this.fail(err));
      return worker;
    });
    this.busy = this.workers.map(() => 0);
  }

  /** Extracts one article on the least busy worker; rejects with the extractor's error (a WhosaidError keeps its code). */
  extract(article: RawArticle): Promise<Extraction> {
    if (this.failure) return Promise.reject(this.failure);
    const w = this.busy.indexOf(Math.min(...this.busy));
    const seq = this.seq++;
    this.busy[w]++;
    return new Promise<Extraction>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: w });
      this.workers[w].postMessage({ seq, article });
    });
  }

  /** Stops the workers; pending extractions reject. */
  async close(): Promise<void> {
    this.fail(new Error('extract pool: closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private settle(w: number, m: { seq: number; extraction?: Extraction; error?: { message: string; code: ErrorCode | null } }): void {
    const p = this.pending.get(m.seq);
    if (!p) return;
    this.pending.delete(m.seq);
    this.busy[w]--;
    if (m.extraction) p.resolve(m.extraction);
    else p.reject(m.error?.code ? new WhosaidError(m.error.code, m.error.message) : new Error(m.error?.message ?? 'extract worker: no result'));
  }

  private fail(err: Error): void {
    this.failure ??= err;
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }
}
