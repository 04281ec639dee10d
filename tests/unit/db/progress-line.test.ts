// The first start's Maven step shows one clean status line, not Maven's raw output.

import { describe, expect, it } from 'vitest';
import { progressLine } from '../../../src/db/jars.js';

function stream(isTTY: boolean): { out: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const out = { isTTY, write: (s: string) => { chunks.push(s); return true; } } as unknown as NodeJS.WriteStream;
  return { out, text: () => chunks.join('') };
}

describe('progressLine', () => {
  it('prints a start and an end line when not on a terminal, with no escape codes', () => {
    const s = stream(false);
    progressLine(s.out, 'fetching jars').done(true);
    expect(s.text()).toMatch(/^fetching jars…\nfetching jars: done in \d+ s\n$/);
    expect(s.text()).not.toMatch(/\u001b/);
  });

  it('rewrites one line in place on a terminal and says when it failed', () => {
    const s = stream(true);
    progressLine(s.out, 'fetching jars').done(false);
    expect(s.text()).toMatch(/^fetching jars… 0 s\rfetching jars: failed in \d+ s\n$/);
  });

  it('prints nothing without a stream', () => {
    expect(() => progressLine(null, 'x').done(true)).not.toThrow();
  });
});
