// Helpers for test files that need Neo4j: a Config and a driver pointing at the database the
// global setup provides, and clearDatabase so each test file starts from an empty graph.

import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';

/** A Config (defaults plus `overrides`) whose Neo4j settings point at the injected test database. */
export function testConfig(overrides: Partial<Config> = {}): Readonly<Config> {
  return Object.freeze({
    ...loadConfig({}),
    neo4jUri: inject('neo4jUri'),
    neo4jUser: inject('neo4jUser'),
    neo4jPassword: inject('neo4jPassword'),
    ...overrides,
  });
}

/** A neo4j-driver Driver for the injected test database; the caller closes it. */
export function openTestDriver(): Driver {
  const password = inject('neo4jPassword');
  const auth = password === null ? undefined : neo4j.auth.basic(inject('neo4jUser'), password);
  return neo4j.driver(inject('neo4jUri'), auth);
}

/** Deletes every node and relationship in batches (indexes and constraints stay). */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
