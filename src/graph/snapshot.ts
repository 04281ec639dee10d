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
