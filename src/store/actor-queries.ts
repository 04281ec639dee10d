// Query builders for actors: lookup by any name, filtered pages, batched loads by id, and
// the per-actor lists the API batches (relations, roles, merge records).

import { pageOf, type Query } from './model.js';
// Called at query time only: statement-queries imports this module too.
import { ACTOR_PROPS, ARTICLE_PROPS, listOf, recordOf } from './statement-queries.js';
import type { ActorFilter, ActorOrder, ActorRecord, ArticleRecord, MergeRecordRow, Window } from './records.js';

const ACTOR = 'a {.id, .name, .type, aliases: coalesce(a.aliases, [])}';

const ORDER: Record<ActorOrder, string> = {
  ACTIVITY_DESC: 'COUNT { (a)-[:SAID]->() } DESC, COUNT { (a)-[:MENTIONED_IN]->() } DESC, toLower(a.name), a.id',
  NAME_ASC: 'toLower(a.name), a.id',
  STATEMENTS_DESC: 'COUNT { (a)-[:SAID]->() } DESC, toLower(a.name)',
  MENTIONS_DESC: 'COUNT { (a)-[:MENTIONED_IN]->() } DESC, toLower(a.name)',
};

/**
 * Cypher that binds `a` to the best actor answering to the keys in parameter `param` (first key
 * first, then the most mentioned, then id), or to no row: the ranking of `actorsByKeys`, kept
 * in one place for the queries that look a name up and go on from its actor.
 */
export function bestActorByKeys(param: string): string {
  return `UNWIND range(0, size($${param}) - 1) AS i
      MATCH (:ActorName {key: $${param}[i]})-[:NAMES]->(a:Actor)
      WITH a, min(i) AS rank
      WITH a, rank, COUNT { (a)-[:MENTIONED_IN]->() } AS articles
      ORDER BY rank, articles DESC, a.id LIMIT 1`;
}

/** Actors answering to any of the keys; those whose own name matches come first. */
export function actorsByKeys(keys: string[]): Query {
  return {
    cypher: `UNWIND range(0, size($keys) - 1) AS i
      MATCH (:ActorName {key: $keys[i]})-[:NAMES]->(a:Actor)
      WITH a, min(i) AS rank
      RETURN ${ACTOR} AS actor, rank, COUNT { (a)-[:MENTIONED_IN]->() } AS articles
      ORDER BY rank, articles DESC, a.id`,
    params: { keys },
  };
}

/** Actors by id, for DataLoader. */
export function actorsByIds(ids: string[]): Query {
  return { cypher: `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN ${ACTOR} AS actor`, params: { ids } };
}

/** A page of actors matching the filter. */
export function actorsPage(f: ActorFilter, order: ActorOrder, w: Window): Query {
  const where = ['true'];
  if (f.types) where.push('a.type IN $types');
  if (f.name) where.push('(toLower(a.name) CONTAINS toLower($name) OR any(x IN a.aliases WHERE toLower(x) CONTAINS toLower($name)))');
  if (f.articleId) where.push('EXISTS { (a)-[:MENTIONED_IN]->(:Article {id: $articleId}) }');
  return {
    cypher: `${pageOf({ scope: '', match: `MATCH (a:Actor) WHERE ${where.join(' AND ')}`, keep: 'a', order: ORDER[order], project: ACTOR, window: w })}
      RETURN totalCount, items`,
    params: { types: f.types ?? null, name: f.name ?? null, articleId: f.articleId ?? null, offset: w.offset, limit: w.limit },
  };
}

/** Every actor-to-actor relation touching each actor, both directions. */
export function relationsOf(actorIds: string[]): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})-[r:AFFILIATED_WITH|PART_OF|INTERACTS_WITH]-(b:Actor)
      RETURN actorId, type(r) AS type, startNode(r).id AS fromId, endNode(r).id AS toId,
             r.role AS role, r.articleId AS articleId, r.evidence AS evidence`,
    params: { actorIds },
  };
}

/** The roles each actor holds, per article (from its mentions). */
export function rolesOf(actorIds: string[]): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})-[m:MENTIONED_IN]->(art:Article)
      RETURN actorId, art.id AS articleId, m.roles AS roles`,
    params: { actorIds },
  };
}

/** Merge records of each actor: which names from which article were merged into it. */
export function mergesOf(actorIds: string[]): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (m:MergeRecord {actorId: actorId})
      RETURN actorId, m {.*} AS merge ORDER BY m.at, m.id`,
    params: { actorIds },
  };
}

/** Which records a merge-record page reads alongside each record (whole, for priming loaders). */
export interface MergeFields { actor: boolean; article: boolean }

/** The properties of a merge record as its page reads them, in list order. */
const MERGE_PROPS = ['id', 'actorId', 'articleId', 'localName', 'localAliases', 'actorName', 'reason', 'candidates', 'at'] as const;

/** A merge record read back from the list mergesPage projects, with its actor and article when read (null when missing). */
export function mergeRecordOf(l: unknown[]): MergeRecordRow {
  const m: Record<string, unknown> = {};
  for (let i = 0; i < MERGE_PROPS.length; i++) m[MERGE_PROPS[i]] = l[i];
  const actor = recordOf(ACTOR_PROPS)(l[MERGE_PROPS.length] as unknown[] | null) as ActorRecord | null;
  const article = recordOf(ARTICLE_PROPS)(l[MERGE_PROPS.length + 1] as unknown[] | null) as ArticleRecord | null;
  return { ...(m as unknown as MergeRecordRow), related: { actor, article } };
}

/** Merge records, optionally of one article, newest first, each with its actor and article (no text) read alongside when asked. */
export function mergesPage(articleId: string | null, w: Window, fields: MergeFields = { actor: true, article: true }): Query {
  // The actor and the article are matched after the page is cut, as statement pages do theirs.
  const expand = [
    fields.actor && 'OPTIONAL MATCH (a:Actor {id: m.actorId})',
    fields.article && 'OPTIONAL MATCH (art:Article {id: m.articleId})',
  ].filter(Boolean).join(' ');
  // A list, not a map, as statement pages read theirs (the driver decodes a map key by key):
  // MERGE_PROPS in order, then the actor's and the article's lists, each null when not read.
  const project = `[${[...MERGE_PROPS.map((p) => `m.${p}`), fields.actor ? listOf('a', ACTOR_PROPS) : 'null', fields.article ? listOf('art', ARTICLE_PROPS) : 'null'].join(', ')}]`;
  return {
    // All records: at (always written) is stated so the planner reads the at index in order.
    cypher: `${pageOf({
      scope: '', match: articleId === null ? 'MATCH (m:MergeRecord) WHERE m.at IS NOT NULL' : 'MATCH (m:MergeRecord {articleId: $articleId})',
      keep: 'm', order: 'm.at DESC, m.id', project, expand, window: w,
    })}
      RETURN totalCount, items`,
    params: { articleId, offset: w.offset, limit: w.limit },
  };
}

/** One page per article of the actors it mentions, most mentioned first. */
export function actorsByArticles(articleIds: string[], w: Window): Query {
  return {
    cypher: `UNWIND $articleIds AS articleId
      ${pageOf({ scope: 'articleId', match: 'MATCH (a:Actor)-[m:MENTIONED_IN]->(:Article {id: articleId})', keep: 'a, m', order: 'm.count DESC, toLower(a.name)', project: ACTOR, window: w })}
      RETURN articleId AS actorId, totalCount, items`,
    params: { articleIds, offset: w.offset, limit: w.limit },
  };
}
