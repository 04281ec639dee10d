// GET /export/<name>: the graph and tables as files (GraphML, GEXF, JSON, CSV), streamed to the
// client chunk by chunk with back-pressure; a store failing before the first row is a 503.
// Query parameters from, to, source, articles, kinds, actorTypes scope it as analytics(where:).

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { scopeFromQuery } from '../../api/analytics-scope.js';
import { EXPORTS, EXPORT_NAMES, type ExportName } from '../../export/formats.js';
import type { RouteDeps } from './deps.js';
import { routeErrors } from './route-errors.js';

const isExportName = (name: string): name is ExportName => (EXPORT_NAMES as readonly string[]).includes(name);

/** How many chunks to read before answering 200: the header and the first row, which needs the first page. */
const PREFETCH = 2;

/**
 * Reads the first chunks before the status is sent, so a store that fails on its first page
 * gets a proper error response; yields them and then the rest.
 */
async function started(chunks: Iterable<string> | AsyncIterable<string>): Promise<AsyncGenerator<string>> {
  const it: Iterator<string> | AsyncIterator<string> = Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const head: string[] = [];
  let done = false;
  while (head.length < PREFETCH && !done) {
    const next = await it.next();
    if (next.done) done = true;
    else head.push(next.value);
  }
  return (async function* rest() {
    yield* head;
    while (!done) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  })();
}

/** Mounts /export/graph.graphml, graph.gexf, graph.json, actors.csv and statements.csv. */
export function exportRoutes(deps: RouteDeps): Router {
  const router = Router();
  router.get('/export/:name', async (req, res) => {
    const name = req.params.name;
    if (!isExportName(name)) {
      res.status(404).type('text/plain').send(`export: no export named ${JSON.stringify(name)}; try one of ${EXPORT_NAMES.join(', ')}\n`);
      return;
    }
    const format = EXPORTS[name];
    const scope = scopeFromQuery(req.query as Record<string, unknown>);
    await deps.analytics.ensureFresh();
    const chunks = format.produce({ analytics: deps.analytics, scope, statementPage: (after, limit) => deps.store.statementRows(after, limit) });
    const body = await started(chunks);
    res.status(200).type(format.contentType).setHeader('Content-Disposition', `attachment; filename="whosaid-${name}"`);
    await pipeline(Readable.from(body, { objectMode: false }), res);
  });
  router.use(routeErrors(deps.logger));
  return router;
}
