// launcherArgs and parseReadyLine: the JVM command line for neo4j/Launcher.java, and the
// ready line that carries the Bolt URI.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_DEFAULTS, launcherArgs, parseReadyLine } from '../../../src/db/launcher-args.js';
import { LAUNCHER_PATH, LIB_DIR, PROJECT_ROOT } from '../../../src/db/paths.js';

const base = { home: '/tmp/h', port: 7690, ephemeral: false, attached: false };

describe('launcherArgs', () => {
  it('bounds the heap, opens the modules Neo4j needs and runs the launcher from the project', () => {
    const args = launcherArgs(base);
    expect(args).toContain(`-Xmx${DB_DEFAULTS.heap}`);
    expect(args).toContain('--add-opens=java.base/java.nio=ALL-UNNAMED');
    expect(args).toContain('-XX:+UseG1GC');
    expect(args[args.indexOf('-cp') + 1]).toBe(path.join(LIB_DIR, '*'));
    expect(LAUNCHER_PATH).toBe(path.join(PROJECT_ROOT, 'neo4j', 'Launcher.java'));
    const launcherOpts = args.slice(args.indexOf(LAUNCHER_PATH) + 1);
    expect(launcherOpts).toEqual(['--home', '/tmp/h', '--port', '7690', '--tx-timeout', '30s', '--page-cache-mb', '256']);
  });

  it('passes the ephemeral and attached flags, heap, page cache and transaction timeout', () => {
    const args = launcherArgs({ ...base, ephemeral: true, attached: true, heap: '512m', pageCacheMb: 64, txTimeout: '5m' });
    expect(args).toContain('-Xmx512m');
    expect(args.slice(-6)).toEqual(['--tx-timeout', '5m', '--page-cache-mb', '64', '--ephemeral', '--exit-on-stdin-close']);
  });

  it('starts from a class-data archive, or records one at exit, without logging about it', () => {
    expect(launcherArgs({ ...base, classArchive: { mode: 'use', path: '/a.jsa' } })).toEqual(expect.arrayContaining(['-XX:SharedArchiveFile=/a.jsa', '-Xlog:cds=off']));
    expect(launcherArgs({ ...base, classArchive: { mode: 'create', path: '/b.jsa' } })).toContain('-XX:ArchiveClassesAtExit=/b.jsa');
    expect(launcherArgs(base).some((a) => a.includes('Archive'))).toBe(false);
  });

  it('never puts a password on the command line', () => {
    expect(launcherArgs(base).join(' ')).not.toMatch(/password/i);
  });

  it.each([['heap', { heap: 'lots' }], ['transaction timeout', { txTimeout: '30 seconds' }]])('rejects a bad %s as BAD_INPUT', (what, bad) => {
    expect(() => launcherArgs({ ...base, ...bad })).toThrow(expect.objectContaining({ code: 'BAD_INPUT', message: expect.stringContaining(what) }));
  });
});

describe('parseReadyLine', () => {
  it.each([
    ['WHOSAID_NEO4J_READY bolt://127.0.0.1:7687', 'bolt://127.0.0.1:7687'],
    ['WHOSAID_NEO4J_READY bolt://127.0.0.1:40001\r', 'bolt://127.0.0.1:40001'],
    ['WARNING: something else', null],
    ['prefix WHOSAID_NEO4J_READY bolt://127.0.0.1:7687', null],
    ['WHOSAID_NEO4J_READY http://127.0.0.1:7474', null],
  ])('%j → %j', (line, uri) => {
    expect(parseReadyLine(line)).toBe(uri);
  });
});
