// Query builders for writing a batch of articles: each returns { cypher, params } and writes one
// row list with a single UNWIND, so a batch costs a fixed number of round trips.

import { RELATION_TYPES } from '../extract/types.js';
import type { Query } from './model.js';
import type { GraphPatch } from './patch.js';

/** Stored articles that share the id, the URL or the content hash of any incoming one; `i` is its index. */
export function findArticleTwins(rows: Pick<GraphPatch['article'], 'id' | 'url' | 'contentHash'>[]): Query {
  return {
    cypher: `UNWIND range(0, size($rows) - 1) AS i
      WITH i, $rows[i] AS r
      CALL (r) {
        MATCH (a:Article {id: r.id}) RETURN a
        UNION MATCH (a:Article) WHERE r.url IS NOT NULL AND a.url = r.url RETURN a
        UNION MATCH (a:Article {contentHash: r.contentHash}) RETURN a
      }
      RETURN i, a.id AS id, a.url AS url, a.contentHash AS contentHash, a.extractionHash AS extractionHash`,
    params: { rows: rows.map((r) => ({ id: r.id, url: r.url, contentHash: r.contentHash })) },
  };
}

/** Stored actors answering to any of the keys (names and aliases, normalised). */
export function findActorsByKeys(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS key
      MATCH (:ActorName {key: key})-[:NAMES]->(a:Actor)
      RETURN key, a.id AS id, a.name AS name, a.type AS type`,
    params: { keys },
  };
}

/**
 * The ordered writes for the patches of several articles (in input order, so a later article's
 * rename or aliases land after an earlier one's); run them in one transaction. One UNWIND per
 * label and relationship type, whatever the number of articles.
 */
export function writePatches(ps: readonly GraphPatch[]): Query[] {
  const rows = <T extends object>(pick: (p: GraphPatch) => T[]): (T & { articleId: string })[] =>
    ps.flatMap((p) => pick(p).map((r) => ({ ...r, articleId: p.article.id })));
  const relations = rows((p) => p.relations);
  const queries: Query[] = [
    {
      cypher: `UNWIND $rows AS r
        MERGE (a:Article {id: r.id})
        SET a.url = r.url, a.title = r.title, a.text = r.text, a.source = r.source,
            a.publishedAt = r.publishedAt, a.contentHash = r.contentHash,
            a.extractionHash = r.extractionHash, a.ingestedAt = datetime().epochMillis`,
      params: { rows: ps.map((p) => p.article) },
    },
    {
      cypher: `UNWIND $rows AS r
        MERGE (a:Actor {id: r.id})
          ON CREATE SET a.name = r.name, a.type = r.type, a.aliases = []
        WITH a, r, a.name AS oldName
        SET a.name = CASE WHEN r.rename THEN r.name ELSE a.name END
        SET a.aliases = reduce(acc = [], n IN coalesce(a.aliases, []) + r.names + [oldName] |
          CASE WHEN n IN acc OR n = a.name THEN acc ELSE acc + n END)
        SET a.aliasText = reduce(s = '', n IN a.aliases | s + n + ' | ')
        WITH a, r
        UNWIND r.keys AS key
        MERGE (n:ActorName {key: key})
        MERGE (n)-[:NAMES]->(a)`,
      params: { rows: ps.flatMap((p) => p.actors) },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (art:Article {id: r.articleId})
        MATCH (a:Actor {id: r.actorId})
        MERGE (a)-[m:MENTIONED_IN]->(art)
        SET m.count = r.count, m.names = r.names, m.roles = r.roles`,
      params: { rows: rows((p) => p.mentions) },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (art:Article {id: r.articleId})
        MERGE (s:Statement {id: r.id})
        SET s.content = r.content, s.cue = r.cue, s.kind = r.kind, s.direct = r.direct,
            s.confidence = r.confidence, s.evidence = r.evidence, s.position = r.position,
            s.articleId = r.articleId, s.publishedAt = art.publishedAt
        MERGE (s)-[:IN]->(art)
        WITH s, r
        CALL (s, r) { MATCH (a:Actor {id: r.speakerId}) MERGE (a)-[:SAID]->(s) }
        CALL (s, r) { MATCH (a:Actor {id: r.targetId}) MERGE (s)-[:TARGETS]->(a) }
        CALL (s, r) { MATCH (a:Actor {id: r.reportedById}) MERGE (s)-[:REPORTED_BY]->(a) }
        CALL (s, r) { UNWIND r.aboutIds AS aid MATCH (a:Actor {id: aid}) MERGE (s)-[:ABOUT]->(a) }`,
      params: { rows: rows((p) => p.statements) },
    },
    ...RELATION_TYPES.map((type): Query => ({
      cypher: `UNWIND $rows AS r
        MATCH (s:Actor {id: r.sourceId}), (t:Actor {id: r.targetId})
        MERGE (s)-[x:${type} {articleId: r.articleId}]->(t)
        SET x.role = r.role, x.evidence = r.evidence`,
      params: { rows: relations.filter((r) => r.type === type) },
    })),
    {
      cypher: `UNWIND $ids AS id MATCH (m:MergeRecord {articleId: id}) DETACH DELETE m`,
      params: { ids: ps.map((p) => p.article.id) },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (a:Actor {id: r.actorId})
        MERGE (m:MergeRecord {id: r.id})
        SET m += r, m.at = datetime().epochMillis
        MERGE (m)-[:MERGED_INTO]->(a)`,
      params: { rows: rows((p) => p.merges) },
    },
  ];
  return queries.filter((q) => !Array.isArray(q.params.rows) || (q.params.rows as unknown[]).length > 0);
}
