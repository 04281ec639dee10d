// A Neo4j whose life is tied to this Node process, for tests and `npm start`: it is stopped on
// exit, SIGINT and SIGTERM, and the JVM also exits by itself when our end of its stdin closes.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureJars } from './jars.js';
import { checkLaunchable, spawnLauncher, terminate, waitForReady } from './launch.js';
import { dataPaths } from './paths.js';
import { pickPort } from './ports.js';
import { isAlive, isOurLauncher, readRecord } from './process-state.js';
import { WhosaidError } from '../errors.js';

export interface AttachedOptions {
  /** Persistent store under `<dataDir>/neo4j`; null keeps it in a temp dir deleted on stop. */
  dataDir: string | null;
  /** Preferred Bolt port; 0 (the default) takes any free port. */
  port?: number;
  password?: string | null;
  heap?: string;
  pageCacheMb?: number;
  txTimeout?: string;
  /** Receives the JVM's stdout and stderr (its real logs go to `<home>/logs`). */
  onOutput?: (chunk: string) => void;
}

export interface AttachedNeo4j {
  uri: string;
  pid: number;
  port: number;
  home: string;
  /** Stops the JVM (SIGTERM, SIGKILL after a timeout) and deletes a temp store; safe to call twice. */
  stop(): Promise<void>;
}

const OUTPUT_KEEP = 64 * 1024;

/**
 * Starts Neo4j as a child of this process and resolves once it answers on Bolt. Refuses (BAD_INPUT)
 * a data dir whose store a Neo4j from `whosaid db start` holds, naming that one.
 */
export async function runNeo4jAttached(o: AttachedOptions): Promise<AttachedNeo4j> {
  if (o.dataDir !== null) refuseIfDetachedRuns(o.dataDir);
  checkLaunchable(o.password ?? null);
  await ensureJars();
  const port = await pickPort(o.port ?? 0);
  const ephemeral = o.dataDir === null;
  const home = ephemeral ? mkdtempSync(path.join(os.tmpdir(), 'whosaid-neo4j-')) : dataPaths(o.dataDir as string).home;
  const child = spawnLauncher({ ...o, home, port, ephemeral, attached: true, password: o.password ?? null, stdio: ['pipe', 'pipe', 'pipe'], detached: false });
  const pid = child.pid as number;
  let output = '';
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output = (output + text).slice(-OUTPUT_KEEP);
    o.onOutput?.(text);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const onExit = (): void => { child.kill('SIGTERM'); };
  const onSignal = (signal: NodeJS.Signals): void => {
    child.kill('SIGTERM');
    release();
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', onExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  function release(): void {
    process.off('exit', onExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      release();
      await terminate(pid, () => child.exitCode !== null || child.signalCode !== null || !isAlive(pid));
      child.stdin?.destroy();
      if (ephemeral) rmSync(home, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const uri = await waitForReady(child, () => output);
    return { uri, pid, port, home, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

function refuseIfDetachedRuns(dataDir: string): void {
  const rec = readRecord(dataPaths(dataDir).stateFile);
  if (rec && !rec.ephemeral && isOurLauncher(rec.pid)) {
    throw new WhosaidError('BAD_INPUT',
      `db: the store in ${dataDir} is held by the Neo4j of \`whosaid db start\` (pid ${rec.pid}, ${rec.uri}); use it (drop --with-db) or run \`whosaid db stop\` first`);
  }
}
