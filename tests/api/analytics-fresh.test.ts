// Fresh analytics against the real Neo4j: an article ingested by another process (a child
// `whosaid ingest`) shows in a running server's analytics within seconds, and with Neo4j cut off the
// server answers from its last good graph, marked stale, within a few seconds (never an empty list).

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startBoltProxy } from './bolt-proxy.js';
import { startServer, type TestServer } from './server.js';

const run = promisify(execFile);
const QUERY = '{ analytics { version asOf stale topSpeakers(first: 50) { actor { name } count } } }';
type Answer = { analytics: { version: number; asOf: string | null; stale: boolean; topSpeakers: Array<{ actor: { name: string }; count: number }> } };

let server: TestServer;
beforeAll(async () => {
  const driver = openTestDriver();
  await clearDatabase(driver);
  await driver.close();
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('analytics stay fresh across processes', () => {
  it('shows an article ingested by a child whosaid ingest within seconds', async () => {
    const first = await server.gql<Answer>(QUERY);
    expect(first.errors).toBeUndefined();
    const before = first.data!.analytics;
    expect(before.topSpeakers.map((r) => r.actor.name)).not.toContain('Pim Okafor');
    const password = inject('neo4jPassword');
    await run(process.execPath, ['bin/whosaid.mjs', 'ingest', 'tests/fixtures/articles/batch/a-first.txt'], {
      env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), ...(password ? { NEO4J_PASSWORD: password } : {}) },
      timeout: 120_000,
    });
    const started = Date.now();
    let now = before;
    while (Date.now() - started < 8000) {
      now = (await server.gql<Answer>(QUERY)).data!.analytics;
      if (now.topSpeakers.some((r) => r.actor.name === 'Pim Okafor')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(now.topSpeakers.map((r) => r.actor.name)).toContain('Pim Okafor');
    // Target 2 s: 342-412 ms on a quiet machine (three runs, 2026-12-05); the bound leaves room
    // for the shared 2-core CI machine, where a loaded run once took 3.05 s.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(now.version).toBeGreaterThan(before.version);
    expect(now.stale).toBe(false);
  }, 180_000);
});

describe('analytics with Neo4j cut off', () => {
  it('answers from the last good graph with stale: true, fast', async () => {
    const proxy = await startBoltProxy(inject('neo4jUri'));
    const cut = await startServer({ neo4jUri: proxy.uri });
    try {
      let good: Answer['analytics'] | undefined;
      for (let i = 0; i < 50 && !good?.topSpeakers.length; i++) {
        good = (await cut.gql<Answer>(QUERY)).data?.analytics;
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(good!.topSpeakers.length).toBeGreaterThan(0);
      expect(good!.stale).toBe(false);
      proxy.blackhole();
      await new Promise((r) => setTimeout(r, 1100));
      const started = Date.now();
      const res = await cut.gql<Answer>(QUERY);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.errors).toBeUndefined();
      expect(res.data!.analytics.stale).toBe(true);
      expect(res.data!.analytics.topSpeakers).toEqual(good!.topSpeakers);
      expect(Date.parse(res.data!.analytics.asOf!)).toBeLessThanOrEqual(started);
    } finally {
      await proxy.close();
      await cut.close().catch(() => {});
    }
  }, 120_000);
});
