// The embedded Neo4j: install its jars, start it detached or attached, stop it, ask its status.

export { ensureJars, jarsInstalled, neo4jVersion } from './jars.js';
export { ensureClassArchive } from './class-archive.js';
export { startNeo4j, stopNeo4j, neo4jStatus, type StartOptions, type RunningNeo4j, type StopResult, type Neo4jStatus } from './detached.js';
export { runNeo4jAttached, type AttachedOptions, type AttachedNeo4j } from './attached.js';
export { pickPort, isPortFree } from './ports.js';
export { requirePrerequisite, JAVA, MAVEN } from './prerequisites.js';
export { DB_DEFAULTS } from './launcher-args.js';
export { classArchivePath, dataPaths, PROJECT_ROOT } from './paths.js';
