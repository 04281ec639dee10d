// Installs the Neo4j jars into neo4j/lib through Maven (copy-dependencies of neo4j/pom.xml),
// once per Neo4j version: a marker file written after Maven succeeds says the set is complete.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WhosaidError } from '../errors.js';
import { LIB_DIR, POM_PATH } from './paths.js';
import { MAVEN, requirePrerequisite } from './prerequisites.js';

export interface EnsureJarsOptions {
  /** Extra Maven arguments, e.g. `-Dmaven.repo.local=/tmp/m2`. */
  mavenArgs?: string[];
  /**
   * Maven's output: `inherit` passes it through, `ignore` drops it; by default it is kept and
   * shown only if Maven fails, while one progress line on stderr says what is happening.
   */
  stdio?: 'inherit' | 'ignore';
  /** Where the progress line goes (default stderr); a TTY gets a line rewritten in place. */
  progress?: NodeJS.WriteStream | null;
}

/** One status line for a long step: rewritten in place on a terminal, printed twice elsewhere. */
export function progressLine(out: NodeJS.WriteStream | null, label: string): { done: (ok: boolean) => void } {
  const started = Date.now();
  const secs = (): string => `${Math.round((Date.now() - started) / 1000)} s`;
  if (!out) return { done: () => undefined };
  const tty = out.isTTY === true;
  out.write(tty ? `${label}… 0 s` : `${label}…\n`);
  const timer = tty ? setInterval(() => out.write(`\r${label}… ${secs()}`), 1000) : null;
  timer?.unref();
  return {
    done: (ok) => {
      if (timer) clearInterval(timer);
      out.write(`${tty ? '\r' : ''}${label}: ${ok ? 'done' : 'failed'} in ${secs()}\n`);
    },
  };
}

/** The Neo4j version pinned in neo4j/pom.xml (its single definition). */
export function neo4jVersion(pomPath = POM_PATH): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(pomPath, 'utf8'));
  if (!match) throw new WhosaidError('CONFIG', `db: ${pomPath} has no <neo4j.version> property`);
  return match[1].trim();
}

const markerPath = (version: string): string => path.join(LIB_DIR, `.installed-${version}`);

/** True when neo4j/lib holds the complete jar set for the pinned version. */
export function jarsInstalled(): boolean {
  return existsSync(markerPath(neo4jVersion()));
}

/**
 * Makes sure neo4j/lib holds the jars of the pinned Neo4j version, running Maven if not.
 * Resolves to true when it had to install them. Throws MISSING_PREREQUISITE without mvn.
 */
export async function ensureJars(options: EnsureJarsOptions = {}): Promise<boolean> {
  const version = neo4jVersion();
  if (existsSync(markerPath(version))) return false;
  requirePrerequisite(MAVEN);
  const args = ['-q', '-B', '--no-transfer-progress', '-Dstyle.color=never', '-f', POM_PATH, ...(options.mavenArgs ?? []), 'dependency:copy-dependencies'];
  const keep = options.stdio === undefined;
  const shown = keep ? progressLine(options.progress === undefined ? process.stderr : options.progress, `whosaid: fetching the Neo4j ${version} jars through Maven (first run only)`) : null;
  let output = '';
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', keep ? 'pipe' : options.stdio, keep ? 'pipe' : options.stdio] });
    const collect = (chunk: Buffer): void => { output = (output + chunk.toString('utf8')).slice(-20_000); };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('error', reject);
    child.once('exit', resolve);
  });
  shown?.done(code === 0);
  if (code !== 0) {
    const tail = output.trim() ? `\nMaven said:\n${output.trim().split('\n').slice(-30).join('\n')}` : '';
    throw new WhosaidError(
      'MISSING_PREREQUISITE',
      `db: \`mvn ${args.join(' ')}\` failed (exit ${code}); Maven Central must be reachable to fetch Neo4j ${version}${tail}`,
    );
  }
  writeFileSync(markerPath(version), `${new Date().toISOString()}\n`);
  return true;
}
