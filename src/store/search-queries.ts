// Query builders for full-text search over statements, actors and articles, and for the
// shortest who-said-what path between two actors.

import type { Query } from './model.js';
import { PATH_RELS } from './model.js';
import { FULLTEXT } from './schema.js';
import { ARTICLE } from './article-queries.js';
import { actorOf, statementProjection } from './statement-queries.js';

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

/** The shortest path between two actors over speech acts and actor relations. */
export function shortestPath(fromId: string, toId: string, maxRelHops: number): Query {
  const hops = Math.max(1, Math.min(Math.floor(maxRelHops), 30));
  return {
    cypher: `MATCH (a:Actor {id: $fromId}), (b:Actor {id: $toId})
      MATCH p = shortestPath((a)-[:${PATH_RELS.join('|')}*..${hops}]-(b))
      RETURN [n IN nodes(p) | {kind: CASE WHEN n:Statement THEN 'Statement' ELSE 'Actor' END, id: n.id}] AS nodes,
             [r IN relationships(p) | type(r)] AS rels`,
    params: { fromId, toId },
  };
}
