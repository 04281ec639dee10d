// `whosaid db start | stop | status` as functions: a Neo4j that outlives the command, recorded
// in `<dataDir>/neo4j.json` so that `stop` ends that JVM and only that one.

import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DB_DEFAULTS } from './launcher-args.js';
import { ensureJars, neo4jVersion } from './jars.js';
import { checkLaunchable, spawnLauncher, terminate, waitForReady } from './launch.js';
import { dataPaths } from './paths.js';
import { pickPort } from './ports.js';
import { isAlive, isOurLauncher, readRecord, removeRecord, writeRecord, type Neo4jRecord } from './process-state.js';

export interface StartOptions {
  dataDir: string;
  /** Preferred Bolt port; the next free one is taken if busy (0: any free port). */
  port?: number;
  /** Keep the store in a temp dir that is deleted when Neo4j stops. */
  ephemeral?: boolean;
  password?: string | null;
  heap?: string;
  pageCacheMb?: number;
  txTimeout?: string;
}

export interface RunningNeo4j {
  uri: string;
  pid: number;
  port: number;
  /** True when this call started it; false when one was already running for the data dir. */
  started: boolean;
  stop(): Promise<void>;
}

/**
 * Starts a detached Neo4j for `dataDir` (installing the jars first if needed) and resolves once
 * it answers; if one already runs for that data dir, returns it instead of starting another.
 */
export async function startNeo4j(o: StartOptions): Promise<RunningNeo4j> {
  const paths = dataPaths(o.dataDir);
  const stop = (): Promise<void> => stopNeo4j(o.dataDir).then(() => undefined);
  const existing = readRecord(paths.stateFile);
  if (existing && isOurLauncher(existing.pid)) {
    return { uri: existing.uri, pid: existing.pid, port: existing.port, started: false, stop };
  }
  checkLaunchable(o.password ?? null);
  await ensureJars();
  const port = await pickPort(o.port ?? 7687);
  const ephemeral = o.ephemeral ?? false;
  const home = ephemeral ? mkdtempSync(path.join(os.tmpdir(), 'whosaid-neo4j-')) : paths.home;
  mkdirSync(path.dirname(paths.launcherLog), { recursive: true });
  const logFd = openSync(paths.launcherLog, 'w');
  const child = spawnLauncher({ ...o, home, port, ephemeral, attached: false, password: o.password ?? null, stdio: ['ignore', logFd, logFd], detached: true });
  closeSync(logFd);
  const pid = child.pid;
  if (pid === undefined) throw new Error('db: the JVM did not start (no pid)');
  try {
    const uri = await waitForReady(child, () => readFileSync(paths.launcherLog, 'utf8'));
    writeRecord(paths.stateFile, { pid, uri, port, home, ephemeral, version: neo4jVersion(), startedAt: new Date().toISOString() });
    child.unref();
    return { uri, pid, port, started: true, stop };
  } catch (err) {
    if (isAlive(pid)) await terminate(pid, () => !isAlive(pid));
    if (ephemeral) rmSync(home, { recursive: true, force: true });
    throw err;
  }
}

export type StopResult = { stopped: true; pid: number; killed: boolean } | { stopped: false; reason: string };

/** Stops the Neo4j recorded for `dataDir` (SIGTERM, then SIGKILL after the timeout) and removes the record. */
export async function stopNeo4j(dataDir: string, timeoutMs: number = DB_DEFAULTS.stopTimeoutMs): Promise<StopResult> {
  const { stateFile } = dataPaths(dataDir);
  const rec = readRecord(stateFile);
  if (!rec) return { stopped: false, reason: `no Neo4j is recorded in ${stateFile}` };
  if (!isOurLauncher(rec.pid)) {
    removeRecord(stateFile);
    return { stopped: false, reason: `the recorded Neo4j (pid ${rec.pid}) was no longer running; removed the stale record` };
  }
  const killed = await terminate(rec.pid, () => !isAlive(rec.pid), timeoutMs);
  if (rec.ephemeral) rmSync(rec.home, { recursive: true, force: true });
  removeRecord(stateFile);
  return { stopped: true, pid: rec.pid, killed };
}

export type Neo4jStatus =
  | ({ state: 'running'; boltAnswering: boolean } & Neo4jRecord)
  | { state: 'stale'; pid: number }
  | { state: 'stopped' };

/** Whether the Neo4j recorded for `dataDir` runs, where, and whether its Bolt port accepts connections. */
export async function neo4jStatus(dataDir: string): Promise<Neo4jStatus> {
  const rec = readRecord(dataPaths(dataDir).stateFile);
  if (!rec) return { state: 'stopped' };
  if (!isOurLauncher(rec.pid)) return { state: 'stale', pid: rec.pid };
  return { state: 'running', boltAnswering: await boltAnswers(rec.port), ...rec };
}

function boltAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(2000);
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => { socket.destroy(); resolve(false); });
  });
}
