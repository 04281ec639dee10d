// The store-wide write lock: the first statement of every ingest and delete transaction, so
// writers in any process (two CLIs, the API and a CLI) take turns and each decides its status
// on the graph its predecessor committed (truthful summaries, no duplicate merge records).

import type { Query } from './model.js';

/**
 * Takes an exclusive lock on one GraphMeta node (unique by id, so MERGE never makes two) that
 * Neo4j holds until the transaction ends; a second writer blocks here, then reads committed data.
 */
export function takeWriteLock(): Query {
  return {
    cypher: `MERGE (l:GraphMeta {id: 'write-lock'}) SET l.lockedAt = timestamp()`,
    params: {},
  };
}
