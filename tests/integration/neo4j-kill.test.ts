// The Neo4j JVM killed (SIGKILL) under a running `whosaid ingest` (issue 12, fault suite): the
// ingest fails loud with a non-zero exit, Neo4j recovers its store on restart, and the same
// ingest run again gives the graph of one clean run, property for property.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNeo4j, stopNeo4j, type RunningNeo4j } from '../../src/db/index.js';
import { writeSynthCorpus } from '../../src/cli/commands/generate.js';
import { clearDatabase } from '../setup/neo4j.js';
import { graphFingerprint } from '../setup/fingerprint.js';

const PASSWORD = 'kill-test-password-0';
const ARTICLES = 160;
const BATCH = '20';
const dataDir = mkdtempSync(join(tmpdir(), 'whosaid-kill-db-'));
const corpus = mkdtempSync(join(tmpdir(), 'whosaid-kill-corpus-'));
let neo: RunningNeo4j;
let driver: Driver;

const connect = (uri: string): Driver => neo4j.driver(uri, neo4j.auth.basic('neo4j', PASSWORD));

function ingest(uri: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // A short write-retry budget, so the run gives up soon after its Neo4j is gone.
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: PASSWORD, NEO4J_WRITE_RETRY_MS: '2000' };
  const child = spawn('node', ['bin/whosaid.mjs', 'ingest', corpus, '--quiet', '--batch', BATCH], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

async function articleCount(d: Driver): Promise<number> {
  const session = d.session();
  try {
    return Number((await session.run('MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n'));
  } finally {
    await session.close();
  }
}

beforeAll(async () => {
  writeSynthCorpus(corpus, ARTICLES, 17);
  neo = await startNeo4j({ dataDir, port: 0, password: PASSWORD, heap: '512m', pageCacheMb: 64 });
  driver = connect(neo.uri);
}, 240_000);

afterAll(async () => {
  await driver?.close();
  await stopNeo4j(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
}, 120_000);

describe('Neo4j killed under an ingest', () => {
  it('fails the ingest loud, and after a restart the rerun gives the graph of one clean run', async () => {
    const clean = await ingest(neo.uri);
    expect(clean.code, clean.stderr).toBe(0);
    const expected = await graphFingerprint(driver);
    expect(expected.counts.Article).toBe(ARTICLES);
    await clearDatabase(driver);

    const run = ingest(neo.uri);
    while ((await articleCount(driver)) === 0) await new Promise((r) => setTimeout(r, 50));
    process.kill(neo.pid, 'SIGKILL');
    const killed = await run;
    expect(killed.code).not.toBe(0);
    expect(killed.stderr).toMatch(/Neo4j/);
    expect(killed.stderr).not.toMatch(/\n\s+at /);
    await driver.close();

    neo = await startNeo4j({ dataDir, port: 0, password: PASSWORD, heap: '512m', pageCacheMb: 64 });
    expect(neo.started).toBe(true);
    driver = connect(neo.uri);
    const partial = await articleCount(driver);
    expect(partial).toBeGreaterThan(0);
    expect(partial % Number(BATCH)).toBe(0); // whole batches or nothing survived the kill

    const rerun = await ingest(neo.uri);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await graphFingerprint(driver)).toEqual(expected);
  }, 600_000);
});
