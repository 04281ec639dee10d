// GET /export/<name>: the graph and tables as files (GraphML, GEXF, JSON, CSV), streamed to the
// client chunk by chunk with back-pressure.

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router } from 'express';
import { EXPORTS, EXPORT_NAMES, type ExportName } from '../../export/formats.js';
import type { RouteDeps } from './deps.js';

const isExportName = (name: string): name is ExportName => (EXPORT_NAMES as readonly string[]).includes(name);

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
    res.status(200).type(format.contentType).setHeader('Content-Disposition', `attachment; filename="whosaid-${name}"`);
    const chunks = format.produce({ analytics: deps.analytics, statementPage: (after, limit) => deps.store.statementRows(after, limit) });
    try {
      await pipeline(Readable.from(chunks, { objectMode: false }), res);
    } catch (err) {
      deps.logger.error({ err, export: name }, 'export failed mid-stream');
      res.destroy(err as Error);
    }
  });
  return router;
}
