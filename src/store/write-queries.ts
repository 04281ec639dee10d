// Query builders for writing one article: each returns { cypher, params } and writes one row
// list with a single UNWIND, so an article costs a fixed number of round trips.

import { RELATION_TYPES } from '../extract/types.js';
import type { Query } from './model.js';
import type { GraphPatch } from './patch.js';

/** Stored articles that share the id, the URL or the content hash of the incoming one. */
export function findArticleTwins(a: Pick<GraphPatch["article"], "id" | "url" | "contentHash">): Query {
  return {
    cypher: `CALL () {
        MATCH (a:Article {id: $id}) RETURN a
        UNION MATCH (a:Article) WHERE $url IS NOT NULL AND a.url = $url RETURN a
        UNION MATCH (a:Article {contentHash: $contentHash}) RETURN a
      }
      RETURN a.id AS id, a.url AS url, a.contentHash AS contentHash, a.extractionHash AS extractionHash`,
    params: { id: a.id, url: a.url, contentHash: a.contentHash },
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

/** The ordered writes for one patch; run them in one transaction. */
export function writePatch(p: GraphPatch): Query[] {
  const articleId = p.article.id;
  const queries: Query[] = [
    {
      cypher: `MERGE (a:Article {id: $a.id})
        SET a.url = $a.url, a.title = $a.title, a.text = $a.text, a.source = $a.source,
            a.publishedAt = $a.publishedAt, a.contentHash = $a.contentHash,
            a.extractionHash = $a.extractionHash, a.ingestedAt = datetime().epochMillis`,
      params: { a: p.article },
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
      params: { rows: p.actors },
    },
    {
      cypher: `MATCH (art:Article {id: $articleId})
        UNWIND $rows AS r
        MATCH (a:Actor {id: r.actorId})
        MERGE (a)-[m:MENTIONED_IN]->(art)
        SET m.count = r.count, m.names = r.names, m.roles = r.roles`,
      params: { articleId, rows: p.mentions },
    },
    {
      cypher: `MATCH (art:Article {id: $articleId})
        UNWIND $rows AS r
        MERGE (s:Statement {id: r.id})
        SET s.content = r.content, s.cue = r.cue, s.kind = r.kind, s.direct = r.direct,
            s.confidence = r.confidence, s.evidence = r.evidence, s.position = r.position,
            s.articleId = $articleId, s.publishedAt = art.publishedAt
        MERGE (s)-[:IN]->(art)
        WITH s, r
        CALL (s, r) { MATCH (a:Actor {id: r.speakerId}) MERGE (a)-[:SAID]->(s) }
        CALL (s, r) { MATCH (a:Actor {id: r.targetId}) MERGE (s)-[:TARGETS]->(a) }
        CALL (s, r) { MATCH (a:Actor {id: r.reportedById}) MERGE (s)-[:REPORTED_BY]->(a) }
        CALL (s, r) { UNWIND r.aboutIds AS aid MATCH (a:Actor {id: aid}) MERGE (s)-[:ABOUT]->(a) }`,
      params: { articleId, rows: p.statements },
    },
    ...RELATION_TYPES.map((type): Query => ({
      cypher: `UNWIND $rows AS r
        MATCH (s:Actor {id: r.sourceId}), (t:Actor {id: r.targetId})
        MERGE (s)-[x:${type} {articleId: $articleId}]->(t)
        SET x.role = r.role, x.evidence = r.evidence`,
      params: { articleId, rows: p.relations.filter((r) => r.type === type) },
    })),
    {
      cypher: `MATCH (m:MergeRecord {articleId: $articleId}) DETACH DELETE m`,
      params: { articleId },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (a:Actor {id: r.actorId})
        MERGE (m:MergeRecord {id: r.id})
        SET m += r, m.articleId = $articleId, m.at = datetime().epochMillis
        MERGE (m)-[:MERGED_INTO]->(a)`,
      params: { articleId, rows: p.merges },
    },
  ];
  return queries.filter((q) => !Array.isArray(q.params.rows) || (q.params.rows as unknown[]).length > 0);
}
