// The acceptance checks on the seed article, through the GraphQL API with the real
// extractor: what Biden said, Moscow is Russia, who accused whom, what AFP relayed, the path
// from Lavrov to Thomas-Greenfield, search, pagination, ingest twice, delete.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { codes, startServer, type TestServer } from './server.js';

const SEED = readFileSync(new URL('../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id title } unchanged rejected { input reason } } }`;
const seedInput = { id: 'seed', title: SEED.split('\n')[0], text: SEED, publishedAt: '2022-01-31', source: 'seed' };

let api: TestServer;

beforeAll(async () => {
  const driver = openTestDriver();
  await clearDatabase(driver);
  await driver.close();
  api = await startServer();
  const r = await api.gql(INGEST, { a: [seedInput] });
  expect(r.errors).toBeUndefined();
  expect(r.data.ingestArticles.ingested).toHaveLength(1);
});
afterAll(async () => api?.close());

describe('the seed article through the API', () => {
  it('Joe Biden said at least 4 statements, one a WARNING', async () => {
    const r = await api.gql(`{ actor(name: "Joe Biden") { name said(first: 50) { totalCount edges { node { kind content } } } } }`);
    expect(r.data.actor.name).toBe('Joe Biden');
    expect(r.data.actor.said.totalCount).toBeGreaterThanOrEqual(4);
    expect(r.data.actor.said.edges.map((e: any) => e.node.kind)).toContain('WARNING');
  });

  it('the statements under an actor carry their own speaker, target and outlet', async () => {
    const r = await api.gql(`{ actor(name: "Biden") { said(kind: WARNING) { edges { node { speaker { name } target { name } } } } }
      outlet: actor(name: "Associated Press") { relayed { edges { node { speaker { name } reportedBy { name } } } } } }`);
    expect(r.data.actor.said.edges[0].node).toEqual({ speaker: { name: 'Joe Biden' }, target: { name: 'Russia' } });
    expect(r.data.outlet.relayed.edges[0].node).toEqual({ speaker: { name: 'US government officials' }, reportedBy: { name: 'Associated Press' } });
  });

  it('"Moscow" is Russia', async () => {
    const r = await api.gql(`{ actor(name: "Moscow") { name type } }`);
    expect(r.data.actor).toEqual({ name: 'Russia', type: 'COUNTRY' });
  });

  it('finds the accusations: Russia → the West, Nebensia → United States, Thomas-Greenfield → Russia', async () => {
    const r = await api.gql(`{ statements(where: { kind: ACCUSATION }, first: 50) { edges { node { speaker { name } target { name } } } } }`);
    const pairs = r.data.statements.edges.map((e: any) => `${e.node.speaker?.name} → ${e.node.target?.name}`);
    expect(pairs).toEqual(expect.arrayContaining(['Russia → the West', 'Vasily Nebensia → United States', 'Linda Thomas-Greenfield → Russia']));
  });

  it('AFP relayed an anonymous source\'s statement', async () => {
    const r = await api.gql(`{ actor(name: "AFP") { type relayed { totalCount edges { node { content speaker { name type } } } } } }`);
    expect(r.data.actor.type).toBe('MEDIA');
    expect(r.data.actor.relayed.edges.map((e: any) => e.node.speaker?.type)).toContain('ANONYMOUS');
  });

  it('finds a path from Lavrov to Thomas-Greenfield', async () => {
    const r = await api.gql(`{ path(from: "Lavrov", to: "Thomas-Greenfield") { length steps { from { name } via to { name } statement { kind } } } }`);
    expect(r.errors).toBeUndefined();
    const steps = r.data.path.steps;
    expect(steps[0].from.name).toBe('Sergei Lavrov');
    expect(steps.at(-1).to.name).toBe('Linda Thomas-Greenfield');
    expect(r.data.path.length).toBe(steps.length);
  });

  it('search "hysteria" finds Nebensia\'s statement', async () => {
    const r = await api.gql(`{ search(text: "hysteria") { __typename ... on Statement { speaker { name } content } } }`);
    const hit = r.data.search.find((h: any) => h.__typename === 'Statement');
    expect(hit.speaker.name).toBe('Vasily Nebensia');
    expect(hit.content).toMatch(/hysteria/);
  });

  it('pages statements with cursors: no overlap, totals agree, the last page says so', async () => {
    const q = `query($after: String) { statements(first: 3, after: $after, orderBy: ARTICLE_ORDER) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 20; i++) {
      const r: any = await api.gql(q, { after });
      const c = r.data.statements;
      total = c.totalCount;
      seen.push(...c.edges.map((e: any) => e.node.id));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(total).toBeGreaterThan(3);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const bad = await api.gql(`{ statements(first: -1) { totalCount } }`);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    const capped = await api.gql(`{ statements(first: 100) { edges { cursor } } }`);
    expect(capped.errors).toBeUndefined();
  });

  it('ingesting the same article twice changes nothing', async () => {
    const before = await api.gql(`{ statements { totalCount } actors { totalCount } }`);
    const r = await api.gql(INGEST, { a: [seedInput, { ...seedInput, id: 'seed-copy' }] });
    expect(r.data.ingestArticles).toMatchObject({ ingested: [], unchanged: 2, rejected: [] });
    expect(await api.gql(`{ statements { totalCount } actors { totalCount } }`)).toEqual(before);
  });

  it('deletes the article, its statements and its actors', async () => {
    expect((await api.gql(`mutation { deleteArticle(id: "seed") }`)).data.deleteArticle).toBe(true);
    const r = await api.gql(`{ article(id: "seed") { id } statements { totalCount } actors { totalCount } }`);
    expect(r.data).toEqual({ article: null, statements: { totalCount: 0 }, actors: { totalCount: 0 } });
    expect((await api.gql(`mutation { deleteArticle(id: "seed") }`)).data.deleteArticle).toBe(false);
  });
});
