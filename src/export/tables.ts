// The CSV exports: one row per statement (paged from the store) and one row per actor
// (from the in-memory graph), each as a stream of CSV records starting with a header.

import type { StatementKind } from '../extract/types.js';
import type { ActorGraph } from '../graph/actor-graph.js';
import { countOf } from '../graph/actor-graph.js';
import { csvRow } from './csv.js';

/** A statement as the statements.csv row shows it: names, not ids, for people reading it. */
export interface StatementRow {
  id: string;
  speaker: string | null;
  kind: StatementKind;
  target: string | null;
  content: string;
  /** The article's title (or id when it has none). */
  article: string;
  url: string | null;
  date: string | null;
}

export const STATEMENT_COLUMNS = ['id', 'speaker', 'kind', 'target', 'content', 'article', 'url', 'date'] as const;
export const ACTOR_COLUMNS = ['id', 'name', 'type', 'statements', 'targeted'] as const;

/** statements.csv as CSV records: the header, then one record per statement in source order. */
export async function* statementsCsv(rows: AsyncIterable<StatementRow>): AsyncGenerator<string> {
  yield csvRow(STATEMENT_COLUMNS);
  for await (const r of rows) yield csvRow([r.id, r.speaker, r.kind, r.target, r.content, r.article, r.url, r.date]);
}

/** actors.csv: the header, then one record per actor with its statement counts. */
export function* actorsCsv(graph: ActorGraph): Generator<string> {
  yield csvRow(ACTOR_COLUMNS);
  for (const { node, attributes: a } of graph.nodeEntries()) {
    yield csvRow([node, a.name, a.type, countOf(a.spoken), countOf(a.targeted)]);
  }
}
