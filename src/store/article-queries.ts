// Query builders for articles: batched loads by id, filtered pages, and the articles that
// mention each of many actors in one round trip.

import { pageOf, type Query } from './model.js';
import type { ArticleFilter, Window } from './records.js';

/** An article record projected from `art`. */
export const ARTICLE = 'art {.id, .url, .title, .text, .source, .publishedAt, .ingestedAt}';
const ORDER = "coalesce(art.publishedAt, '') DESC, art.id";

/** Articles by id, for DataLoader. */
export function articlesByIds(ids: string[]): Query {
  return { cypher: `UNWIND $ids AS id MATCH (art:Article {id: id}) RETURN ${ARTICLE} AS article`, params: { ids } };
}

/** A page of articles matching the filter, newest first. */
export function articlesPage(f: ArticleFilter, w: Window): Query {
  const where = ['true'];
  if (f.source) where.push('toLower(art.source) = toLower($source)');
  if (f.text) where.push('(toLower(art.title) CONTAINS toLower($text) OR toLower(art.text) CONTAINS toLower($text))');
  if (f.from) where.push('art.publishedAt >= $from');
  if (f.to) where.push('art.publishedAt <= $to');
  if (f.mentionsIds) where.push('EXISTS { MATCH (x:Actor)-[:MENTIONED_IN]->(art) WHERE x.id IN $mentionsIds }');
  if (f.mentionsKeys) where.push('EXISTS { MATCH (n:ActorName)-[:NAMES]->(:Actor)-[:MENTIONED_IN]->(art) WHERE n.key IN $mentionsKeys }');
  return {
    cypher: `${pageOf({ scope: '', match: `MATCH (art:Article) WHERE ${where.join(' AND ')}`, keep: 'art', order: ORDER, project: ARTICLE, window: w })}
      RETURN totalCount, items`,
    params: {
      source: f.source ?? null, text: f.text ?? null, from: f.from ?? null, to: f.to ?? null,
      mentionsIds: f.mentionsIds ?? null, mentionsKeys: f.mentionsKeys ?? null, offset: w.offset, limit: w.limit,
    },
  };
}

/** One page per actor of the articles that mention it. */
export function articlesByActors(actorIds: string[], w: Window): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})
      ${pageOf({ scope: 'a', match: 'MATCH (a)-[:MENTIONED_IN]->(art:Article)', keep: 'art', order: ORDER, project: ARTICLE, window: w })}
      RETURN actorId, totalCount, items`,
    params: { actorIds, offset: w.offset, limit: w.limit },
  };
}
