// Opening and closing the Neo4j driver: the only place a connection is made. A driver that
// cannot reach Neo4j fails fast with STORE_UNAVAILABLE naming the URI.

import neo4j, { type Driver } from 'neo4j-driver';
import { storeError } from './executor.js';

export interface DriverSettings {
  uri: string;
  user: string;
  password: string | null;
}

/** Opens a driver and checks that Neo4j answers; throws STORE_UNAVAILABLE when it does not. */
export async function openDriver(s: DriverSettings): Promise<Driver> {
  const auth = s.password === null ? undefined : neo4j.auth.basic(s.user, s.password);
  const driver = neo4j.driver(s.uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 10_000,
    maxConnectionPoolSize: 50,
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    await driver.getServerInfo();
  } catch (err) {
    await driver.close();
    throw storeError(err, `connecting to ${s.uri}`);
  }
  return driver;
}

export type { Driver };
