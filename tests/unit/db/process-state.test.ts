// The neo4j.json record and the pid checks that keep `stop` from signalling a stranger.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, isOurLauncher, readRecord, removeRecord, writeRecord, type Neo4jRecord } from '../../../src/db/process-state.js';
import { dataPaths } from '../../../src/db/paths.js';

const made: string[] = [];
const tmp = (): string => {
  made.push(mkdtempSync(path.join(os.tmpdir(), 'whosaid-state-test-')));
  return made[made.length - 1];
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

const record: Neo4jRecord = {
  pid: 4242, uri: 'bolt://127.0.0.1:7687', port: 7687, home: '/x/neo4j', ephemeral: false, version: '5.26.31', startedAt: '2026-01-01T00:00:00.000Z',
};

describe('the Neo4j record', () => {
  it('lays out home, log and record under the data dir', () => {
    const p = dataPaths('some/data');
    expect(p.stateFile).toBe(path.resolve('some/data', 'neo4j.json'));
    expect(p.home).toBe(path.resolve('some/data', 'neo4j'));
    expect(p.launcherLog).toBe(path.resolve('some/data', 'neo4j', 'launcher.log'));
  });

  it('round-trips and is gone after removal', () => {
    const file = path.join(tmp(), 'nested', 'neo4j.json');
    expect(readRecord(file)).toBeNull();
    writeRecord(file, record);
    expect(readRecord(file)).toEqual(record);
    removeRecord(file);
    expect(readRecord(file)).toBeNull();
  });

  it.each(['not json', '{"uri":"bolt://x"}', '{"pid":"12","uri":"bolt://x"}'])('rejects the corrupt record %j as CONFIG naming the file', (text) => {
    const file = path.join(tmp(), 'neo4j.json');
    writeFileSync(file, text);
    expect(() => readRecord(file)).toThrow(expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining(file) }));
  });
});

describe('pid checks', () => {
  it.runIf(existsSync('/proc/self/cmdline'))('sees this process alive but not as the launcher', () => {
    expect(isAlive(process.pid)).toBe(true);
    expect(isOurLauncher(process.pid)).toBe(false);
  });

  it('sees a pid that does not exist as dead', () => {
    expect(isAlive(2 ** 22 + 17)).toBe(false);
    expect(isOurLauncher(2 ** 22 + 17)).toBe(false);
  });
});
