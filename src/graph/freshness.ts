// When the in-memory graph must be re-read: the store's graph version (bumped by every write, from
// any process) is checked at most once per `checkEveryMs`, each check bounded by `checkTimeoutMs`
// so an unreachable Neo4j costs a short wait, never the driver's 30 s of retries.

import { WhosaidError } from '../errors.js';

/** Reads the store's graph version (Store.graphVersion in production). */
export type VersionSource = () => Promise<{ version: number; updatedAt?: string | null; epoch?: string | null }>;

export const FRESHNESS_DEFAULTS = Object.freeze({ checkEveryMs: 1000, checkTimeoutMs: 3000 });

export interface FreshnessOptions {
  checkEveryMs?: number;
  checkTimeoutMs?: number;
  /** Milliseconds since the epoch; passed in so tests control time. */
  now?: () => number;
}

/** What the last check found: the store's version, or that the store did not answer in time. */
export type CheckResult = { ok: true; version: number; updatedAt: string | null; epoch: string | null } | { ok: false; error: unknown };

/**
 * Runs `promise` against a timer: rejects with STORE_UNAVAILABLE after `ms`. The promise itself
 * keeps running (the driver cannot be cancelled); callers reuse it instead of starting another.
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WhosaidError('STORE_UNAVAILABLE', `graph: ${what} got no answer within ${ms} ms; is Neo4j running?`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Throttled, time-bounded version checks; concurrent callers share one check. */
export class VersionCheck {
  private readonly every: number;
  private readonly timeoutMs: number;
  readonly now: () => number;
  private lastAt = -Infinity;
  private last: CheckResult | null = null;
  private inFlight: ReturnType<VersionSource> | null = null;
  private checking: Promise<CheckResult> | null = null;
  /** Bumped by invalidate(): a check begun before it is answered but not kept. */
  private generation = 0;

  constructor(private readonly source: VersionSource, o: FreshnessOptions = {}) {
    this.every = o.checkEveryMs ?? FRESHNESS_DEFAULTS.checkEveryMs;
    this.timeoutMs = o.checkTimeoutMs ?? FRESHNESS_DEFAULTS.checkTimeoutMs;
    this.now = o.now ?? Date.now;
  }

  /** The store's version, asked at most once per interval; a failed or slow check is a result, not a throw. */
  check(): Promise<CheckResult> {
    if (this.last && this.now() - this.lastAt < this.every) return Promise.resolve(this.last);
    if (this.checking) return this.checking;
    const generation = this.generation;
    const checking = (async (): Promise<CheckResult> => {
      const inFlight = this.inFlight ??= this.source().finally(() => { if (this.inFlight === inFlight) this.inFlight = null; });
      let result: CheckResult;
      try {
        const { version, updatedAt, epoch } = await withTimeout(inFlight, this.timeoutMs, 'graph version check');
        result = { ok: true, version, updatedAt: updatedAt ?? null, epoch: epoch ?? null };
      } catch (error) {
        result = { ok: false, error };
      }
      if (generation === this.generation) {
        this.last = result;
        this.lastAt = this.now();
      }
      return result;
    })().finally(() => { if (this.checking === checking) this.checking = null; });
    this.checking = checking;
    return checking;
  }

  /** Forgets the throttle, so the next check asks the store (after this server's own writes). */
  invalidate(): void {
    this.last = null;
    this.generation++;
    this.checking = null;
    this.inFlight = null;
  }
}
