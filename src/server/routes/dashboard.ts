// GET /dashboard: the analytics dashboard page and its bundled script. The page itself reads
// everything through /graphql (reads need no API token), so this route serves only files.

import { Router } from 'express';
import { bundleDashboard } from '../../dashboard/bundle.js';
import { dashboardPage } from '../../dashboard/page.js';
import type { RouteDeps } from './deps.js';
import { routeErrors } from './route-errors.js';

const BASE = '/dashboard';

/** Mounts /dashboard and /dashboard/app.js (bundled once, when the routes are built). */
export function dashboardRoutes(deps: RouteDeps): Router {
  const router = Router();
  const script = bundleDashboard();
  script.catch((err: unknown) => deps.logger.error({ err }, 'dashboard: bundling the page script failed'));
  router.get(BASE, (_req, res) => {
    res.type('html').send(dashboardPage(BASE, '/graphql'));
  });
  router.get(`${BASE}/app.js`, async (_req, res) => {
    res.type('application/javascript').setHeader('Cache-Control', 'no-cache').send(await script);
  });
  router.use(routeErrors(deps.logger));
  return router;
}
