// How `whosaid serve` is launched (bin/launch.mjs): a second Node with 64 MB semi-spaces unless
// the flag is given already or WHOSAID_SEMI_SPACE_MB says otherwise; other commands run as they are.

import { describe, expect, it } from 'vitest';
import { relaunchArgs } from '../../../bin/launch.mjs';

const ARGV = ['/usr/bin/node', '/app/bin/whosaid.mjs', 'serve', '--port', '0'];

describe('relaunchArgs', () => {
  it('starts serve again with 64 MB semi-spaces, keeping the Node flags, the script and its arguments', () => {
    expect(relaunchArgs(ARGV, ['--enable-source-maps'], {})).toEqual(['--max-semi-space-size=64', '--enable-source-maps', '/app/bin/whosaid.mjs', 'serve', '--port', '0']);
  });

  it('takes the size from WHOSAID_SEMI_SPACE_MB, and 0 runs serve in this process with Node\'s default', () => {
    expect(relaunchArgs(ARGV, [], { WHOSAID_SEMI_SPACE_MB: '128' })?.[0]).toBe('--max-semi-space-size=128');
    expect(relaunchArgs(ARGV, [], { WHOSAID_SEMI_SPACE_MB: '0' })).toBeNull();
  });

  it('leaves a semi-space size given on the command line or in NODE_OPTIONS alone', () => {
    expect(relaunchArgs(ARGV, ['--max-semi-space-size=8'], {})).toBeNull();
    expect(relaunchArgs(ARGV, [], { NODE_OPTIONS: '--no-warnings --max-semi-space-size=8' })).toBeNull();
  });

  it('runs every other command in this process', () => {
    for (const cmd of ['ingest', 'extract', 'db', 'eval']) expect(relaunchArgs(['node', 'whosaid.mjs', cmd], [], {})).toBeNull();
    expect(relaunchArgs(['node', 'whosaid.mjs'], [], {})).toBeNull();
  });

  it('names the variable and the value when the size is not a whole number', () => {
    expect(() => relaunchArgs(ARGV, [], { WHOSAID_SEMI_SPACE_MB: '64MB' })).toThrow(/WHOSAID_SEMI_SPACE_MB.*whole number of megabytes.*"64MB"/);
    expect(() => relaunchArgs(ARGV, [], { WHOSAID_SEMI_SPACE_MB: '-1' })).toThrow(/WHOSAID_SEMI_SPACE_MB/);
  });
});
