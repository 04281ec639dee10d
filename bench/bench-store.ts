// A throw-away Neo4j for the store benchmarks: started attached (temp store, free port), with
// whosaid's services built on it, a plain driver for baselines, and a way to empty it.

import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';
import { buildApp, type Built } from '../src/app/build.js';
import { createLogger } from '../src/obs/logger.js';

export interface BenchStore { built: Built; driver: Driver; uri: string; clear(): Promise<void>; close(): Promise<void> }

/** Starts a fresh Neo4j (never the user's NEO4J_URI: the benchmarks empty the store). */
export async function benchStore(): Promise<BenchStore> {
  // Response cache off: the store benchmarks time queries that reach Neo4j, not repeats from memory.
  const config = { ...loadConfig({}), neo4jPassword: null, responseCache: false };
  const neo = await runNeo4jAttached({ dataDir: null, port: 0, password: null });
  const built = await buildApp({ config: { ...config, neo4jUri: neo.uri }, logger: createLogger('error', process.stderr), uri: neo.uri, analytics: false, defaultMetrics: false });
  const driver = neo4j.driver(neo.uri);
  return {
    built, driver, uri: neo.uri,
    clear: async () => {
      const session = driver.session();
      try {
        await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
      } finally {
        await session.close();
      }
    },
    close: async () => {
      await driver.close();
      await built.close();
      await neo.stop();
    },
  };
}

/** min / median / max of a list of seconds, formatted. */
export function spread(xs: readonly number[]): { min: number; median: number; max: number; text: string } {
  const s = [...xs].sort((a, b) => a - b);
  const median = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { min: s[0], median, max: s[s.length - 1], text: `${s[0].toFixed(2)} / ${median.toFixed(2)} / ${s[s.length - 1].toFixed(2)}` };
}

/** Wall-clock seconds of an async task. */
export async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { seconds: (performance.now() - t0) / 1000, value };
}
