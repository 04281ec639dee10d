// The graph model's vocabulary: every label and relationship type whosaid writes, as a fixed
// list in code. Query builders interpolate only these constants, never input.

export const LABEL = Object.freeze({
  Article: 'Article',
  Actor: 'Actor',
  Statement: 'Statement',
  ActorName: 'ActorName',
  MergeRecord: 'MergeRecord',
} as const);

export const REL = Object.freeze({
  SAID: 'SAID',
  IN: 'IN',
  TARGETS: 'TARGETS',
  ABOUT: 'ABOUT',
  REPORTED_BY: 'REPORTED_BY',
  AFFILIATED_WITH: 'AFFILIATED_WITH',
  PART_OF: 'PART_OF',
  INTERACTS_WITH: 'INTERACTS_WITH',
  MENTIONED_IN: 'MENTIONED_IN',
  NAMES: 'NAMES',
  MERGED_INTO: 'MERGED_INTO',
} as const);

/** Relationship types a who-said-what path may walk, actor to statement or actor to actor. */
export const PATH_RELS = [
  REL.SAID, REL.TARGETS, REL.ABOUT, REL.REPORTED_BY, REL.AFFILIATED_WITH, REL.PART_OF, REL.INTERACTS_WITH,
] as const;

/** A Cypher statement with its parameters: what every query builder returns. */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}
