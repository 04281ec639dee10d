// Whole answers kept per graph version: a repeated query costs no Cypher, and no write, by this
// server, by another process or by wiping and rebuilding the store, is ever answered from before it.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { QueryEvent } from '../../src/store/Store.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

const SEED = readFileSync(new URL('../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const INGEST = 'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } } }';
const article = (id: string, text: string) => ({ id, title: text.split('\n')[0], text, publishedAt: '2022-02-01', source: 'test' });
const OTHER = 'Ministers meet\n\nThe finance minister, Dana Whitlow, said on Monday that the budget would be balanced by 2030.';
const COUNT = '{ statements(first: 1) { totalCount } }';
// The analytics refresh after a write runs in the background: its reads are not the request's.
const BACKGROUND = /^graph (snapshot|version|delta)/;

let api: TestServer;
let other: TestServer;
let driver: Driver;
const events: QueryEvent[] = [];

async function answer(server: TestServer, query: string): Promise<{ data: any; queries: string[] }> {
  events.length = 0;
  const r = await server.gql(query);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { data: r.data, queries: events.filter((e) => !BACKGROUND.test(e.what)).map((e) => e.what) };
}

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  api = await startServer({ onQuery: (e) => events.push(e), responseCache: true });
  other = await startServer({ responseCache: true });
  expect((await api.gql(INGEST, { a: [article('seed', SEED)] })).errors).toBeUndefined();
});
afterAll(async () => { await api?.close(); await other?.close(); await driver?.close(); });

describe('response cache', () => {
  it('answers a repeated query from memory, the same as the store did', async () => {
    const q = '{ statements(where: { kind: ACCUSATION }, first: 10) { totalCount edges { node { content speaker { name } target { name } } } } }';
    const first = await answer(api, q);
    expect(first.queries).toEqual(['statement list']);
    const again = await answer(api, q);
    expect(again.queries).toEqual([]);
    expect(again.data).toEqual(first.data);
    const other = await answer(api, q.replace('first: 10', 'first: 9'));
    expect(other.queries).toEqual(['statement list']);
  });

  it("shows this server's own write at once", async () => {
    const before = (await answer(api, COUNT)).data.statements.totalCount;
    expect((await api.gql(INGEST, { a: [article('budget', OTHER)] })).errors).toBeUndefined();
    const after = await answer(api, COUNT);
    expect(after.queries).toEqual(['statement list']);
    expect(after.data.statements.totalCount).toBeGreaterThan(before);
  });

  it("shows another process's write within a second", async () => {
    const before = (await answer(api, COUNT)).data.statements.totalCount;
    await answer(api, COUNT);
    const r = await other.gql('mutation { deleteArticle(id: "budget") }');
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const t0 = Date.now();
    let now = before;
    while (now === before && Date.now() - t0 < 5_000) {
      now = (await answer(api, COUNT)).data.statements.totalCount;
      if (now === before) await new Promise((res) => setTimeout(res, 20));
    }
    expect(now).toBeLessThan(before);
    // Measured: 100-200 ms (the check interval is 100 ms); the bound leaves room for a loaded machine.
    expect(Date.now() - t0).toBeLessThan(1_000);
  });

  it('never answers from a store that was wiped and rebuilt to the same version count', async () => {
    await clearDatabase(driver);
    expect((await api.gql(INGEST, { a: [article('budget', OTHER)] })).errors).toBeUndefined();
    const small = (await answer(api, COUNT)).data.statements.totalCount;
    await clearDatabase(driver);
    expect((await other.gql(INGEST, { a: [article('seed', SEED)] })).errors).toBeUndefined();
    await new Promise((res) => setTimeout(res, 250));
    const big = await answer(api, COUNT);
    expect(big.queries).toEqual(['statement list']);
    expect(big.data.statements.totalCount).toBeGreaterThan(small);
  });

});
