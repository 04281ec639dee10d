// `whosaid ingest` as processes against the real Neo4j: a run killed mid-way (SIGKILL, between or
// inside a batch transaction) and run again gives the graph of one clean run; two processes
// ingesting the same corpus at once give it too, with one "ingested" per article between them.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { writeSynthCorpus } from '../../src/cli/commands/generate.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { graphFingerprint } from '../setup/fingerprint.js';

const ARTICLES = 240;
const BATCH = '20';
let driver: Driver;
let dir: string;

beforeAll(() => {
  driver = openTestDriver();
  dir = mkdtempSync(join(tmpdir(), 'whosaid-crash-'));
  writeSynthCorpus(dir, ARTICLES, 11);
});
afterAll(async () => {
  await driver?.close();
  rmSync(dir, { recursive: true, force: true });
});

function ingest(): { child: ChildProcess; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const password = inject('neo4jPassword');
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), ...(password ? { NEO4J_PASSWORD: password } : {}) };
  const child = spawn('node', ['bin/whosaid.mjs', 'ingest', dir, '--quiet', '--batch', BATCH], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => { stdout += c.toString(); });
  child.stderr!.on('data', (c: Buffer) => { stderr += c.toString(); });
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

async function articleCount(): Promise<number> {
  const session = driver.session();
  try {
    return Number((await session.run('MATCH (a:Article) RETURN count(a) AS n')).records[0].get('n'));
  } finally {
    await session.close();
  }
}

const ingested = (stdout: string): number => Number(/ingested (\d+)/.exec(stdout)?.[1] ?? NaN);

describe('whosaid ingest processes', () => {
  it('killed mid-run and run again, gives the graph of one clean run', async () => {
    await clearDatabase(driver);
    const clean = await ingest().done;
    expect(clean.code, clean.stderr).toBe(0);
    expect(ingested(clean.stdout)).toBe(ARTICLES);
    const expected = await graphFingerprint(driver);

    await clearDatabase(driver);
    const run = ingest();
    let stored = 0;
    while (stored === 0) {
      await new Promise((r) => setTimeout(r, 50));
      stored = await articleCount();
    }
    run.child.kill('SIGKILL');
    await run.done;
    const partial = await articleCount();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(ARTICLES);
    expect(partial % Number(BATCH)).toBe(0); // whole batches or nothing

    const rerun = await ingest().done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(rerun.stdout).toMatch(new RegExp(`ingested ${ARTICLES - partial}, unchanged ${partial}`));
    expect(await graphFingerprint(driver)).toEqual(expected);
  }, 600_000);

  it('two processes at once give the graph of one clean run and one "ingested" per article', async () => {
    await clearDatabase(driver);
    await ingest().done;
    const expected = await graphFingerprint(driver);

    await clearDatabase(driver);
    const [a, b] = await Promise.all([ingest().done, ingest().done]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(ingested(a.stdout) + ingested(b.stdout)).toBe(ARTICLES);
    expect(await graphFingerprint(driver)).toEqual(expected);
  }, 600_000);
});
