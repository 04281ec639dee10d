// GET /explore: the network explorer page, its bundled script, the positioned network and
// per-actor statement lists it fetches. The script is bundled once, when the routes are built.

import { Router } from 'express';
import { actorDetail } from '../../explore/actor-detail.js';
import { bundleExplorer } from '../../explore/bundle.js';
import { networkView } from '../../explore/network-view.js';
import { explorerPage } from '../../explore/page.js';
import type { RouteDeps } from './deps.js';
import { routeErrors } from './route-errors.js';

const BASE = '/explore';

/** Mounts /explore, /explore/app.js, /explore/network.json and /explore/actor/:id. */
export function exploreRoutes(deps: RouteDeps): Router {
  const router = Router();
  const script = bundleExplorer();
  script.catch((err: unknown) => deps.logger.error({ err }, 'explore: bundling the page script failed'));
  router.get(BASE, (_req, res) => {
    res.type('html').send(explorerPage(BASE));
  });
  router.get(`${BASE}/app.js`, async (_req, res) => {
    res.type('application/javascript').setHeader('Cache-Control', 'no-cache').send(await script);
  });
  router.get(`${BASE}/network.json`, async (_req, res) => {
    await deps.analytics.ensureFresh();
    const { network, positions } = deps.analytics.explorerNetwork();
    res.json(networkView(network, positions));
  });
  router.get(`${BASE}/actor/:id`, async (req, res) => {
    const detail = await actorDetail(deps.store, req.params.id);
    if (!detail) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: `explore: no actor with id ${JSON.stringify(req.params.id)}` } });
      return;
    }
    res.json(detail);
  });
  router.use(routeErrors(deps.logger));
  return router;
}
