// Wiring in one place: config → driver → store → services → server deps. Everything a
// command needs is built here and handed down; close() releases it in reverse order.

import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { extract } from '../extract/index.js';
import { AnalyticsService } from '../graph/AnalyticsService.js';
import { Metrics } from '../obs/Metrics.js';
import type { ServerDeps } from '../server/deps.js';
import { openDriver } from '../store/driver.js';
import { Store, type QueryEvent } from '../store/Store.js';
import { LIMITS } from '../api/limits.js';
import { responseVersion } from '../api/response-cache.js';
import { IngestPipeline, type Extractor } from './ingest-pipeline.js';

export interface BuildOptions {
  config: Readonly<Config>;
  logger: Logger;
  /** Bolt URI to use (from neo4jTarget). */
  uri: string;
  /** Replaces the extractor (tests may ingest hand-built extractions through it). */
  extractor?: Extractor;
  defaultMetrics?: boolean;
  /** Keep the in-memory analytics graph fresh (servers); batch ingest skips it. Default true. */
  analytics?: boolean;
  /** Also told about every store query (tests count queries per request with it). */
  onQuery?: (e: QueryEvent) => void;
}

export interface Built {
  deps: ServerDeps;
  close(): Promise<void>;
}

/** Opens the driver, prepares the schema and builds the services and server deps. */
export async function buildApp(o: BuildOptions): Promise<Built> {
  const driver = await openDriver({ uri: o.uri, user: o.config.neo4jUser, password: o.config.neo4jPassword, readRetryMs: o.config.readRetryMs });
  let metrics: Metrics | null = null;
  const store = new Store(driver, {
    database: o.config.neo4jDatabase,
    timeoutMs: LIMITS.transactionTimeoutMs,
    writeRetryMs: o.config.writeRetryMs,
    batchReads: o.config.readBatch,
    onQuery: (e) => { metrics?.observeCypher(e); o.onQuery?.(e); },
  });
  metrics = new Metrics(() => store.counts().then(() => true, () => false), { defaultMetrics: o.defaultMetrics });
  try {
    await store.ensureSchema();
  } catch (err) {
    await driver.close();
    throw err;
  }
  const analytics = new AnalyticsService(() => store.graphSnapshot(), { version: () => store.graphVersion(), delta: (since, maxChanged) => store.graphDelta(since, maxChanged) });
  const responseCache = o.config.responseCache ? responseVersion(() => store.graphVersion()) : null;
  const onGraphChanged = (): void => {
    responseCache?.invalidate();
    if (o.analytics === false) return;
    analytics.refresh().catch((err: unknown) => o.logger.warn({ err }, 'analytics: refresh after a graph change failed'));
  };
  const pipeline = new IngestPipeline(store, o.extractor ?? extract, onGraphChanged, (e) => metrics?.observeIngest(e));
  const deps: ServerDeps = {
    config: o.config, store, logger: o.logger, metrics, analytics, onGraphChanged, responseVersion: responseCache,
    services: { store, pipeline, analytics },
  };
  onGraphChanged();
  return { deps, close: () => driver.close() };
}
