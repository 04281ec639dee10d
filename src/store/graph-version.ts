// The graph version: one counter in the store, bumped in the same transaction as every write
// (ingest, replace, delete), whoever writes. Readers (the server's analytics, dashboards) poll
// it cheaply to learn that the graph changed, whichever process changed it.

import type { Query } from './model.js';

export interface GraphVersion {
  /** 0 for a store never written by this version of whosaid. */
  version: number;
  /** ISO time of the last bump; null when never bumped. */
  updatedAt: string | null;
}

/** Increments the version; run it inside the write transaction it versions. */
export function bumpGraphVersion(): Query {
  return {
    cypher: `MERGE (m:GraphMeta {id: 'graph'})
             ON CREATE SET m.version = 0
             SET m.version = m.version + 1, m.updatedAt = toString(datetime())
             RETURN m.version AS version`,
    params: {},
  };
}

/**
 * Stamps the articles a write transaction stored with the version it bumped to. Writers take
 * turns on the write lock, so versions follow commit order and "articles stamped above v" is
 * exactly what changed since a reader saw v (analytics refresh incrementally from it).
 */
export function stampArticles(ids: string[], version: number): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (art:Article {id: id}) SET art.graphVersion = $version`,
    params: { ids, version },
  };
}

/** Reads the version: one index lookup. */
export function readGraphVersion(): Query {
  return {
    cypher: `OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version, m.updatedAt AS updatedAt`,
    params: {},
  };
}
