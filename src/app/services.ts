// The services resolvers and routes use, built once by the wiring and handed down.

import type { AnalyticsService } from '../graph/AnalyticsService.js';
import type { Store } from '../store/Store.js';
import type { IngestPipeline } from './ingest-pipeline.js';

export interface Services {
  store: Store;
  pipeline: IngestPipeline;
  analytics: AnalyticsService;
}
