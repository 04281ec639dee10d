// vitest globalSetup for the integration and api tiers: starts one throw-away Neo4j per run
// (temp store, free port) unless NEO4J_URI names one, provides its address to the tests, and
// stops it in teardown. The JVM also dies with this process (SIGINT, SIGTERM, exit, stdin close).

import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config.js';
import { runNeo4jAttached } from '../../src/db/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | null;
  }
}

/** Provides neo4jUri, neo4jUser and neo4jPassword; returns the teardown that stops our Neo4j. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig(process.env);
  if (config.neo4jUri) {
    project.provide('neo4jUri', config.neo4jUri);
    project.provide('neo4jUser', config.neo4jUser);
    project.provide('neo4jPassword', config.neo4jPassword);
    return async () => undefined;
  }
  const started = Date.now();
  const neo4j = await runNeo4jAttached({ dataDir: null, port: 0, password: config.neo4jPassword });
  process.stderr.write(`[neo4j-global] throw-away Neo4j at ${neo4j.uri} (pid ${neo4j.pid}) ready in ${Date.now() - started} ms\n`);
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jUser', 'neo4j');
  project.provide('neo4jPassword', config.neo4jPassword);
  return () => neo4j.stop();
}
