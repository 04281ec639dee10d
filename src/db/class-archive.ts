// Writes a JVM class-data archive (AppCDS) of the classes Neo4j loads while starting: a training
// start records them at exit, and later starts map them instead of reading ~200 jars again.

import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { neo4jVersion } from './jars.js';
import { DB_DEFAULTS } from './launcher-args.js';
import { checkLaunchable, spawnLauncher, terminate, waitForReady } from './launch.js';
import { classArchivePath } from './paths.js';
import { anyFreePort } from './ports.js';
import { isAlive } from './process-state.js';

/** Time the training JVM gets to stop and write the archive before it is killed. */
const DUMP_TIMEOUT_MS = 180_000;

/**
 * Makes sure the class-data archive of the pinned Neo4j exists, by a throw-away start and stop
 * if not (needs the jars). Resolves to true when it wrote one; a failed dump leaves none behind,
 * and Neo4j then simply starts without it.
 */
export async function ensureClassArchive(): Promise<boolean> {
  const target = classArchivePath(neo4jVersion());
  if (existsSync(target)) return false;
  checkLaunchable(null);
  const partial = `${target}.${process.pid}.partial`;
  const home = mkdtempSync(path.join(os.tmpdir(), 'whosaid-neo4j-train-'));
  let output = '';
  const child = spawnLauncher({
    home, port: await anyFreePort(), ephemeral: true, attached: true, password: null,
    classArchive: { mode: 'create', path: partial }, stdio: ['pipe', 'pipe', 'pipe'], detached: false,
  });
  const pid = child.pid as number;
  const collect = (chunk: Buffer): void => { output = (output + chunk.toString('utf8')).slice(-16_384); };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const gone = (): boolean => child.exitCode !== null || child.signalCode !== null || !isAlive(pid);
  try {
    await waitForReady(child, () => output, DB_DEFAULTS.readyTimeoutMs);
    const killed = await terminate(pid, gone, DUMP_TIMEOUT_MS);
    if (killed || !existsSync(partial) || statSync(partial).size === 0) return false;
    renameSync(partial, target);
    return true;
  } finally {
    if (!gone()) await terminate(pid, gone);
    child.stdin?.destroy();
    rmSync(partial, { force: true });
    rmSync(home, { recursive: true, force: true });
  }
}
