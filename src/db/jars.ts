// Installs the Neo4j jars into neo4j/lib through Maven (copy-dependencies of neo4j/pom.xml),
// once per Neo4j version: a marker file written after Maven succeeds says the set is complete.
// The user sees one progress line, not Maven's output (kept for the error message on failure).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { WhosaidError } from '../errors.js';
import { LIB_DIR, POM_PATH } from './paths.js';
import { MavenTail, progressLine } from './maven-output.js';
import { MAVEN, requirePrerequisite } from './prerequisites.js';

export interface EnsureJarsOptions {
  /** Extra Maven arguments, e.g. `-Dmaven.repo.local=/tmp/m2`. */
  mavenArgs?: string[];
  /** Where the progress line goes (only when it is a terminal); Maven's own output is kept for errors. Default stderr. */
  progress?: NodeJS.WriteStream | null;
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
  const tail = new MavenTail();
  const out = options.progress === undefined ? process.stderr : options.progress;
  const tty = out?.isTTY === true ? out : null;
  const started = Date.now();
  const show = (): void => void tty?.write(`\r${progressLine(version, Math.round((Date.now() - started) / 1000))}`);
  show();
  const timer = tty ? setInterval(show, 1000) : null;
  if (!tty) out?.write(`${progressLine(version, 0).replace(/ 0 s$/, '')}\n`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => tail.push(c));
    child.stderr.on('data', (c: Buffer) => tail.push(c));
    child.once('error', reject);
    child.once('close', resolve);
  }).finally(() => {
    if (timer) clearInterval(timer);
    tty?.write('\n');
  });
  if (code !== 0) {
    throw new WhosaidError(
      'MISSING_PREREQUISITE',
      `db: \`mvn ${args.join(' ')}\` failed (exit ${code}); Maven Central must be reachable to fetch Neo4j ${version}. Maven said:\n${tail}`,
    );
  }
  writeFileSync(markerPath(version), `${new Date().toISOString()}\n`);
  return true;
}
