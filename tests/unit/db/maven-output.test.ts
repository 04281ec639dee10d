// Maven's output on first start (issue 12, item 8): escape codes never reach the user; the
// progress line is plain text and a failure keeps Maven's last lines, cleaned.
import { describe, expect, it } from 'vitest';
import { MavenTail, progressLine, stripAnsi } from '../../../src/db/maven-output.js';

describe('Maven output', () => {
  it('strips colour codes and carriage returns', () => {
    expect(stripAnsi('\u001b[0m\u001b[0m[INFO] \u001b[1mBUILD SUCCESS\u001b[m\r')).toBe('[INFO] BUILD SUCCESS');
    expect(stripAnsi('\u001b[?25l\u001b[2Kplain')).toBe('plain');
  });

  it('writes a progress line without escape codes', () => {
    expect(progressLine('5.26.31', 12)).toBe('whosaid db: fetching Neo4j 5.26.31 through Maven (once, about 120 MB)… 12 s');
    expect(progressLine('5.26.31', 12)).not.toMatch(/\u001b/);
  });

  it('keeps the last lines of the output, cleaned, for the error message', () => {
    const tail = new MavenTail(2);
    tail.push('\u001b[0m\u001b[0m[INFO] one\n[INFO] two\n');
    tail.push('\u001b[1;31m[ERROR] Could not resolve\u001b[m\n\n');
    expect(String(tail)).toBe('[INFO] two\n[ERROR] Could not resolve');
  });
});
