// Query builders for full-text search over statements, actors and articles, and for the
// shortest who-said-what path between two actors.

import type { Query } from './model.js';
import { PATH_RELS } from './model.js';
import { FULLTEXT } from './schema.js';
import { ARTICLE } from './article-queries.js';
import { actorOf, statementProjection } from './statement-queries.js';
import { bestActorByKeys } from './actor-queries.js';

/** Escapes Lucene syntax so user text is searched as words, never parsed as a query. */
export function luceneTerms(text: string): string {
  return text
    .replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`)
    .split(/\s+/)
    .filter((w) => w && !/^(AND|OR|NOT|TO)$/.test(w))
    .join(' ');
}

/** The best hits over the three full-text indexes, by score, each with its record projected. */
export function searchAll(text: string, limit: number): Query {
  return {
    cypher: `CALL () {
        CALL db.index.fulltext.queryNodes('${FULLTEXT.statements}', $q, {limit: toInteger($limit)}) YIELD node, score
        RETURN 'Statement' AS kind, node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('${FULLTEXT.actors}', $q, {limit: toInteger($limit)}) YIELD node, score
        RETURN 'Actor' AS kind, node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('${FULLTEXT.articles}', $q, {limit: toInteger($limit)}) YIELD node, score
        RETURN 'Article' AS kind, node, score
      }
      WITH kind, node, score ORDER BY score DESC, kind, node.id LIMIT toInteger($limit)
      WITH kind, node AS s, node AS art, score
      RETURN kind, s.id AS id, score, CASE kind
        WHEN 'Statement' THEN ${statementProjection()}
        WHEN 'Actor' THEN ${actorOf('s')}
        ELSE ${ARTICLE} END AS record`,
    params: { q: luceneTerms(text), limit },
  };
}

/** The best actor answering to one of `keys` (first key first, then the most mentioned). */
function bestByKeys(param: string, out: string): string {
  return `CALL () {
        ${bestActorByKeys(param)}
        RETURN collect(a) AS ${out}
      }`;
}

/**
 * The shortest path between the actors two names answer to, in one query: both lookups, the
 * path, and the records of every actor and statement on it (so the API needs no other query).
 * `from` / `to` are null when no actor answers to that name; `nodes` is null when no path joins them.
 */
export function shortestPathByNames(fromKeys: string[], toKeys: string[], maxRelHops: number): Query {
  const hops = Math.max(1, Math.min(Math.floor(maxRelHops), 30));
  return {
    cypher: `${bestByKeys('fromKeys', 'froms')}
      ${bestByKeys('toKeys', 'tos')}
      WITH head(froms) AS a, head(tos) AS b
      OPTIONAL CALL (a, b) {
        WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
        MATCH p = shortestPath((a)-[:${PATH_RELS.join('|')}*..${hops}]-(b))
        RETURN p
      }
      RETURN CASE WHEN a IS NULL THEN null ELSE ${actorOf('a')} END AS from,
        CASE WHEN b IS NULL THEN null ELSE ${actorOf('b')} END AS to,
        CASE WHEN p IS NULL THEN null ELSE [s IN nodes(p) | CASE WHEN s:Statement
          THEN {kind: 'Statement', id: s.id, statement: ${statementProjection()}}
          ELSE {kind: 'Actor', id: s.id, actor: ${actorOf('s')}} END] END AS nodes,
        CASE WHEN p IS NULL THEN null ELSE [r IN relationships(p) | type(r)] END AS rels`,
    params: { fromKeys, toKeys },
  };
}
