// Query builders for statements: one filtered, ordered, paged query, and the per-actor
// variant that pages the statements of many actors in one round trip (no N+1).

import { pageOf, type Query } from './model.js';
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

/** What a statement page reads besides the statement: its article, its evidence (the sentence). */
export interface StatementFields { article: boolean; evidence: boolean }
/** Evidence, no article: what a caller that does not look ahead gets. */
export const STORED_FIELDS: StatementFields = Object.freeze({ article: false, evidence: true });

/**
 * Projects a statement node with the ids and records of the actors around it and, when asked,
 * its article and evidence, so one query answers `statements { speaker target article }` with no
 * more than it asks. Its pattern variables are its own (sp, tg, rb, ab, sa): a query that binds
 * `a` must not constrain them.
 */
export function statementProjection(fields: StatementFields = STORED_FIELDS): string {
  // The article's text is left out: a page of 50 statements would carry it 50 times, and lists
  // ask for the title; Article.text loads it when a query does select it. So does evidence.
  const article = fields.article
    ? `,\n  article: head([(s)-[:IN]->(sa:Article) | sa {.id, .url, .title, .source, .publishedAt, .ingestedAt}])`
    : '';
  return `s {
  .id, .content, .cue, .kind, .direct, .confidence,${fields.evidence ? ' .evidence,' : ''} .position, .articleId, .publishedAt,
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
export function statementsPage(f: StatementFilter, order: StatementOrder, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  const { where, params } = statementConditions(f);
  const anchor = f.speakerIds
    ? 'MATCH (sp:Actor)-[:SAID]->(s:Statement) WHERE sp.id IN $speakerIds'
    : f.speakerKeys ? 'MATCH (sn:ActorName)-[:NAMES]->(:Actor)-[:SAID]->(s:Statement) WHERE sn.key IN $speakerKeys'
    : f.articleIds ? 'MATCH (s:Statement) WHERE s.articleId IN $articleIds' : 'MATCH (s:Statement) WHERE true';
  return {
    cypher: `${pageOf({
      scope: '', match: `${anchor} ${where.map((c) => `AND ${c}`).join(' ')}`, keep: 's', order: ORDER[order],
      project: statementProjection(fields), distinct: !!f.speakerKeys,
    })}
      RETURN totalCount, items`,
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

/** `totalCount` and `items`: one page of the statements where actor `a` has the role, newest first. */
const rolePage = (role: ActorRole, fields: StatementFields): string => pageOf({
  scope: 'a', match: `MATCH ${ROLE_PATTERN[role]} WHERE $kinds IS NULL OR s.kind IN $kinds`, keep: 's',
  order: ORDER.DATE_DESC, project: statementProjection(fields),
});

/** One page per actor of the statements where it has the given role, for many actors at once. */
export function statementsByActors(actorIds: string[], role: ActorRole, kinds: string[] | null, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})
      ${rolePage(role, fields)}
      RETURN actorId, totalCount, items`,
    params: { actorIds, kinds, offset: w.offset, limit: w.limit },
  };
}

/**
 * The best actor answering to any of the keys (ranked as actorsByKeys ranks them) and a page of
 * its statements in one role: `actor(name) { said {…} }` in one round trip. No row when nobody answers.
 */
export function actorWithStatements(keys: string[], role: ActorRole, kinds: string[] | null, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  return {
    cypher: `${bestActorByKeys('keys')}
      ${rolePage(role, fields)}
      RETURN ${actorOf('a')} AS actor, totalCount, items`,
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
      ${pageOf({ scope: 'articleId', match: 'MATCH (s:Statement {articleId: articleId})', keep: 's', order: 's.position', project: STATEMENT_PROJECTION })}
      RETURN articleId AS actorId, totalCount, items`,
    params: { articleIds, offset: w.offset, limit: w.limit },
  };
}
