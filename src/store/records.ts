// The store's read-side records: plain objects the API maps onto GraphQL types, and the
// filters and pages it accepts. No driver types leak past src/store.

import type { ActorType, RelationType, StatementKind } from '../extract/types.js';
import type { Evidence } from './evidence.js';

export interface ActorRecord { id: string; name: string; type: ActorType; aliases: string[] }

export interface ArticleRecord {
  id: string; url: string | null; title: string; source: string | null;
  /** Absent when read alongside statements (see statementProjection); Article.text loads it. */
  text?: string;
  publishedAt: string | null; ingestedAt: number | null;
}

export interface StatementRecord {
  id: string; content: string; cue: string; kind: StatementKind; direct: boolean; confidence: number;
  /** Absent when a page was read without it (see StatementFields); Statement.evidence loads it. */
  evidence?: Evidence; position: number; articleId: string; publishedAt: string | null;
  /** The actors around it by id (null: none); undefined when the page did not read that role (see StatementFields). */
  speakerId?: string | null; targetId?: string | null; reportedById?: string | null; aboutIds?: string[];
  /**
   * The records read in the same query, by role (undefined: that role was not read), and its
   * article when asked. They may hold only the properties the request selected (see
   * StatementFields); `whole` says they are complete records, which alone may prime loaders.
   */
  related?: {
    speaker?: ActorRecord | null; target?: ActorRecord | null; reportedBy?: ActorRecord | null; about?: ActorRecord[];
    article: ArticleRecord | null; whole: boolean;
  };
}

export interface RelationRecord {
  type: RelationType; fromId: string; toId: string; role: string | null; articleId: string;
  evidence: { start: number; end: number; text: string } | null;
}

/** One distinct (title, of) an actor holds, with the articles that support it (most first). */
export interface RoleRecord { title: string; ofId: string | null; articleIds: string[] }

export interface MergeRecordRow {
  id: string; actorId: string; articleId: string; localName: string; localAliases: string[];
  actorName: string; reason: string; candidates: number; at: number;
  /** Its actor and article, when read in the same query (for priming loaders). */
  related?: { actor: ActorRecord | null; article: ArticleRecord | null };
}

/** A window of a list; `totalCount` is null when the window asked not to count (see Window.count). */
export interface Page<T> { items: T[]; totalCount: number | null; offset: number; hasNext: boolean }
/**
 * `count: false` leaves the list uncounted (a request that does not select totalCount): the page
 * reads one item more to tell whether a next page exists, and Neo4j skips matching the whole list.
 */
export interface Window { offset: number; limit: number; count?: false }

export type StatementOrder = 'DATE_DESC' | 'DATE_ASC' | 'CONFIDENCE_DESC' | 'ARTICLE_ORDER';
export type ActorOrder = 'ACTIVITY_DESC' | 'NAME_ASC' | 'STATEMENTS_DESC' | 'MENTIONS_DESC';

/** Statement filters with actor names already resolved to ids (null = no filter). */
export interface StatementFilter {
  speakerIds?: string[] | null;
  targetIds?: string[] | null;
  aboutIds?: string[] | null;
  reportedByIds?: string[] | null;
  /** Name keys (see lookupKeysOf): the actor any of them names, resolved inside the same query. */
  speakerKeys?: string[] | null;
  targetKeys?: string[] | null;
  aboutKeys?: string[] | null;
  reportedByKeys?: string[] | null;
  kinds?: StatementKind[] | null;
  direct?: boolean | null;
  articleIds?: string[] | null;
  text?: string | null;
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
}

export interface ActorFilter { types?: ActorType[] | null; name?: string | null; articleId?: string | null }

export interface ArticleFilter {
  source?: string | null; text?: string | null; from?: string | null; to?: string | null;
  mentionsIds?: string[] | null;
  /** Name keys of the mentioned actor, resolved inside the same query. */
  mentionsKeys?: string[] | null;
}

/** A search hit with the record it names, read in the same query. */
export type SearchHitRecord =
  | { kind: 'Statement'; id: string; score: number; record: StatementRecord }
  | { kind: 'Actor'; id: string; score: number; record: ActorRecord }
  | { kind: 'Article'; id: string; score: number; record: ArticleRecord };

export interface PathRecord {
  /** Alternating nodes along the path: actor, (statement, actor | actor)… */
  nodes: { kind: 'Actor' | 'Statement'; id: string }[];
  rels: string[];
}
