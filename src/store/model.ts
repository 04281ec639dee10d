// The graph model's vocabulary: every label and relationship type whosaid writes, as a fixed
// list in code. Query builders interpolate only these constants, never input.

import type { Window } from './records.js';

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

/** What pageOf needs: the subqueries' imported variables, the match, what to keep, order and projection. */
export interface PageSpec {
  /** Variables imported into the subqueries ('' for none). */
  scope: string;
  /** MATCH … WHERE …: the rows to count and page. */
  match: string;
  /** The variables carried to the sort and projection, e.g. 's' or 'a, m'. */
  keep: string;
  order: string;
  /** The expression collected per row of the page. */
  project: string;
  /** Clauses run on the page's rows only, after the cut (OPTIONAL MATCHes of what `project` reads). */
  expand?: string;
  /** The match can find a row twice (a statement through two names of its speaker). */
  distinct?: boolean;
  /** The window (only whether it counts matters here). */
  window?: Window;
}

/**
 * `totalCount` and `items` (one ordered page, $offset and $limit) of what a match finds. The
 * count reads no property, and the page is a top-k sort (ORDER BY … SKIP … LIMIT), where sorting
 * and collecting every match to slice 50 made each page of 5,000 statements cost a full sort.
 */
export function pageOf(p: PageSpec): string {
  const d = p.distinct ? 'DISTINCT ' : '';
  const page = (limit: string): string => `CALL (${p.scope}) { ${p.match} WITH ${d}${p.keep} ORDER BY ${p.order} SKIP toInteger($offset) LIMIT ${limit}${p.expand ? ` ${p.expand}` : ''} RETURN collect(${p.project}) AS items }`;
  // Uncounted: one item more than the page says whether another page follows.
  if (p.window?.count === false) return `CALL () { RETURN null AS totalCount }
      ${page('toInteger($limit) + 1')}`;
  return `CALL (${p.scope}) { ${p.match} RETURN ${p.distinct ? `count(DISTINCT ${p.keep})` : 'count(*)'} AS totalCount }
      ${page('toInteger($limit)')}`;
}
