// Opening and closing the Neo4j driver: the only place a connection is made. A driver that
// cannot reach Neo4j fails fast with STORE_UNAVAILABLE naming the URI.

import neo4j, { type Driver } from 'neo4j-driver';
import { storeError } from './executor.js';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string | null;
  /** How long a read keeps retrying an unreachable Neo4j before STORE_UNAVAILABLE (the driver's retry budget). */
  readRetryMs?: number;
}

/** Default read retry budget: an API read fails within about this long when Neo4j is down. */
export const READ_RETRY_MS = 3_000;

/**
 * The driver settings whosaid uses: a short retry budget and connect timeout so reads fail fast.
 * The driver starts another attempt whenever less than maxTransactionRetryTime has passed, after a
 * backoff that doubles (1 s, 2 s, 4 s, ±20%), so a read can end one backoff after the budget: with
 * half the budget here, a read against a stopped Neo4j answers within about readRetryMs (3.6 s at
 * the default 3 s), where the whole budget let it run to 7 s.
 */
export function driverConfig(readRetryMs: number = READ_RETRY_MS) {
  return {
    disableLosslessIntegers: true,
    connectionTimeout: Math.max(1_000, Math.min(10_000, readRetryMs)),
    maxTransactionRetryTime: Math.round(readRetryMs / 2),
    connectionAcquisitionTimeout: Math.max(2_000, readRetryMs + 1_000),
    maxConnectionPoolSize: 50,
    logging: { level: 'error' as const, logger: () => undefined },
  };
}

/** Opens a driver and checks that Neo4j answers; throws STORE_UNAVAILABLE when it does not. */
export async function openDriver(s: DriverSettings): Promise<Driver> {
  const auth = s.password === null ? undefined : neo4j.auth.basic(s.user, s.password);
  const driver = neo4j.driver(s.uri, auth, driverConfig(s.readRetryMs));
  try {
    await driver.getServerInfo();
  } catch (err) {
    await driver.close();
    throw storeError(err, `connecting to ${s.uri}`);
  }
  return driver;
}

export type { Driver };
