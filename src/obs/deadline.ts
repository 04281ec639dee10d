// Bounding a probe in time: health checks and metric scrapes must answer quickly even when the
// driver would keep retrying an unreachable Neo4j for half a minute.

import { WhosaidError } from '../errors.js';

export const DEFAULTS = Object.freeze({ probeMs: 3000 });

/** Resolves like `work`, or rejects STORE_UNAVAILABLE naming `what` after `ms` milliseconds. */
export function withDeadline<T>(work: Promise<T>, what: string, ms: number = DEFAULTS.probeMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WhosaidError('STORE_UNAVAILABLE', `${what}: Neo4j did not answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined);
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
