// Bulk reads for analytics and exports: the whole actor graph as plain facts, and statements as
// CSV rows, each paged by id (keyset) so no single query or result holds the whole graph.

import { sortRelations, type GraphDelta, type GraphSnapshot, type RelationFact, type StatementFact } from '../graph/snapshot.js';
import type { StatementRow } from '../export/tables.js';
import type { Executor } from './executor.js';
import type { Query } from './model.js';

export const SNAPSHOT_DEFAULTS = Object.freeze({ pageSize: 5000 });

/**
 * The keyset condition of a page: after the cursor, or every node on the first page. Written as
 * two queries, not `$after IS NULL OR x.id > $after`: that disjunction keeps Neo4j from seeking the
 * id index, so each page scanned and sorted the whole label (at 100,000 articles a whole read of
 * 800,000 statements in pages of 5,000 took over three minutes); these read the index in order.
 */
const afterCursor = (v: string, after: string | null): string => (after === null ? `${v}.id IS NOT NULL` : `${v}.id > $after`);

/** Actors after the cursor, each with its outgoing actor → actor relations (one per article). */
export function actorFactsPage(after: string | null, limit: number): Query {
  return {
    cypher: `MATCH (a:Actor) WHERE ${afterCursor('a', after)}
      WITH a ORDER BY a.id LIMIT toInteger($limit)
      RETURN a.id AS id, a.name AS name, a.type AS type,
        [(a)-[r:AFFILIATED_WITH|PART_OF|INTERACTS_WITH]->(t:Actor) | {type: type(r), targetId: t.id, articleId: r.articleId}] AS relations`,
    params: { after, limit },
  };
}

/** Statements after the cursor reduced to speaker, target, kind, article and date. */
export function statementFactsPage(after: string | null, limit: number): Query {
  return {
    cypher: `MATCH (s:Statement) WHERE ${afterCursor('s', after)}
      WITH s ORDER BY s.id LIMIT toInteger($limit)
      RETURN s.id AS id, s.kind AS kind, s.articleId AS articleId, s.publishedAt AS date,
        head([(s)-[:IN]->(art:Article) | art.source]) AS source,
        head([(a:Actor)-[:SAID]->(s) | a.id]) AS speakerId,
        head([(s)-[:TARGETS]->(a:Actor) | a.id]) AS targetId`,
    params: { after, limit },
  };
}

/** The statements of the articles stamped above `since`, with those articles' ids. */
export function statementFactsSince(since: number): Query {
  return {
    cypher: `MATCH (art:Article) WHERE art.graphVersion > $since
      OPTIONAL MATCH (s:Statement)-[:IN]->(art)
      RETURN art.id AS articleId, collect(CASE WHEN s IS NULL THEN null ELSE {
        id: s.id, kind: s.kind, articleId: s.articleId, date: s.publishedAt, source: art.source,
        speakerId: head([(a:Actor)-[:SAID]->(s) | a.id]),
        targetId: head([(s)-[:TARGETS]->(a:Actor) | a.id]) } END) AS statements`,
    params: { since },
  };
}

/** How many articles are stamped above `since`, and how many are stored. */
export function changedSince(since: number): Query {
  return {
    cypher: 'MATCH (art:Article) WHERE art.graphVersion > $since RETURN count(art) AS changed, COUNT { (:Article) } AS total',
    params: { since },
  };
}

/**
 * The articles and actors deleted since `since` (their tombstones), and the version the deletion
 * log starts after (null: the store was never written with one, so it cannot say).
 */
export function deletedSince(since: number): Query {
  return {
    cypher: `OPTIONAL MATCH (m:GraphMeta {id: 'graph'})
      OPTIONAL MATCH (t:Tombstone) WHERE t.version > $since
      RETURN m.deletionLogFrom AS logFrom, collect(CASE t.kind WHEN 'article' THEN t.id END) AS articles,
        collect(CASE t.kind WHEN 'actor' THEN t.id END) AS actors`,
    params: { since },
  };
}

/** The actors of the articles stamped above `since` (mentioned, speaking or targeted there). */
export function actorFactsSince(since: number): Query {
  return {
    cypher: `MATCH (art:Article) WHERE art.graphVersion > $since
      CALL (art) {
        MATCH (a:Actor)-[:MENTIONED_IN]->(art) RETURN a
        UNION
        MATCH (a:Actor)-[:SAID]->(:Statement)-[:IN]->(art) RETURN a
        UNION
        MATCH (:Statement)-[:IN]->(art) MATCH (a:Actor)<-[:TARGETS]-(:Statement)-[:IN]->(art) RETURN a
      }
      WITH DISTINCT a
      RETURN a.id AS id, a.name AS name, a.type AS type`,
    params: { since },
  };
}

/**
 * The actor → actor relations stated by the articles stamped above `since`, found from the actors
 * those articles mention (as deleting an article finds them), not by scanning every relation.
 */
export function relationFactsSince(since: number): Query {
  return {
    cypher: `MATCH (art:Article) WHERE art.graphVersion > $since
      MATCH (a:Actor)-[:MENTIONED_IN]->(art)
      MATCH (a)-[r:AFFILIATED_WITH|PART_OF|INTERACTS_WITH]-(:Actor) WHERE r.articleId = art.id
      WITH DISTINCT r
      RETURN startNode(r).id AS sourceId, type(r) AS type, endNode(r).id AS targetId, r.articleId AS articleId`,
    params: { since },
  };
}

/** Statements after the cursor as statements.csv shows them: names and article title, not ids. */
export function statementRowsPage(after: string | null, limit: number): Query {
  return {
    cypher: `MATCH (s:Statement) WHERE ${afterCursor('s', after)}
      WITH s ORDER BY s.id LIMIT toInteger($limit)
      OPTIONAL MATCH (s)-[:IN]->(art:Article)
      RETURN s.id AS id, s.kind AS kind, s.content AS content,
        head([(a:Actor)-[:SAID]->(s) | a.name]) AS speaker,
        head([(s)-[:TARGETS]->(a:Actor) | a.name]) AS target,
        coalesce(art.title, s.articleId) AS article, art.url AS url, s.publishedAt AS date`,
    params: { after, limit },
  };
}

async function readAll<T extends { id: string }>(exec: Executor, build: (after: string | null, limit: number) => Query, pageSize: number, what: string): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = (await exec.read(build(after, pageSize), what)) as unknown as T[];
    out.push(...rows);
    if (rows.length < pageSize) return out;
    after = rows[rows.length - 1].id;
  }
}

/** Reads the whole actor graph page by page for the in-memory analytics twin. */
export async function readGraphSnapshot(exec: Executor, pageSize: number = SNAPSHOT_DEFAULTS.pageSize): Promise<GraphSnapshot> {
  type ActorRow = GraphSnapshot['actors'][number] & { relations: Array<{ type: RelationFact['type']; targetId: string; articleId: string | null }> };
  const actorRows = await readAll<ActorRow>(exec, actorFactsPage, pageSize, 'graph snapshot (actors)');
  const statements = await readAll<StatementFact>(exec, statementFactsPage, pageSize, 'graph snapshot (statements)');
  return {
    actors: actorRows.map(({ id, name, type }) => ({ id, name, type })),
    statements,
    relations: sortRelations(actorRows.flatMap((a) => a.relations.map((r) => ({ sourceId: a.id, type: r.type, targetId: r.targetId, articleId: r.articleId })))),
  };
}

/**
 * What changed since version `since`, for patching an in-memory copy: the statements, actors and
 * relations of the articles stamped above `since`, and the articles and actors deleted since (their
 * tombstones). Null, having read only two counts, when more articles changed than `maxChanged`
 * allows for the number stored: reading a large delta costs more than a whole paged read (at 100k
 * stored articles, the statements of 90k changed ones in one query outran the transaction
 * timeout); null too when the deletion log does not reach back to `since` (pruned, or a store
 * written before there was one). The deletions are read before the changed facts: an article or
 * actor deleted and stored again in between is then among the changed ones, which win.
 */
export async function readGraphDelta(exec: Executor, since: number, maxChanged: (stored: number) => number = () => Infinity): Promise<GraphDelta | null> {
  const [count] = await exec.read(changedSince(since), 'graph delta (count)');
  if (Number(count?.changed ?? 0) > maxChanged(Number(count?.total ?? 0))) return null;
  const [deleted] = await exec.read(deletedSince(since), 'graph delta (deletions)');
  const logFrom = deleted?.logFrom;
  if (logFrom === null || logFrom === undefined || since < Number(logFrom)) return null;
  const changed = (await exec.read(statementFactsSince(since), 'graph delta (statements)')) as unknown as Array<{ articleId: string; statements: StatementFact[] }>;
  const actors = (await exec.read(actorFactsSince(since), 'graph delta (actors)')) as unknown as GraphSnapshot['actors'];
  const relations = (await exec.read(relationFactsSince(since), 'graph delta (relations)')) as unknown as RelationFact[];
  return {
    actors,
    deletedActors: deleted.actors as string[],
    relations,
    changedArticles: changed.map((c) => c.articleId),
    statements: changed.flatMap((c) => c.statements),
    deletedArticles: deleted.articles as string[],
  };
}

/** One page of statements.csv rows ordered by statement id. */
export async function readStatementRows(exec: Executor, after: string | null, limit: number): Promise<StatementRow[]> {
  return (await exec.read(statementRowsPage(after, limit), 'statements export')) as unknown as StatementRow[];
}
