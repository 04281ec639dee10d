// What the extra routes need from the server's wiring: a narrow view of ServerDeps, so the
// routes can be built in tests from a real store without the GraphQL layer.

import type { Logger } from 'pino';
import type { AnalyticsService } from '../../graph/AnalyticsService.js';
import type { Metrics } from '../../obs/Metrics.js';
import type { Store } from '../../store/Store.js';

export interface RouteDeps {
  store: Pick<Store, 'statementRows' | 'actorsByIds' | 'statementsByActors' | 'articlesByIds' | 'counts'>;
  analytics: AnalyticsService;
  metrics: Metrics;
  logger: Logger;
}
