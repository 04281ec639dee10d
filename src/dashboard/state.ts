// The dashboard's filter state and its URL form, shared by the browser client and the tests.
// Pure: no DOM, no fetch. The query string uses the same parameter names as the scoped exports
// (from, to, source, kinds, actorTypes; lists comma-separated), so a dashboard URL's filters
// can be pasted onto /export/statements.csv unchanged.

import { ACTOR_TYPES, type ActorType, STATEMENT_KINDS, type StatementKind } from '../extract/types.js';

export type Interval = 'DAY' | 'WEEK' | 'MONTH';
export const INTERVALS: readonly Interval[] = ['DAY', 'WEEK', 'MONTH'];

export interface DashboardState {
  /** YYYY-MM-DD or null. */
  from: string | null;
  to: string | null;
  /** The article's outlet, matched case-insensitively by the server. */
  source: string | null;
  /** Empty means every kind. */
  kinds: StatementKind[];
  /** Empty means every speaker type. */
  actorTypes: ActorType[];
  /** Timeline bucket size. */
  interval: Interval;
}

export const DEFAULT_STATE: Readonly<DashboardState> = Object.freeze({
  from: null, to: null, source: null, kinds: [], actorTypes: [], interval: 'MONTH',
});

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(raw: string[], allowed: readonly T[]): T[] {
  const wanted = new Set(raw.flatMap((v) => v.split(',')).map((v) => v.trim().toUpperCase()));
  // Kept in the canonical order, so the same selection always gives the same URL.
  return allowed.filter((x) => wanted.has(x));
}

/** The state a query string ("?from=…&kinds=A,B") describes; unknown or malformed values are dropped. */
export function stateFromQuery(search: string | URLSearchParams): DashboardState {
  const q = typeof search === 'string' ? new URLSearchParams(search) : search;
  const day = (name: string): string | null => {
    const v = q.get(name)?.trim() ?? '';
    return DAY.test(v) ? v : null;
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) [from, to] = [to, from];
  const source = q.get('source')?.trim() || null;
  const interval = (q.get('interval') ?? '').toUpperCase();
  return {
    from, to, source,
    kinds: list(q.getAll('kinds'), STATEMENT_KINDS),
    actorTypes: list(q.getAll('actorTypes'), ACTOR_TYPES),
    interval: (INTERVALS as readonly string[]).includes(interval) ? interval as Interval : DEFAULT_STATE.interval,
  };
}

/** The query string for a state, without the leading "?"; default values are left out. */
export function stateToQuery(s: DashboardState): string {
  const q = new URLSearchParams();
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.source) q.set('source', s.source);
  if (s.kinds.length) q.set('kinds', list(s.kinds, STATEMENT_KINDS).join(','));
  if (s.actorTypes.length) q.set('actorTypes', list(s.actorTypes, ACTOR_TYPES).join(','));
  if (s.interval !== DEFAULT_STATE.interval) q.set('interval', s.interval);
  return q.toString();
}

/** The GraphQL AnalyticsWhere for a state (null when nothing is filtered); `dates: false` leaves from/to out. */
export function whereOf(s: DashboardState, dates = true): Record<string, unknown> | null {
  const w: Record<string, unknown> = {};
  if (dates && s.from) w.from = s.from;
  if (dates && s.to) w.to = s.to;
  if (s.source) w.source = s.source;
  if (s.kinds.length) w.kinds = s.kinds;
  if (s.actorTypes.length) w.actorTypes = s.actorTypes;
  return Object.keys(w).length ? w : null;
}

/** The last day (YYYY-MM-DD, UTC) of the timeline bucket starting on `start`. */
export function bucketEnd(start: string, interval: Interval): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === 'WEEK') d.setUTCDate(d.getUTCDate() + 6);
  else if (interval === 'MONTH') d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}

/** The date range covered by the timeline buckets `first`..`last` (indices into `starts`, either order). */
export function rangeOfBuckets(starts: readonly string[], first: number, last: number, interval: Interval): { from: string; to: string } | null {
  const lo = Math.max(0, Math.min(first, last));
  const hi = Math.min(starts.length - 1, Math.max(first, last));
  if (starts.length === 0 || lo > hi) return null;
  return { from: starts[lo], to: bucketEnd(starts[hi], interval) };
}

/** The bucket indices a from/to range covers (for drawing the brush back), or null when unbounded or outside. */
export function bucketsOfRange(starts: readonly string[], from: string | null, to: string | null, interval: Interval): [number, number] | null {
  if (!from && !to) return null;
  let lo = -1;
  let hi = -1;
  starts.forEach((start, i) => {
    const end = bucketEnd(start, interval);
    if ((!from || end >= from) && (!to || start <= to)) {
      if (lo < 0) lo = i;
      hi = i;
    }
  });
  return lo < 0 ? null : [lo, hi];
}
