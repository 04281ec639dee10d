// Cypher round trips per GraphQL request for the common shapes, counted with the store's onQuery
// hook against the real Neo4j: one query for a list whatever its length, and the same answers
// as the facts read straight from the graph.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { QueryEvent } from '../../src/store/Store.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

const SEED = readFileSync(new URL('../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } } }`;
const BACKGROUND = /^graph (snapshot|version)/;

let api: TestServer;
let driver: Driver;
const events: QueryEvent[] = [];

/** Runs a request and returns its answer and the purposes of the store queries it cost. */
async function counted(query: string): Promise<{ data: any; queries: string[] }> {
  events.length = 0;
  const r = await api.gql(query);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return { data: r.data, queries: events.filter((e) => !BACKGROUND.test(e.what)).map((e) => e.what) };
}

/** Speaker, target and article of each statement, read straight from Neo4j. */
async function facts(ids: string[]): Promise<Map<string, unknown>> {
  const session = driver.session();
  try {
    const res = await session.run(`UNWIND $ids AS id MATCH (s:Statement {id: id})
      OPTIONAL MATCH (sp:Actor)-[:SAID]->(s) OPTIONAL MATCH (s)-[:TARGETS]->(tg:Actor)
      RETURN id, sp.name AS speaker, tg.name AS target, s.articleId AS article`, { ids });
    return new Map(res.records.map((r) => [r.get('id'), { speaker: r.get('speaker'), target: r.get('target'), article: r.get('article') }]));
  } finally {
    await session.close();
  }
}

const flat = (n: any) => ({ speaker: n.speaker?.name ?? null, target: n.target?.name ?? null, article: n.article?.id ?? null });

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  api = await startServer({ onQuery: (e) => events.push(e) });
  const r = await api.gql(INGEST, { a: [{ id: 'seed', title: SEED.split('\n')[0], text: SEED, publishedAt: '2022-01-31', source: 'seed' }] });
  expect(r.errors).toBeUndefined();
  await new Promise((res) => setTimeout(res, 1500));
});
afterAll(async () => { await api?.close(); await driver?.close(); });

describe('Cypher queries per request', () => {
  it('statements(where:{kind}) { speaker target article } costs one query, answers as stored', async () => {
    const { data, queries } = await counted(`{ statements(where: { kind: CLAIM }, first: 50) { edges { node { id speaker { name } target { name } article { id title } } } } }`);
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(queries).toEqual(['statement list']);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('statements through a fragment still fold the article into the one query', async () => {
    const { queries } = await counted(`{ statements(first: 50) { ...S } } fragment S on StatementConnection { edges { node { ... on Statement { article { title } speaker { name } } } } }`);
    expect(queries).toEqual(['statement list']);
  });

  it("actor(name) { said { target article } } costs the lookup and one statement query", async () => {
    const { data, queries } = await counted(`{ actor(name: "Biden") { name said(first: 20) { edges { node { id speaker { name } target { name } article { id } } } } } }`);
    const nodes = data.actor.said.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(queries).toEqual(['actor lookup', 'statements (said)']);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('articles { statements { speaker target } actors } costs a fixed three queries', async () => {
    const { data, queries } = await counted(`{ articles(first: 2) { edges { node { id statements(first: 40) { edges { node { id speaker { name } target { name } article { id } } } } actors(first: 5) { edges { node { name } } } } } } }`);
    const nodes = data.articles.edges[0].node.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect([...queries].sort()).toEqual(['actors of articles', 'article list', 'statements of articles']);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('the README tour queries cost a small fixed number of queries', async () => {
    const tour: [string, number][] = [
      ['{ actor(name: "Biden") { name aliases said(first: 10) { totalCount edges { node { kind cue content target { name } evidence { sentence { text } } } } } } }', 2],
      ['{ statements(where: { kind: ACCUSATION }) { edges { node { speaker { name } target { name } content } } } }', 1],
      ['{ actor(name: "AFP") { relayed { edges { node { speaker { name type } cue content } } } } }', 2],
      ['{ search(text: "hysteria") { __typename ... on Statement { content speaker { name } } } }', 4],
      ['{ merges { edges { node { localName reason candidates actor { name } article { id } } } } }', 3],
    ];
    for (const [q, n] of tour) {
      const { queries } = await counted(q);
      expect(queries.length, `${q} ran ${queries.join(', ')}`).toBeLessThanOrEqual(n);
    }
  });
});
