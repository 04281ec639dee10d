// The export formats, shared by the HTTP routes and `whosaid export`: each knows its file name,
// content type and how to produce its chunks from the analytics graph and the store.

import type { AnalyticsService } from '../graph/AnalyticsService.js';
import { type AnalyticsScope, isWholeGraph } from '../graph/scope.js';
import { toGexf } from './gexf.js';
import { graphJsonChunks } from './graph-json.js';
import type { ActorGraph } from '../graph/actor-graph.js';
import { graphmlChunks } from './graphml.js';
import { pageThrough, type PageReader } from './paging.js';
import { actorsCsv, type StatementRow, statementsCsv } from './tables.js';

export interface ExportSources {
  analytics: AnalyticsService;
  /** Only the statements inside this scope (and, for the graph files, the actors they name). */
  scope?: AnalyticsScope;
  /** Pages statements ordered by id, starting after the given id. */
  statementPage: PageReader<StatementRow>;
}

export const EXPORT_NAMES = ['graph.graphml', 'graph.gexf', 'graph.json', 'actors.csv', 'statements.csv'] as const;
export type ExportName = (typeof EXPORT_NAMES)[number];

export interface ExportFormat {
  contentType: string;
  produce: (sources: ExportSources) => AsyncIterable<string> | Iterable<string>;
}

/** The store's statement rows, only those inside the scope when one is given. */
async function* scopedRows(s: ExportSources): AsyncGenerator<StatementRow> {
  const scope = s.scope ?? {};
  const keep = isWholeGraph(scope) ? null : new Set(s.analytics.statementIds(scope));
  for await (const row of pageThrough(s.statementPage, (r) => r.id)) if (!keep || keep.has(row.id)) yield row;
}

/**
 * The graph a streamed export reads. The whole graph is patched in place when the store changes
 * (AnalyticsService), and a stream yields between chunks, so it streams a copy taken at the start;
 * a scoped graph is built per graph version and never changes.
 */
function streamedGraph(s: ExportSources): ActorGraph {
  const graph = s.analytics.graphFor(s.scope);
  return isWholeGraph(s.scope ?? {}) ? (graph.copy() as ActorGraph) : graph;
}

export const EXPORTS: Record<ExportName, ExportFormat> = {
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', produce: (s) => graphmlChunks(streamedGraph(s)) },
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', produce: (s) => [toGexf(s.analytics.graphFor(s.scope))] },
  'graph.json': { contentType: 'application/json; charset=utf-8', produce: (s) => graphJsonChunks(streamedGraph(s)) },
  'actors.csv': { contentType: 'text/csv; charset=utf-8; header=present', produce: (s) => actorsCsv(streamedGraph(s)) },
  'statements.csv': { contentType: 'text/csv; charset=utf-8; header=present', produce: (s) => statementsCsv(scopedRows(s)) },
};

/** The CLI's --format names mapped to an export (csv means statements.csv). */
export const CLI_FORMATS: Record<string, ExportName> = {
  graphml: 'graph.graphml',
  gexf: 'graph.gexf',
  json: 'graph.json',
  csv: 'statements.csv',
  'actors-csv': 'actors.csv',
};
