// The record of a detached Neo4j (`<dataDir>/neo4j.json`) and the checks that its pid is
// alive and really our launcher, so `stop` never signals a process that reused the pid.

import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { WhosaidError } from '../errors.js';
import { LAUNCHER_PATH } from './paths.js';

export interface Neo4jRecord {
  pid: number;
  uri: string;
  port: number;
  home: string;
  ephemeral: boolean;
  version: string;
  startedAt: string;
}

/** Reads the record, or null when there is none; a corrupt record is an error naming the file. */
export function readRecord(stateFile: string): Neo4jRecord | null {
  let text: string;
  try {
    text = readFileSync(stateFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    const rec = JSON.parse(text) as Neo4jRecord;
    if (!Number.isInteger(rec.pid) || typeof rec.uri !== 'string') throw new Error('pid or uri missing');
    return rec;
  } catch (err) {
    throw new WhosaidError('CONFIG', `db: ${stateFile} is not a valid Neo4j record (${(err as Error).message}); delete it if no Neo4j runs`, { cause: err });
  }
}

/** Writes the record, creating the data directory if needed. */
export function writeRecord(stateFile: string, rec: Neo4jRecord): void {
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, `${JSON.stringify(rec, null, 2)}\n`);
}

/** Removes the record; a missing one is fine. */
export function removeRecord(stateFile: string): void {
  rmSync(stateFile, { force: true });
}

/** True while `pid` exists and is not a zombie. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** True when `pid` runs whosaid's launcher (where /proc is missing, any live pid counts). */
export function isOurLauncher(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(LAUNCHER_PATH);
  } catch {
    return true;
  }
}
