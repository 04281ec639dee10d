// Statements per day, ISO week (starting Monday) or month, by their article's publication date.
// Statements whose article has no date cannot be placed in time and are left out.

import { WhosaidError } from '../errors.js';
import type { StatementFact } from './snapshot.js';

export const INTERVALS = ['DAY', 'WEEK', 'MONTH'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface TimelineOptions {
  interval: Interval;
  /** Only statements this actor made. */
  speakerId?: string | null;
}

export interface TimeBucket {
  /** First day of the bucket, YYYY-MM-DD (UTC). */
  start: string;
  count: number;
}

const day = (d: Date): string => d.toISOString().slice(0, 10);

/** The start of the bucket holding `date`, as YYYY-MM-DD; null for an unparseable date. */
export function bucketStart(date: string, interval: Interval): string | null {
  const d = new Date(date);
  if (Number.isNaN(d.getTime())) return null;
  switch (interval) {
    case 'DAY':
      return day(d);
    case 'WEEK': {
      const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
      return day(monday);
    }
    case 'MONTH':
      return `${day(d).slice(0, 7)}-01`;
    default: {
      const unknown: never = interval;
      throw new WhosaidError('BAD_INPUT', `graph/timeline: unknown interval ${String(unknown)}; use DAY, WEEK or MONTH`);
    }
  }
}

/** Counts statements per bucket, oldest first; only buckets with statements appear. */
export function timeline(statements: Iterable<StatementFact>, options: TimelineOptions): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of statements) {
    if (s.date === null) continue;
    if (options.speakerId && s.speakerId !== options.speakerId) continue;
    const start = bucketStart(s.date, options.interval);
    if (start !== null) counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  return new Map([...counts].sort(([a], [b]) => a.localeCompare(b)));
}
