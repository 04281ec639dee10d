// The analytics input: the whole actor graph as plain records, as the store pages it out.
// Only what analytics needs lives here (no statement text), so a large graph stays small in memory.

import type { ActorType, RelationType, StatementKind } from '../extract/types.js';

export interface ActorRecord {
  id: string;
  name: string;
  type: ActorType;
}

/** One statement reduced to its edges and its article's date (ISO string or null). */
export interface StatementFact {
  id: string;
  speakerId: string | null;
  targetId: string | null;
  kind: StatementKind;
  articleId: string;
  date: string | null;
  /** The article's source (outlet), as ingested; null when it has none. */
  source: string | null;
}

export interface RelationFact {
  sourceId: string;
  type: RelationType;
  targetId: string;
}

export interface GraphSnapshot {
  actors: ActorRecord[];
  statements: StatementFact[];
  relations: RelationFact[];
}

/** Where snapshots come from: the store in production, a literal in unit tests. */
export type SnapshotSource = () => Promise<GraphSnapshot>;

/** What changed since a version: whole actors and relations, the changed articles' statements. */
export interface GraphDelta {
  actors: ActorRecord[];
  relations: RelationFact[];
  /** Articles stored or replaced since the version (their statements below replace the old ones). */
  changedArticles: string[];
  statements: StatementFact[];
  /** Every stored article: statements of any other article are dropped (deleted articles). */
  articleIds: string[];
}

/** Reads what changed since a version (Store.graphDelta in production). */
export type DeltaSource = (since: number) => Promise<GraphDelta>;

/** The snapshot `delta` makes of `old`: old statements of unchanged, still stored articles, plus the changed ones. */
export function applyDelta(old: GraphSnapshot, delta: GraphDelta): GraphSnapshot {
  const alive = new Set(delta.articleIds);
  const changed = new Set(delta.changedArticles);
  const actorIds = new Set(delta.actors.map((a) => a.id));
  const kept = old.statements.filter((s) => alive.has(s.articleId) && !changed.has(s.articleId));
  const fresh = delta.statements.filter((s) => alive.has(s.articleId));
  const statements = [...kept, ...fresh].map((s) => ({
    ...s,
    speakerId: s.speakerId !== null && actorIds.has(s.speakerId) ? s.speakerId : null,
    targetId: s.targetId !== null && actorIds.has(s.targetId) ? s.targetId : null,
  }));
  statements.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { actors: delta.actors, statements, relations: delta.relations };
}
