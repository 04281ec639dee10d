// Maven's output as a user sees it on first start: its escape codes stripped, one progress line
// on a terminal instead of Maven's own, and the tail of the output kept for the error message.

/** Removes ANSI escape sequences (colours, cursor moves) and stray carriage returns. */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]|\u001b\][^\u0007]*\u0007|\r/g, '');
}

/** The progress line shown while Maven runs, rewritten in place once a second. */
export function progressLine(version: string, seconds: number): string {
  return `whosaid db: fetching Neo4j ${version} through Maven (once, about 120 MB)… ${seconds} s`;
}

/** Collects Maven's output, cleaned, keeping the last `keep` non-empty lines for an error message. */
export class MavenTail {
  private lines: string[] = [];
  constructor(private readonly keep = 20) {}

  push(chunk: Buffer | string): void {
    const fresh = stripAnsi(String(chunk)).split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');
    this.lines = [...this.lines, ...fresh].slice(-this.keep);
  }

  toString(): string {
    return this.lines.join('\n');
  }
}
