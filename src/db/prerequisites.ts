// Checks for the programs the embedded Neo4j needs (java, mvn) and turns their absence into
// a MISSING_PREREQUISITE error that names the program and how to install it.

import { spawnSync } from 'node:child_process';
import { WhosaidError } from '../errors.js';

export interface Prerequisite {
  /** The command as it is run, e.g. `java`. */
  command: string;
  /** Arguments that make it print its version and exit 0. */
  versionArgs: string[];
  /** What the user should do when it is missing. */
  hint: string;
}

export const JAVA: Prerequisite = {
  command: 'java',
  versionArgs: ['-version'],
  hint: 'install a JDK 17 or newer (the launcher runs in source-file mode, so a JRE is not enough): apt-get install openjdk-17-jdk-headless',
};

export const MAVEN: Prerequisite = {
  command: 'mvn',
  versionArgs: ['-v'],
  hint: 'install Apache Maven to fetch the Neo4j jars: apt-get install maven',
};

/** Throws MISSING_PREREQUISITE unless `command versionArgs` runs and exits 0. */
export function requirePrerequisite(p: Prerequisite): void {
  const result = spawnSync(p.command, p.versionArgs, { stdio: 'ignore', timeout: 60_000 });
  if (result.error || result.status !== 0) {
    const why = result.error && 'code' in result.error && result.error.code === 'ENOENT'
      ? 'was not found on PATH'
      : `did not run (${result.error?.message ?? `exit code ${result.status}`})`;
    throw new WhosaidError('MISSING_PREREQUISITE', `db: \`${p.command}\` ${why}; ${p.hint}`, { cause: result.error });
  }
}
