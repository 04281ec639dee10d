// Builds the `java` command line for neo4j/Launcher.java: the JVM options Neo4j 5.26 ships in
// its neo4j.conf (server.jvm.additional) for Java 17+, a bounded heap, and the launcher's options.

import path from 'node:path';
import { WhosaidError } from '../errors.js';
import { LAUNCHER_PATH, LIB_DIR } from './paths.js';

export const DB_DEFAULTS = Object.freeze({
  heap: '1g',
  pageCacheMb: 256,
  txTimeout: '30s',
  readyTimeoutMs: 300_000,
  stopTimeoutMs: 30_000,
});

/** Options Neo4j's own start script passes to the JVM, less those that only serve big servers. */
export const NEO4J_JVM_OPTIONS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/** The marker the launcher prints, followed by the Bolt URI, once Neo4j answers `RETURN 1`. */
export const READY_MARKER = 'WHOSAID_NEO4J_READY';

/** The environment variable through which the launcher receives the password (never argv). */
export const PASSWORD_ENV = 'WHOSAID_NEO4J_PASSWORD';

export interface LauncherOptions {
  home: string;
  port: number;
  ephemeral: boolean;
  /** Tie the JVM to its parent: it exits when its stdin closes. */
  attached: boolean;
  heap?: string;
  pageCacheMb?: number;
  /** Neo4j's db.transaction.timeout, as 30s, 5m or 500ms. */
  txTimeout?: string;
  /** A JVM class-data archive to start from (`use`) or to write at exit (`create`). */
  classArchive?: { mode: 'use' | 'create'; path: string };
}

function classArchiveArgs(archive: LauncherOptions['classArchive']): string[] {
  if (!archive) return [];
  const flag = archive.mode === 'use' ? `-XX:SharedArchiveFile=${archive.path}` : `-XX:ArchiveClassesAtExit=${archive.path}`;
  return [flag, '-Xlog:cds=off', '-Xlog:cds+dynamic=off'];
}

/** The argument vector (without `java` itself) that starts the launcher. */
export function launcherArgs(o: LauncherOptions): string[] {
  const heap = o.heap ?? DB_DEFAULTS.heap;
  const txTimeout = o.txTimeout ?? DB_DEFAULTS.txTimeout;
  if (!/^\d+[kmg]$/i.test(heap)) throw new WhosaidError('BAD_INPUT', `db: heap ${JSON.stringify(heap)} is not a JVM size such as 1g or 512m`);
  if (!/^\d+(ms|s|m)?$/.test(txTimeout)) {
    throw new WhosaidError('BAD_INPUT', `db: transaction timeout ${JSON.stringify(txTimeout)} is not a duration such as 30s, 5m or 500ms`);
  }
  return [
    `-Xmx${heap}`,
    ...NEO4J_JVM_OPTIONS,
    ...classArchiveArgs(o.classArchive),
    '-cp', path.join(LIB_DIR, '*'),
    LAUNCHER_PATH,
    '--home', o.home,
    '--port', String(o.port),
    '--tx-timeout', txTimeout,
    '--page-cache-mb', String(o.pageCacheMb ?? DB_DEFAULTS.pageCacheMb),
    ...(o.ephemeral ? ['--ephemeral'] : []),
    ...(o.attached ? ['--exit-on-stdin-close'] : []),
  ];
}

/** The Bolt URI in a launcher output line, or null if the line is not the ready marker. */
export function parseReadyLine(line: string): string | null {
  const match = new RegExp(`^${READY_MARKER} (bolt://\\S+)\\s*$`).exec(line);
  return match ? match[1] : null;
}
