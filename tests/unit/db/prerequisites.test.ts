// requirePrerequisite: a missing or failing program becomes MISSING_PREREQUISITE with the
// program's name and the way to install it; a working one passes.

import { describe, expect, it } from 'vitest';
import { JAVA, MAVEN, requirePrerequisite } from '../../../src/db/prerequisites.js';
import { WhosaidError } from '../../../src/errors.js';

function failure(run: () => void): WhosaidError {
  try {
    run();
  } catch (err) {
    if (err instanceof WhosaidError) return err;
    throw err;
  }
  throw new Error('expected a WhosaidError');
}

describe('requirePrerequisite', () => {
  it('names a program that is not on PATH and how to install it', () => {
    const err = failure(() => requirePrerequisite({ ...JAVA, command: 'whosaid-no-such-java' }));
    expect(err.code).toBe('MISSING_PREREQUISITE');
    expect(err.message).toContain('`whosaid-no-such-java` was not found on PATH');
    expect(err.message).toContain('apt-get install openjdk-17-jdk-headless');
  });

  it('reports a program that exits non-zero', () => {
    const err = failure(() => requirePrerequisite({ command: 'node', versionArgs: ['-e', 'process.exit(3)'], hint: 'fix node' }));
    expect(err.code).toBe('MISSING_PREREQUISITE');
    expect(err.message).toContain('exit code 3');
    expect(err.message).toContain('fix node');
  });

  it('passes for a program that runs', () => {
    expect(() => requirePrerequisite({ command: 'node', versionArgs: ['--version'], hint: '' })).not.toThrow();
  });

  it('tells how to install Maven', () => {
    expect(MAVEN.hint).toContain('apt-get install maven');
  });
});
