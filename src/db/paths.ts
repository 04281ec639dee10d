// Where the embedded Neo4j's files live: the launcher and pom inside the project (found from
// this module's own location, never the cwd), and the per-dataDir home, log and pid record.

import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root: two levels above src/db. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const NEO4J_DIR = path.join(PROJECT_ROOT, 'neo4j');
export const POM_PATH = path.join(NEO4J_DIR, 'pom.xml');
export const LAUNCHER_PATH = path.join(NEO4J_DIR, 'Launcher.java');
export const LIB_DIR = path.join(NEO4J_DIR, 'lib');

/** The JVM class-data archive of a Neo4j version's classes, which makes the JVM start faster. */
export const classArchivePath = (version: string): string => path.join(LIB_DIR, `.classes-${version}.jsa`);

export interface DataPaths {
  /** Neo4j's home directory (its data/ and logs/ live below it). */
  home: string;
  /** The JVM's stdout and stderr of a detached start. */
  launcherLog: string;
  /** The record of a running detached Neo4j: pid, uri, port. */
  stateFile: string;
}

/** Lays out the files of the persistent Neo4j kept under a whosaid data directory. */
export function dataPaths(dataDir: string): DataPaths {
  const root = path.resolve(dataDir);
  return {
    home: path.join(root, 'neo4j'),
    launcherLog: path.join(root, 'neo4j', 'launcher.log'),
    stateFile: path.join(root, 'neo4j.json'),
  };
}
