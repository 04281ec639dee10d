// GET /health: 200 with Neo4j's status and graph counts when the store answers, 503 when it does
// not within a few seconds. GET /metrics: the Prometheus exposition of this server's metrics.

import { Router } from 'express';
import { withDeadline } from '../../obs/deadline.js';
import type { RouteDeps } from './deps.js';
import { routeErrors } from './route-errors.js';

/** Mounts /health and /metrics. */
export function healthRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    try {
      const counts = await withDeadline(deps.store.counts(), 'health');
      res.status(200).json({ status: 'ok', neo4j: 'up', counts, graph: { actors: deps.analytics.graph.order, edges: deps.analytics.graph.size } });
    } catch (err) {
      deps.logger.warn({ err }, 'health: Neo4j did not answer');
      res.status(503).json({ status: 'unavailable', neo4j: 'down', error: err instanceof Error ? err.message : String(err) });
    }
  });
  router.get('/metrics', async (_req, res) => {
    const { contentType, body } = await deps.metrics.render();
    res.status(200).type(contentType).send(body);
  });
  router.use(routeErrors(deps.logger));
  return router;
}
