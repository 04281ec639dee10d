// The extraction contract: what `whosaid extract --json` prints and what the store ingests.
// Offsets are JavaScript string indices into `text`, end exclusive.

export const ACTOR_TYPES = ['PERSON', 'ORGANIZATION', 'MEDIA', 'COUNTRY', 'GROUP', 'PLACE', 'ANONYMOUS', 'OTHER'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const STATEMENT_KINDS = [
  'CLAIM', 'ACCUSATION', 'CRITICISM', 'PRAISE', 'DENIAL', 'WARNING', 'CONFIRMATION',
  'REJECTION', 'DEMAND', 'PROMISE', 'REFUSAL', 'BELIEF',
] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

export const RELATION_TYPES = ['AFFILIATED_WITH', 'PART_OF', 'INTERACTS_WITH'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export type Span = [start: number, end: number];

/** What a loader yields: one article, before any extraction. */
export interface RawArticle {
  id: string;
  title: string;
  /** The text every offset points into (for .txt: the file's content unchanged). */
  text: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  byline: string | null;
  /** Spans of `text` that are not the article (teasers, comment forms, share notices). */
  excluded: Span[];
  /** Where it came from, for error messages: a path, or "input #3". */
  origin: string;
}

export interface ArticleMeta {
  id: string;
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface Role {
  title: string;
  /** Actor id the role is held for, or null when the text names none. */
  of: string | null;
}

export interface Actor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  roles: Role[];
}

export interface Mention {
  actorId: string;
  start: number;
  end: number;
}

export interface Statement {
  id: string;
  speakerId: string | null;
  content: string;
  cue: string;
  kind: StatementKind;
  direct: boolean;
  targetId: string | null;
  aboutIds: string[];
  reportedById: string | null;
  confidence: number;
  evidence: {
    speaker: Span | null;
    cue: Span[];
    content: Span[];
  };
}

export interface Relation {
  sourceId: string;
  type: RelationType;
  targetId: string;
  role: string | null;
  evidence: Span;
}

export interface Extraction {
  article: ArticleMeta;
  text: string;
  actors: Actor[];
  mentions: Mention[];
  statements: Statement[];
  relations: Relation[];
}
