// Query builders for writing a batch of articles: each returns { cypher, params } and writes one
// row list with a single UNWIND, so a batch costs a fixed number of round trips.

import { RELATION_TYPES } from '../extract/types.js';
import type { Query } from './model.js';
import type { GraphPatch } from './patch.js';
import type { ActorState } from './known-actors.js';

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

/**
 * Stored actors answering to any of the keys (names and aliases, normalised), one row per
 * (key, actor). The variable is not named `key`: `{key: key}` made Neo4j 5 scan the whole name
 * index for each key instead of seeking (so each lookup grew with the store); so does a UNION.
 */
export function findActorsByKeys(keys: string[]): Query {
  return {
    cypher: `UNWIND $keys AS k
      MATCH (:ActorName {key: k})-[:NAMES]->(a:Actor)
      RETURN k AS key, a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases`,
    params: { keys },
  };
}

/** Stored actors with any of the ids, with a null key (found by id, not by a name). */
export function findActorsByIds(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS i
      MATCH (a:Actor {id: i})
      RETURN null AS key, a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases`,
    params: { ids },
  };
}

/** A name key an actor does not answer to yet in the store. */
export interface NameRow { key: string; actorId: string }

/**
 * The ordered writes for the patches of several articles, in input order (a later article's
 * rename or aliases land after an earlier one's); run them in one transaction after the
 * articles' old content is deleted. One UNWIND per label and relationship type, whatever the
 * number of articles. What belongs to one article (statements, mentions, relations, merge
 * records) is new, as its article is new or was just emptied, so it is CREATEd; actors and
 * names are shared across articles and MERGEd: `actors` in their final state (KnownActors),
 * `names` the (key, actor) pairs not stored yet.
 */
export function writePatches(ps: readonly GraphPatch[], actors: readonly ActorState[], names: readonly NameRow[]): Query[] {
  const rows = <T extends object>(pick: (p: GraphPatch) => T[]): (T & { articleId: string })[] =>
    ps.flatMap((p) => pick(p).map((r) => ({ ...r, articleId: p.article.id })));
  const statements = ps.flatMap((p) => p.statements.map((s) => ({ ...s, articleId: p.article.id, publishedAt: p.article.publishedAt })));
  const relations = new Map<string, GraphPatch['relations'][number] & { articleId: string }>();
  for (const r of rows((p) => p.relations)) relations.set(`${r.articleId}\u0000${r.sourceId}\u0000${r.type}\u0000${r.targetId}`, r);
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
          ON CREATE SET a.type = r.type
        SET a.name = r.name, a.aliases = r.aliases, a.aliasText = r.aliasText`,
      params: { rows: actors },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (a:Actor {id: r.actorId})
        MERGE (n:ActorName {key: r.key})
        MERGE (n)-[:NAMES]->(a)`,
      params: { rows: names },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (art:Article {id: r.articleId})
        MATCH (a:Actor {id: r.actorId})
        CREATE (a)-[:MENTIONED_IN {count: r.count, names: r.names, roles: r.roles}]->(art)`,
      params: { rows: rows((p) => p.mentions) },
    },
    {
      cypher: `UNWIND $rows AS r
        MATCH (art:Article {id: r.articleId})
        CREATE (s:Statement {id: r.id})
        SET s.content = r.content, s.cue = r.cue, s.kind = r.kind, s.direct = r.direct,
            s.confidence = r.confidence, s.evidence = r.evidence, s.position = r.position,
            s.articleId = r.articleId, s.publishedAt = r.publishedAt
        CREATE (s)-[:IN]->(art)
        WITH s, r
        CALL (s, r) { MATCH (a:Actor {id: r.speakerId}) CREATE (a)-[:SAID]->(s) }
        CALL (s, r) { MATCH (a:Actor {id: r.targetId}) CREATE (s)-[:TARGETS]->(a) }
        CALL (s, r) { MATCH (a:Actor {id: r.reportedById}) CREATE (s)-[:REPORTED_BY]->(a) }
        CALL (s, r) { UNWIND r.aboutIds AS aid MATCH (a:Actor {id: aid}) CREATE (s)-[:ABOUT]->(a) }`,
      params: { rows: statements },
    },
    ...RELATION_TYPES.map((type): Query => ({
      cypher: `UNWIND $rows AS r
        MATCH (s:Actor {id: r.sourceId})
        MATCH (t:Actor {id: r.targetId})
        CREATE (s)-[:${type} {articleId: r.articleId, role: r.role, evidence: r.evidence}]->(t)`,
      params: { rows: [...relations.values()].filter((r) => r.type === type) },
    })),
    {
      cypher: `UNWIND $rows AS r
        MATCH (a:Actor {id: r.actorId})
        CREATE (m:MergeRecord)
        SET m = r, m.at = datetime().epochMillis
        CREATE (m)-[:MERGED_INTO]->(a)`,
      params: { rows: rows((p) => p.merges) },
    },
  ];
  return queries.filter((q) => (q.params.rows as unknown[]).length > 0);
}
