// `whosaid db start | status | stop` as functions, against a real JVM: a detached Neo4j with a
// password, recorded in <dataDir>/neo4j.json, found again by a second start, stopped by pid only.

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neo4jStatus, runNeo4jAttached, startNeo4j, stopNeo4j, type RunningNeo4j } from '../../src/db/index.js';
import { isAlive, writeRecord } from '../../src/db/process-state.js';

const PASSWORD = 'lifecycle-test-password';

async function versionWith(uri: string, auth?: { user: string; password: string }): Promise<string> {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined);
  try {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
    return records[0].get('v');
  } finally {
    await driver.close();
  }
}

describe('a detached Neo4j', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'whosaid-lifecycle-'));
  let neo: RunningNeo4j;

  beforeAll(async () => {
    neo = await startNeo4j({ dataDir, port: 0, password: PASSWORD, heap: '512m', pageCacheMb: 64 });
  }, 240_000);

  afterAll(async () => {
    await stopNeo4j(dataDir);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('is recorded as running, with Bolt answering on loopback', async () => {
    expect(neo.started).toBe(true);
    expect(neo.uri).toBe(`bolt://127.0.0.1:${neo.port}`);
    const status = await neo4jStatus(dataDir);
    expect(status).toMatchObject({ state: 'running', pid: neo.pid, uri: neo.uri, boltAnswering: true, home: path.join(dataDir, 'neo4j') });
  });

  it('requires the password it was started with', async () => {
    expect(await versionWith(neo.uri, { user: 'neo4j', password: PASSWORD })).toMatch(/^5\.26\./);
    await expect(versionWith(neo.uri, { user: 'neo4j', password: 'wrong' })).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
  });

  it('is returned, not started twice, by a second start', async () => {
    const again = await startNeo4j({ dataDir, password: PASSWORD });
    expect(again).toMatchObject({ started: false, pid: neo.pid, uri: neo.uri });
  });

  it('refuses an attached start on the store it holds, naming it', async () => {
    await expect(runNeo4jAttached({ dataDir })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining(`pid ${neo.pid}`) });
  });

  it('stops that JVM only, keeps the store and removes the record', async () => {
    const result = await stopNeo4j(dataDir);
    expect(result).toEqual({ stopped: true, pid: neo.pid, killed: false });
    expect(isAlive(neo.pid)).toBe(false);
    expect(existsSync(path.join(dataDir, 'neo4j.json'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'neo4j', 'data', 'databases', 'neo4j'))).toBe(true);
    expect(await neo4jStatus(dataDir)).toEqual({ state: 'stopped' });
    expect(await stopNeo4j(dataDir)).toMatchObject({ stopped: false });
  }, 60_000);

  it('treats a record whose pid is not our launcher as stale and never signals it', async () => {
    const file = path.join(dataDir, 'neo4j.json');
    writeRecord(file, { pid: process.pid, uri: 'bolt://127.0.0.1:1', port: 1, home: dataDir, ephemeral: false, version: '5.26.0', startedAt: '' });
    expect(await neo4jStatus(dataDir)).toEqual({ state: 'stale', pid: process.pid });
    expect(await stopNeo4j(dataDir)).toMatchObject({ stopped: false });
    expect(existsSync(file)).toBe(false);
  });
});
