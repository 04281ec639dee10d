// Which Neo4j to talk to: NEO4J_URI when set; else the one `whosaid db start` left running for
// the data directory; else, with --with-db, one started attached to this process (stopped with it).

import type { Config } from '../config.js';
import { WhosaidError } from '../errors.js';
import { neo4jStatus, runNeo4jAttached } from '../db/index.js';

export interface Neo4jTarget {
  uri: string;
  /** How it was found, for the startup message. */
  origin: 'NEO4J_URI' | 'attached' | 'whosaid db start';
  /** Stops a Neo4j this process started; a no-op otherwise. */
  stop(): Promise<void>;
}

/** Finds or starts the Neo4j to use; MISSING_PREREQUISITE with the way out when there is none. */
export async function neo4jTarget(config: Readonly<Config>, withDb: boolean, onOutput?: (s: string) => void): Promise<Neo4jTarget> {
  const none = async (): Promise<void> => undefined;
  if (config.neo4jUri) return { uri: config.neo4jUri, origin: 'NEO4J_URI', stop: none };
  const status = await neo4jStatus(config.dataDir);
  if (status.state === 'running' && status.boltAnswering) return { uri: status.uri, origin: 'whosaid db start', stop: none };
  if (withDb) {
    const neo = await runNeo4jAttached({ dataDir: config.dataDir, port: config.boltPort, password: config.neo4jPassword, onOutput });
    return { uri: neo.uri, origin: 'attached', stop: () => neo.stop() };
  }
  throw new WhosaidError('MISSING_PREREQUISITE',
    'no Neo4j to talk to: set NEO4J_URI, run `whosaid db start` first, or pass --with-db to start one for this command');
}
