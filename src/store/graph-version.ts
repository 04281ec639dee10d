// The graph version: one counter in the store, bumped in the same transaction as every write
// (ingest, replace, delete), whoever writes. Readers (the server's analytics, dashboards) poll
// it cheaply to learn that the graph changed, whichever process changed it.

import type { Query } from './model.js';

export interface GraphVersion {
  /** 0 for a store never written by this version of whosaid. */
  version: number;
  /** ISO time of the last bump; null when never bumped. */
  updatedAt: string | null;
  /**
   * Random id of this store's version history, made with its first version: a store wiped and
   * written again counts versions from 1 under a new epoch, so a copy of the old graph is never
   * patched as if the new history continued it. Null for a store never written by this whosaid.
   */
  epoch: string | null;
}

/** Version of a tombstone written by a transaction that has not bumped the version yet. */
export const UNSTAMPED = -1;

/** Tombstones kept at most; past it the oldest go, and a copy older than what is left reads the whole graph. */
export const TOMBSTONE_CAP = 100_000;

/**
 * Increments the version and stamps the tombstones this transaction wrote with it; run it inside
 * the write transaction it versions. The first bump records `deletionLogFrom`, the version the
 * deletion log starts after: a copy at that version or later learns every deletion since from the
 * tombstones (a store written before there were tombstones has none for its older deletions).
 */
export function bumpGraphVersion(): Query {
  return {
    cypher: `MERGE (m:GraphMeta {id: 'graph'})
             ON CREATE SET m.version = 0
             SET m.deletionLogFrom = coalesce(m.deletionLogFrom, m.version), m.epoch = coalesce(m.epoch, randomUUID())
             SET m.version = m.version + 1, m.updatedAt = toString(datetime())
             WITH m
             CALL (m) { MATCH (t:Tombstone {version: $unstamped}) SET t.version = m.version }
             RETURN m.version AS version`,
    params: { unstamped: UNSTAMPED },
  };
}

/**
 * Keeps the deletion log under `cap` tombstones: past it, drops the oldest `drop` and moves
 * `deletionLogFrom` up to the newest version dropped (copies older than that read the whole graph).
 * Counting a label reads Neo4j's count store, so the check costs nothing while under the cap. (An
 * aggregate over no rows still gives one row: `upTo IS NOT NULL` keeps it from clearing the start.)
 */
export function pruneTombstones(cap: number = TOMBSTONE_CAP, drop: number = Math.ceil(cap / 10)): Query {
  return {
    cypher: `MATCH (t:Tombstone) WITH count(t) AS n WHERE n > $cap
             MATCH (t:Tombstone) WHERE t.version > $unstamped
             WITH t ORDER BY t.version LIMIT toInteger($drop)
             WITH collect(t) AS old, max(t.version) AS upTo
             WHERE upTo IS NOT NULL
             FOREACH (t IN old | DELETE t)
             WITH upTo MATCH (m:GraphMeta {id: 'graph'}) SET m.deletionLogFrom = CASE WHEN m.deletionLogFrom > upTo THEN m.deletionLogFrom ELSE upTo END
             RETURN upTo`,
    params: { cap, drop, unstamped: UNSTAMPED },
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
    cypher: `OPTIONAL MATCH (m:GraphMeta {id: 'graph'}) RETURN coalesce(m.version, 0) AS version, m.updatedAt AS updatedAt, m.epoch AS epoch`,
    params: {},
  };
}
