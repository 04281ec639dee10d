// Query builders for statements: one filtered, ordered, paged query, and the per-actor
// variant that pages the statements of many actors in one round trip (no N+1).

import type { Query } from './model.js';
import type { StatementFilter, StatementOrder, Window } from './records.js';
import { bestActorByKeys } from './actor-queries.js';

const ORDER: Record<StatementOrder, string> = {
  DATE_DESC: "coalesce(s.publishedAt, '') DESC, s.articleId, s.position",
  DATE_ASC: "coalesce(s.publishedAt, '') ASC, s.articleId, s.position",
  CONFIDENCE_DESC: 's.confidence DESC, s.id',
  ARTICLE_ORDER: 's.articleId, s.position',
};

/** An actor record projected from variable `v`. */
export const actorOf = (v: string): string => `${v} {.id, .name, .type, aliases: coalesce(${v}.aliases, [])}`;

/**
 * Projects a statement node with the ids and records of the actors around it and, when asked,
 * its article, so one query answers `statements { speaker target article }`. Its pattern
 * variables are its own (sp, tg, rb, ab, sa): a query that binds `a` must not constrain them.
 */
export function statementProjection(withArticle = false): string {
  const article = withArticle
    ? `,\n  article: head([(s)-[:IN]->(sa:Article) | sa {.id, .url, .title, .text, .source, .publishedAt, .ingestedAt}])`
    : '';
  return `s {
  .id, .content, .cue, .kind, .direct, .confidence, .evidence, .position, .articleId, .publishedAt,
  speaker: head([(sp:Actor)-[:SAID]->(s) | ${actorOf('sp')}]),
  target: head([(s)-[:TARGETS]->(tg:Actor) | ${actorOf('tg')}]),
  reportedBy: head([(s)-[:REPORTED_BY]->(rb:Actor) | ${actorOf('rb')}]),
  about: [(s)-[:ABOUT]->(ab:Actor) | ${actorOf('ab')}]${article}
}`;
}

/** The plain projection (actors embedded, no article). */
export const STATEMENT_PROJECTION = statementProjection();

/** The WHERE conditions of a filter; values stay parameters. */
export function statementConditions(f: StatementFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (cond: string, name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    where.push(cond);
    params[name] = value;
  };
  add('EXISTS { MATCH (x:Actor)-[:SAID]->(s) WHERE x.id IN $speakerIds }', 'speakerIds', f.speakerIds);
  add('EXISTS { MATCH (n:ActorName)-[:NAMES]->(:Actor)-[:SAID]->(s) WHERE n.key IN $speakerKeys }', 'speakerKeys', f.speakerKeys);
  add('EXISTS { MATCH (s)-[:TARGETS]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $targetKeys }', 'targetKeys', f.targetKeys);
  add('EXISTS { MATCH (s)-[:ABOUT]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $aboutKeys }', 'aboutKeys', f.aboutKeys);
  add('EXISTS { MATCH (s)-[:REPORTED_BY]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $reportedByKeys }', 'reportedByKeys', f.reportedByKeys);
  add('EXISTS { MATCH (s)-[:TARGETS]->(x:Actor) WHERE x.id IN $targetIds }', 'targetIds', f.targetIds);
  add('EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id IN $aboutIds }', 'aboutIds', f.aboutIds);
  add('EXISTS { MATCH (s)-[:REPORTED_BY]->(x:Actor) WHERE x.id IN $reportedByIds }', 'reportedByIds', f.reportedByIds);
  add('s.kind IN $kinds', 'kinds', f.kinds);
  add('s.direct = $direct', 'direct', f.direct);
  add('s.articleId IN $articleIds', 'articleIds', f.articleIds);
  add('toLower(s.content) CONTAINS toLower($text)', 'text', f.text);
  add('s.publishedAt >= $from', 'from', f.from);
  add('s.publishedAt <= $to', 'to', f.to);
  add('s.confidence >= $minConfidence', 'minConfidence', f.minConfidence);
  return { where, params };
}

/** A page of statements matching the filter, with the total count. */
export function statementsPage(f: StatementFilter, order: StatementOrder, w: Window, withArticle = false): Query {
  const { where, params } = statementConditions(f);
  const anchor = f.speakerIds
    ? 'MATCH (sp:Actor)-[:SAID]->(s:Statement) WHERE sp.id IN $speakerIds'
    : f.speakerKeys ? 'MATCH (sn:ActorName)-[:NAMES]->(:Actor)-[:SAID]->(s:Statement) WHERE sn.key IN $speakerKeys'
    : f.articleIds ? 'MATCH (s:Statement) WHERE s.articleId IN $articleIds' : 'MATCH (s:Statement) WHERE true';
  return {
    cypher: `${anchor} ${where.map((c) => `AND ${c}`).join(' ')}
      WITH DISTINCT s ORDER BY ${ORDER[order]}
      WITH collect(s) AS rows
      RETURN size(rows) AS totalCount, [s IN rows[toInteger($offset)..toInteger($offset + $limit)] | ${statementProjection(withArticle)}] AS items`,
    params: { ...params, offset: w.offset, limit: w.limit },
  };
}

export type ActorRole = 'said' | 'targetedBy' | 'mentionedIn' | 'relayed';

const ROLE_PATTERN: Record<ActorRole, string> = {
  said: '(a)-[:SAID]->(s:Statement)',
  targetedBy: '(s:Statement)-[:TARGETS]->(a)',
  mentionedIn: '(s:Statement)-[:ABOUT]->(a)',
  relayed: '(s:Statement)-[:REPORTED_BY]->(a)',
};

/** The statements where actor `a` has the role, newest first, collected as `rows`. */
const rolePage = (role: ActorRole): string => `CALL (a) {
        OPTIONAL MATCH ${ROLE_PATTERN[role]}
        WHERE s IS NULL OR $kinds IS NULL OR s.kind IN $kinds
        WITH s ORDER BY ${ORDER.DATE_DESC}
        RETURN collect(s) AS rows
      }`;

const pageItems = (withArticle: boolean): string =>
  `[s IN rows[toInteger($offset)..toInteger($offset + $limit)] | ${statementProjection(withArticle)}] AS items`;

/** One page per actor of the statements where it has the given role, for many actors at once. */
export function statementsByActors(actorIds: string[], role: ActorRole, kinds: string[] | null, w: Window, withArticle = false): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})
      ${rolePage(role)}
      RETURN actorId, size(rows) AS totalCount, ${pageItems(withArticle)}`,
    params: { actorIds, kinds, offset: w.offset, limit: w.limit },
  };
}

/**
 * The best actor answering to any of the keys (ranked as actorsByKeys ranks them) and a page of
 * its statements in one role: `actor(name) { said {…} }` in one round trip. No row when nobody answers.
 */
export function actorWithStatements(keys: string[], role: ActorRole, kinds: string[] | null, w: Window, withArticle = false): Query {
  return {
    cypher: `${bestActorByKeys('keys')}
      ${rolePage(role)}
      RETURN ${actorOf('a')} AS actor, size(rows) AS totalCount, ${pageItems(withArticle)}`,
    params: { keys, kinds, offset: w.offset, limit: w.limit },
  };
}

/** Statements by id, for hydrating search hits and path steps. */
export function statementsByIds(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${STATEMENT_PROJECTION} AS s`,
    params: { ids },
  };
}

/** One page per article of its statements in reading order, for many articles at once. */
export function statementsByArticles(articleIds: string[], w: Window): Query {
  return {
    cypher: `UNWIND $articleIds AS articleId
      CALL (articleId) {
        OPTIONAL MATCH (s:Statement {articleId: articleId})
        WITH s ORDER BY s.position
        RETURN collect(s) AS rows
      }
      RETURN articleId AS actorId, size(rows) AS totalCount, [s IN rows[toInteger($offset)..toInteger($offset + $limit)] | ${STATEMENT_PROJECTION}] AS items`,
    params: { articleIds, offset: w.offset, limit: w.limit },
  };
}
