// Constraints and indexes: uniqueness on every id, an index for every lookup the API makes,
// full-text indexes over statement content, actor names and aliases, article titles and text.

import type { Executor } from './executor.js';
import type { Query } from './model.js';

export const FULLTEXT = Object.freeze({
  statements: 'statement_text',
  actors: 'actor_names',
  articles: 'article_text',
} as const);

const STATEMENTS = [
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT actor_name_key IF NOT EXISTS FOR (n:ActorName) REQUIRE n.key IS UNIQUE',
  'CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (n:MergeRecord) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE',
  'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)',
  'CREATE INDEX article_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
  'CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt)',
  'CREATE INDEX article_source IF NOT EXISTS FOR (n:Article) ON (n.source)',
  // The analytics refresh finds the articles written since its copy's version by this stamp.
  'CREATE INDEX article_graph_version IF NOT EXISTS FOR (n:Article) ON (n.graphVersion)',
  // ... and the articles and actors deleted since it by their tombstones' version (graph-version.ts).
  'CREATE INDEX tombstone_version IF NOT EXISTS FOR (n:Tombstone) ON (n.version)',
  'CREATE INDEX actor_type IF NOT EXISTS FOR (n:Actor) ON (n.type)',
  'CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)',
  'CREATE INDEX statement_kind IF NOT EXISTS FOR (n:Statement) ON (n.kind)',
  'CREATE INDEX statement_article IF NOT EXISTS FOR (n:Statement) ON (n.articleId)',
  'CREATE INDEX merge_record_actor IF NOT EXISTS FOR (n:MergeRecord) ON (n.actorId)',
  'CREATE INDEX merge_record_article IF NOT EXISTS FOR (n:MergeRecord) ON (n.articleId)',
  // Newest-first merge pages read this index in order instead of sorting every record.
  'CREATE INDEX merge_record_at IF NOT EXISTS FOR (n:MergeRecord) ON (n.at)',
  `CREATE FULLTEXT INDEX ${FULLTEXT.statements} IF NOT EXISTS FOR (n:Statement) ON EACH [n.content, n.cue]`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.actors} IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliasText]`,
  `CREATE FULLTEXT INDEX ${FULLTEXT.articles} IF NOT EXISTS FOR (n:Article) ON EACH [n.title, n.text]`,
];

/** The schema statements, each idempotent (IF NOT EXISTS). */
export function schemaQueries(): Query[] {
  return STATEMENTS.map((cypher) => ({ cypher, params: {} }));
}

/** Creates constraints and indexes if missing and waits until they are online. */
export async function ensureSchema(exec: Executor): Promise<void> {
  for (const q of schemaQueries()) await exec.write(q, 'schema setup');
  await exec.write({ cypher: 'CALL db.awaitIndexes(60)', params: {} }, 'schema setup (await indexes)');
}
