// What the HTTP server and its extra routes are given: built once by src/app, never imported
// as singletons. Routes under ./routes take these to build their express Routers.

import type { Logger } from 'pino';
import type { Config } from '../config.js';
import type { Services } from '../app/services.js';
import type { AnalyticsService } from '../graph/AnalyticsService.js';
import type { VersionCheck } from '../graph/freshness.js';
import type { Metrics } from '../obs/Metrics.js';
import type { Store } from '../store/Store.js';

export interface ServerDeps {
  config: Readonly<Config>;
  store: Store;
  logger: Logger;
  services: Services;
  analytics: AnalyticsService;
  metrics: Metrics;
  /** Called after every ingest or delete that changed the graph (refreshes analytics). */
  onGraphChanged: () => void;
  /** The graph version the response cache keys on; null when the cache is off. */
  responseVersion: VersionCheck | null;
}
