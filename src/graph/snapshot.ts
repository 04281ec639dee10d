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
  /** The article that states it (one fact per article); lets a delta drop a replaced article's. */
  articleId?: string | null;
}

export interface GraphSnapshot {
  actors: ActorRecord[];
  statements: StatementFact[];
  relations: RelationFact[];
}

/** Where snapshots come from: the store in production, a literal in unit tests. */
export type SnapshotSource = () => Promise<GraphSnapshot>;

/** What changed since a version: the changed articles' statements, actors and relations. */
export interface GraphDelta {
  /** Actors of the changed articles, as stored now (new ones, and names changed by merging). */
  actors: ActorRecord[];
  /** Every stored actor's id: actors of deleted articles that nothing else named drop out. */
  actorIds: string[];
  /** Relations stated by the changed articles. */
  relations: RelationFact[];
  /** Articles stored or replaced since the version (their statements below replace the old ones). */
  changedArticles: string[];
  statements: StatementFact[];
  /** Every stored article: statements of any other article are dropped (deleted articles). */
  articleIds: string[];
}

/** Reads what changed since a version (Store.graphDelta in production); null when more articles
 * changed than `maxChanged` allows for the number stored (the caller then reads the whole graph). */
export type DeltaSource = (since: number, maxChanged: (stored: number) => number) => Promise<GraphDelta | null>;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const relationKey = (r: RelationFact): string => `${r.sourceId}\u0000${r.type}\u0000${r.targetId}\u0000${r.articleId ?? ''}`;

/** Relations in one order whoever read them (graph building, and so communities, follow it). */
export function sortRelations(relations: RelationFact[]): RelationFact[] {
  return relations.map((r) => [relationKey(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, r]) => r);
}

/**
 * The snapshot `delta` makes of `old`: the old facts of unchanged, still stored articles and
 * actors, plus the changed ones, in the order a whole read gives (by id).
 */
export function applyDelta(old: GraphSnapshot, delta: GraphDelta): GraphSnapshot {
  const alive = new Set(delta.articleIds);
  const changed = new Set(delta.changedArticles);
  const actorIds = new Set(delta.actorIds);
  const stays = (articleId: string | null | undefined): boolean => articleId != null && alive.has(articleId) && !changed.has(articleId);
  const fresh = new Map(delta.actors.map((a) => [a.id, a]));
  const actors = [...old.actors.filter((a) => actorIds.has(a.id) && !fresh.has(a.id)), ...fresh.values()].sort(byId);
  const statements = [...old.statements.filter((s) => stays(s.articleId)), ...delta.statements.filter((s) => alive.has(s.articleId))].sort(byId);
  const relations = [...old.relations.filter((r) => stays(r.articleId)), ...delta.relations.filter((r) => r.articleId != null && alive.has(r.articleId))]
    .filter((r) => actorIds.has(r.sourceId) && actorIds.has(r.targetId));
  return { actors, statements, relations: sortRelations(relations) };
}
