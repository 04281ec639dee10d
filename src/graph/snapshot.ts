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

/** What changed since a version: the changed articles' statements, actors and relations, and what was deleted. */
export interface GraphDelta {
  /** Actors of the changed articles, as stored now (new ones, and names changed by merging). */
  actors: ActorRecord[];
  /** Actors deleted since the version (with the last article naming them); one stored again since is in `actors`. */
  deletedActors: string[];
  /** Relations stated by the changed articles. */
  relations: RelationFact[];
  /** Articles stored or replaced since the version (their statements below replace the old ones). */
  changedArticles: string[];
  statements: StatementFact[];
  /** Articles deleted since the version: their statements and relations drop out. */
  deletedArticles: string[];
}

/** Reads what changed since a version (Store.graphDelta in production); null when more articles
 * changed than `maxChanged` allows for the number stored, or the store cannot list the deletions
 * since that version (the caller then reads the whole graph). */
export type DeltaSource = (since: number, maxChanged: (stored: number) => number) => Promise<GraphDelta | null>;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const relationKey = (r: RelationFact): string => `${r.sourceId}\u0000${r.type}\u0000${r.targetId}\u0000${r.articleId ?? ''}`;
const byRelationKey = (a: RelationFact, b: RelationFact): number => {
  const x = relationKey(a);
  const y = relationKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Relations in one order whoever read them (graph building, and so communities, follow it). */
export function sortRelations(relations: RelationFact[]): RelationFact[] {
  return relations.map((r) => [relationKey(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, r]) => r);
}

/** Two lists sorted by `order` merged into one, in linear time. */
function mergeSorted<T>(xs: T[], ys: T[], order: (a: T, b: T) => number): T[] {
  const out: T[] = new Array(xs.length + ys.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < xs.length && j < ys.length) out[k++] = order(ys[j], xs[i]) < 0 ? ys[j++] : xs[i++];
  while (i < xs.length) out[k++] = xs[i++];
  while (j < ys.length) out[k++] = ys[j++];
  return out;
}

/** What a delta removes from and adds to a copy, besides the snapshot it makes (graph patching reads it). */
export interface SnapshotPatch {
  snapshot: GraphSnapshot;
  /** Facts of the old copy that are gone: statements and relations of changed or deleted articles, deleted actors' ids. */
  removed: { statements: StatementFact[]; relations: RelationFact[]; actors: string[] };
  /** Facts the delta brings: the changed articles' statements and relations, actors new or renamed. */
  added: { statements: StatementFact[]; relations: RelationFact[]; actors: ActorRecord[] };
}

/**
 * The snapshot `delta` makes of `old`: the old facts of unchanged, undeleted articles and actors,
 * plus the changed ones, in the order a whole read gives (by id; relations by key). The old lists
 * are in that order already, so only the delta is sorted and the rest is one linear pass each:
 * at 100,000 stored articles a refresh after one article costs a pass over the copy, not a sort.
 * Also says what was removed and added, so a graph built from `old` can be patched to match.
 */
export function patchSnapshot(old: GraphSnapshot, delta: GraphDelta): SnapshotPatch {
  const changed = new Set(delta.changedArticles);
  const deletedArticles = new Set(delta.deletedArticles);
  const fresh = new Map(delta.actors.map((a) => [a.id, a]));
  const deadActors = new Set(delta.deletedActors.filter((id) => !fresh.has(id)));
  const stays = (articleId: string | null | undefined): boolean => articleId != null && !deletedArticles.has(articleId) && !changed.has(articleId);
  const known = (r: RelationFact): boolean => !deadActors.has(r.sourceId) && !deadActors.has(r.targetId);
  const removed: SnapshotPatch['removed'] = { statements: [], relations: [], actors: [] };
  const keptActors = old.actors.filter((a) => {
    if (deadActors.has(a.id)) removed.actors.push(a.id);
    return !deadActors.has(a.id) && !fresh.has(a.id);
  });
  const keptStatements = old.statements.filter((s) => stays(s.articleId) || (removed.statements.push(s), false));
  const keptRelations = old.relations.filter((r) => (stays(r.articleId) && known(r)) || (removed.relations.push(r), false));
  const added = {
    statements: [...delta.statements].sort(byId),
    relations: sortRelations(delta.relations.filter((r) => r.articleId != null && known(r))),
    actors: [...fresh.values()].sort(byId),
  };
  return {
    snapshot: {
      actors: mergeSorted(keptActors, added.actors, byId),
      statements: mergeSorted(keptStatements, added.statements, byId),
      relations: mergeSorted(keptRelations, added.relations, byRelationKey),
    },
    removed,
    added,
  };
}
