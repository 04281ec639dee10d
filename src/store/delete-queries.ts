// Query builders that remove an article: its statements, mentions, relations and merge
// records, then every actor nothing else refers to (and the names only it answered to). Each
// deleted article and actor leaves a tombstone, stamped with the graph version when the
// transaction bumps it, so the analytics copy learns deletions without reading every id.

import { UNSTAMPED } from './graph-version.js';
import type { Query } from './model.js';

/**
 * Removes what an article contributed; with `keepArticle` the Article node stays (a changed
 * article is rewritten in place). Returns the number of removed statements and actors.
 */
export function deleteArticleContent(articleId: string, keepArticle: boolean): Query {
  return {
    cypher: `MATCH (art:Article {id: $articleId})
      CALL (art) {
        OPTIONAL MATCH (s:Statement)-[:IN]->(art)
        DETACH DELETE s
        RETURN count(s) AS statements
      }
      CALL (art) {
        MATCH (m:MergeRecord {articleId: art.id}) DETACH DELETE m
      }
      CALL (art) {
        MATCH (a:Actor)-[:MENTIONED_IN]->(art)
        MATCH (a)-[r:AFFILIATED_WITH|PART_OF|INTERACTS_WITH]-()
        WHERE r.articleId = art.id
        DELETE r
      }
      CALL (art) {
        OPTIONAL MATCH (a:Actor)-[m:MENTIONED_IN]->(art)
        DELETE m
        WITH DISTINCT a WHERE a IS NOT NULL AND NOT EXISTS { (a)-[:MENTIONED_IN]->() }
        CREATE (:Tombstone {kind: 'actor', id: a.id, version: $unstamped})
        WITH a
        OPTIONAL MATCH (n:ActorName)-[:NAMES]->(a)
        DETACH DELETE a
        WITH DISTINCT n WHERE n IS NOT NULL AND NOT EXISTS { (n)-[:NAMES]->() }
        DELETE n
      }
      CALL (art) {
        WITH art WHERE NOT $keepArticle
        CREATE (:Tombstone {kind: 'article', id: art.id, version: $unstamped})
        DETACH DELETE art
      }
      RETURN statements`,
    params: { articleId, keepArticle, unstamped: UNSTAMPED },
  };
}
