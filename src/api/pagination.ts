// Relay-style pagination over offset windows: opaque cursors, `first` defaulting to 20 and
// capped at 100. Bad cursors and negative sizes are BAD_INPUT naming the argument.

import type { GraphQLResolveInfo } from 'graphql';
import { WhosaidError } from '../errors.js';
import { selectsPath } from './selection.js';
import type { Page, Window } from '../store/records.js';

export const PAGE = Object.freeze({ defaultSize: 20, maxSize: 100 });

const PREFIX = 'o:';

/** The cursor of the item at an absolute offset. */
export const cursorAt = (offset: number): string => Buffer.from(`${PREFIX}${offset}`).toString('base64url');

/**
 * Parses `first`/`after` into a window; the item after the cursor is the first returned. Given
 * the connection field's view, a window whose `totalCount` is not selected is not counted.
 */
export function windowOf(first: number | null | undefined, after: string | null | undefined, view?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Window {
  const w = offsetWindow(first, after);
  return view && !selectsPath(view, ['totalCount']) ? { ...w, count: false } : w;
}

function offsetWindow(first: number | null | undefined, after: string | null | undefined): Window {
  if (first !== null && first !== undefined && (!Number.isInteger(first) || first < 0)) {
    throw new WhosaidError('BAD_INPUT', `first: must be a non-negative integer, got ${first}`);
  }
  const limit = Math.min(first ?? PAGE.defaultSize, PAGE.maxSize);
  if (after === null || after === undefined) return { offset: 0, limit };
  const raw = Buffer.from(after, 'base64url').toString();
  const n = Number(raw.slice(PREFIX.length));
  if (!raw.startsWith(PREFIX) || !Number.isInteger(n) || n < 0) {
    throw new WhosaidError('BAD_INPUT', `after: ${JSON.stringify(after)} is not a cursor from this API; pass an endCursor or edge cursor`);
  }
  return { offset: n + 1, limit };
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Builds a Relay connection from a page of records. A page read without counting (its field did
 * not select totalCount, see windowOf) throws if totalCount is read after all, rather than answer 0.
 */
export function connection<T>(page: Page<T>): Connection<T> {
  const edges = page.items.map((node, i) => ({ cursor: cursorAt(page.offset + i), node }));
  const { totalCount } = page;
  return {
    get totalCount(): number {
      if (totalCount === null) throw new Error('totalCount: this page was read without counting, but its field selects totalCount');
      return totalCount;
    },
    edges,
    pageInfo: { hasNextPage: page.hasNext, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
  };
}
