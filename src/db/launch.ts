// Spawns the JVM that runs neo4j/Launcher.java and waits for its ready line. Shared by the
// detached start (`whosaid db start`) and the attached run (tests, `npm start`).

import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { WhosaidError } from '../errors.js';
import { DB_DEFAULTS, launcherArgs, parseReadyLine, PASSWORD_ENV, type LauncherOptions } from './launcher-args.js';
import { neo4jVersion } from './jars.js';
import { classArchivePath } from './paths.js';
import { JAVA, requirePrerequisite } from './prerequisites.js';

/** Neo4j's default dbms.security.auth_minimum_password_length. */
export const MIN_PASSWORD_LENGTH = 8;

export interface SpawnRequest extends LauncherOptions {
  password: string | null;
  stdio: StdioOptions;
  detached: boolean;
}

/**
 * Checks what a start needs before anything is created: java on PATH (MISSING_PREREQUISITE) and a
 * password Neo4j accepts (CONFIG).
 */
export function checkLaunchable(password: string | null): void {
  if (password !== null && password.length < MIN_PASSWORD_LENGTH) {
    throw new WhosaidError('CONFIG', `db: NEO4J_PASSWORD has ${password.length} characters; Neo4j requires at least ${MIN_PASSWORD_LENGTH}`);
  }
  requirePrerequisite(JAVA);
}

/**
 * Starts the launcher JVM (call checkLaunchable first); the password travels in the child's environment only. Uses the class-data
 * archive of `whosaid db install` when there is one (the JVM ignores an archive that does not fit).
 */
export function spawnLauncher(req: SpawnRequest): ChildProcess {
  const archive = classArchivePath(neo4jVersion());
  const classArchive = req.classArchive ?? (existsSync(archive) ? { mode: 'use' as const, path: archive } : undefined);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env[PASSWORD_ENV];
  if (req.password) env[PASSWORD_ENV] = req.password;
  return spawn('java', launcherArgs({ ...req, classArchive }), { stdio: req.stdio, detached: req.detached, env });
}

const tail = (text: string, lines = 25): string => text.trimEnd().split('\n').slice(-lines).join('\n');

/**
 * Resolves to the Bolt URI once `readOutput()` contains the ready line. Rejects with
 * STORE_UNAVAILABLE (quoting the output's tail) if the JVM exits first or the timeout passes.
 */
export function waitForReady(
  child: ChildProcess,
  readOutput: () => string,
  timeoutMs: number = DB_DEFAULTS.readyTimeoutMs,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let exited: string | null = null;
    const onExit = (code: number | null, signal: string | null): void => {
      exited = signal ? `signal ${signal}` : `exit code ${code}`;
    };
    const onError = (err: Error): void => {
      exited = `it could not run: ${err.message}`;
    };
    child.once('exit', onExit);
    child.once('error', onError);
    const timer = setInterval(() => {
      const output = readOutput();
      const uri = output.split('\n').map(parseReadyLine).find((u) => u !== null);
      if (uri) return finish(() => resolve(uri));
      if (exited !== null) {
        return finish(() => reject(new WhosaidError('STORE_UNAVAILABLE', `db: Neo4j stopped before it was ready (${exited}):\n${tail(output)}`)));
      }
      if (Date.now() - started > timeoutMs) {
        child.kill('SIGKILL');
        return finish(() => reject(new WhosaidError('STORE_UNAVAILABLE', `db: Neo4j was not ready after ${timeoutMs} ms:\n${tail(output)}`)));
      }
    }, 100);
    function finish(settle: () => void): void {
      clearInterval(timer);
      child.off('exit', onExit);
      child.off('error', onError);
      settle();
    }
  });
}

/** Sends SIGTERM, waits up to `timeoutMs` for `isGone()`, then SIGKILL. Resolves true if it had to kill. */
export async function terminate(pid: number, isGone: () => boolean, timeoutMs: number = DB_DEFAULTS.stopTimeoutMs): Promise<boolean> {
  const signal = (s: NodeJS.Signals): void => {
    try {
      process.kill(pid, s);
    } catch {
      return;
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isGone()) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  signal('SIGKILL');
  for (let i = 0; i < 100 && !isGone(); i++) await new Promise((r) => setTimeout(r, 50));
  return true;
}
