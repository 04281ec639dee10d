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
// The analytics refresh after a write runs in the background: its reads are not the request's.
const BACKGROUND = /^graph (snapshot|version|delta)/;

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
  // Cypher per request as a request that misses the response cache costs it (tested on its own).
  api = await startServer({ onQuery: (e) => events.push(e), responseCache: false });
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

  it('a page reads only the selected properties of each role, and each role answers as stored', async () => {
    // Two lists of the same statements in one request, one selecting a name per role, one whole
    // records: the lean records of the first must not answer the second.
    const lean = 'speaker { name } target { name } article { title }';
    const whole = 'speaker { id name type aliases } target { id name type aliases } reportedBy { id name type aliases } about { id name type aliases } article { id url title source publishedAt }';
    const { data, queries } = await counted(`{ a: statements(first: 50) { edges { node { id ${lean} } } } b: statements(first: 50) { edges { node { id ${whole} } } } }`);
    expect(queries).toEqual(['statement list', 'statement list']);
    const session = driver.session();
    try {
      const res = await session.run(`MATCH (s:Statement) WHERE s.id IN $ids
        RETURN s.id AS id, [(a:Actor)-[:SAID]->(s) | a {.id, .name, .type, aliases: coalesce(a.aliases, [])}][0] AS speaker,
          [(s)-[:TARGETS]->(a:Actor) | a {.id, .name, .type, aliases: coalesce(a.aliases, [])}][0] AS target,
          [(s)-[:REPORTED_BY]->(a:Actor) | a {.id, .name, .type, aliases: coalesce(a.aliases, [])}][0] AS reportedBy,
          [(s)-[:ABOUT]->(a:Actor) | a {.id, .name, .type, aliases: coalesce(a.aliases, [])}] AS about,
          [(s)-[:IN]->(r:Article) | r {.id, .url, .title, .source, .publishedAt}][0] AS article`, { ids: data.b.edges.map((e: any) => e.node.id) });
      const stored = new Map(res.records.map((r) => [r.get('id'), r.toObject()]));
      const byName = (xs: any[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
      expect(data.b.edges.some((e: any) => e.node.reportedBy && e.node.about.length)).toBe(true);
      for (const { node } of data.b.edges) {
        const want = stored.get(node.id)!;
        expect({ ...node, about: byName(node.about) }).toEqual({ id: node.id, ...want, about: byName(want.about) });
      }
      for (const { node } of data.a.edges) {
        const want = stored.get(node.id)!;
        expect(node).toEqual({ id: node.id, speaker: want.speaker && { name: want.speaker.name }, target: want.target && { name: want.target.name }, article: { title: want.article.title } });
      }
    } finally {
      await session.close();
    }
  });

  it('a list that does not select totalCount is not counted, and still pages to its end', async () => {
    const total = (await counted('{ statements { totalCount } actors { totalCount } }')).data;
    for (const [field, want] of [['statements', total.statements.totalCount], ['actors', total.actors.totalCount]] as const) {
      expect(want).toBeGreaterThan(7);
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const r: any = (await api.gql(`query($after: String) { ${field}(first: 7, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after })).data[field];
        seen.push(...r.edges.map((e: any) => e.node.id));
        if (!r.pageInfo.hasNextPage) break;
        after = r.pageInfo.endCursor;
      }
      expect(seen.length).toBe(want);
      expect(new Set(seen).size).toBe(want);
    }
  });

  it('statements through a fragment still fold the article into the one query', async () => {
    const { queries } = await counted(`{ statements(first: 50) { ...S } } fragment S on StatementConnection { edges { node { ... on Statement { article { title } speaker { name } } } } }`);
    expect(queries).toEqual(['statement list']);
  });

  it("actor(name) { said { target article } } is one query: the lookup and the page together", async () => {
    const { data, queries } = await counted(`{ actor(name: "Biden") { name said(first: 20) { edges { node { id speaker { name } target { name } article { id } } } } } }`);
    const nodes = data.actor.said.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThanOrEqual(4);
    expect(queries).toEqual(['actor lookup with statements (said)']);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('look-ahead keeps the arguments: said(kind, first) through variables answers as the field alone would', async () => {
    const kind = (await api.gql(`{ actor(name: "Biden") { said(first: 1) { edges { node { kind } } } } }`)).data.actor.said.edges[0].node.kind;
    events.length = 0;
    const q = `query($k: StatementKind, $n: Int) { actor(name: "Biden") { id said(kind: $k, first: $n) { totalCount edges { node { id kind } } } } }`;
    const r = await api.gql(q, { k: kind, n: 2 });
    expect(r.errors).toBeUndefined();
    const said = r.data.actor.said;
    expect(said.edges.length).toBeLessThanOrEqual(2);
    for (const e of said.edges) expect(e.node.kind).toBe(kind);
    const session = driver.session();
    try {
      const res = await session.run(`MATCH (a:Actor {id: $id})-[:SAID]->(s:Statement {kind: $kind}) RETURN count(DISTINCT s) AS n`, { id: r.data.actor.id, kind });
      expect(res.records[0].get('n').toNumber()).toBeGreaterThan(0);
      expect(said.totalCount).toBe(res.records[0].get('n').toNumber());
    } finally {
      await session.close();
    }
    expect(events.filter((e) => !BACKGROUND.test(e.what)).map((e) => e.what)).toEqual(['actor lookup with statements (said)']);
  });

  it('a statement list filtered by speaker, target and article names is one query, answers as stored', async () => {
    const all = await counted(`{ statements(first: 100) { edges { node { id speaker { name } target { name } article { id } } } } }`);
    const pair = all.data.statements.edges.map((e: any) => e.node).find((n: any) => n.speaker && n.target);
    expect(pair).toBeDefined();
    const { data, queries } = await counted(`{ statements(where: { speaker: ${JSON.stringify(pair.speaker.name)}, target: ${JSON.stringify(pair.target.name)}, article: "seed" }, first: 50) { totalCount edges { node { id speaker { name } target { name } article { id } } } } }`);
    expect(queries).toEqual(['statement list']);
    const nodes = data.statements.edges.map((e: any) => e.node);
    expect(nodes.map((n: any) => n.id)).toContain(pair.id);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) {
      expect(flat(n)).toEqual(want.get(n.id));
      expect(flat(n)).toMatchObject({ speaker: pair.speaker.name, target: pair.target.name, article: 'seed' });
    }
    const none = await counted(`{ statements(where: { speaker: "Nobody Of That Name" }) { totalCount } }`);
    expect(none.data.statements.totalCount).toBe(0);
    expect(none.queries).toEqual(['statement list']);
  });

  it('articles(where: { mentions }) { title } is one query', async () => {
    const { data, queries } = await counted(`{ articles(where: { mentions: "Biden" }) { totalCount edges { node { id title } } } }`);
    expect(data.articles.edges.map((e: any) => e.node.id)).toEqual(['seed']);
    expect(queries).toEqual(['article list']);
    const none = await counted(`{ articles(where: { mentions: "Nobody Of That Name" }) { totalCount } }`);
    expect(none.data.articles.totalCount).toBe(0);
  });

  it('search with the hits\' fields is one query', async () => {
    const { data, queries } = await counted(`{ search(text: "hysteria") { __typename ... on Statement { id content speaker { name } target { name } article { id } } ... on Actor { name } ... on Article { title } } }`);
    const statements = data.search.filter((h: any) => h.__typename === 'Statement');
    expect(statements.length).toBeGreaterThan(0);
    expect(queries).toEqual(['search']);
    const want = await facts(statements.map((n: any) => n.id));
    for (const n of statements) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('articles { statements { speaker target } actors } costs a fixed three queries', async () => {
    const { data, queries } = await counted(`{ articles(first: 2) { edges { node { id statements(first: 40) { edges { node { id speaker { name } target { name } article { id } } } } actors(first: 5) { edges { node { name } } } } } } }`);
    const nodes = data.articles.edges[0].node.statements.edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect([...queries].sort()).toEqual(['actors of articles', 'article list', 'statements of articles']);
    const want = await facts(nodes.map((n: any) => n.id));
    for (const n of nodes) expect(flat(n)).toEqual(want.get(n.id));
  });

  it('an analytics answer computed before costs no Cypher: its actors come from the version\'s cache', async () => {
    const q = '{ analytics { topSpeakers { actor { name type } count } centrality(metric: PAGERANK) { actor { name } score } } }';
    const first = await counted(q);
    expect(first.data.analytics.topSpeakers.length).toBeGreaterThan(2);
    const again = await counted(q);
    expect(again.queries).toEqual([]);
    expect(again.data).toEqual(first.data);
  });

  it('path(from, to) with its actors and statements is one query', async () => {
    const { data, queries } = await counted('{ path(from: "Lavrov", to: "Thomas-Greenfield") { length steps { from { name } via to { name } statement { kind content speaker { name } } } } }');
    expect(data.path.length).toBeGreaterThan(0);
    expect(data.path.steps[0].from.name).toBe('Sergei Lavrov');
    expect(data.path.steps[data.path.steps.length - 1].to.name).toBe('Linda Thomas-Greenfield');
    expect(queries).toEqual(['path by names']);
    const self = await counted('{ path(from: "Lavrov", to: "Sergei Lavrov") { length steps { from { name } } } }');
    expect(self.data.path).toEqual({ length: 0, steps: [] });
    const apart = await api.gql('{ path(from: "Nobody Atall", to: "Lavrov") { length } }');
    expect(apart.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(apart.errors?.[0].message).toMatch(/^from:/);
  });

  it('a statement list leaves the article text out, and loads it in one more query when selected', async () => {
    const head = await counted(`{ statements(where: { kind: CLAIM }, first: 50) { edges { node { article { id title } } } } }`);
    expect(head.queries).toEqual(['statement list']);
    const full = await counted(`{ statements(where: { kind: CLAIM }, first: 50) { edges { node { article { id text } } } } }`);
    expect(full.queries).toEqual(['statement list', 'article load']);
    for (const e of full.data.statements.edges) expect(e.node.article.text).toBe(SEED);
  });

  it('a statement list reads evidence only when it is selected, in the same one query', async () => {
    const { data, queries } = await counted(`{ statements(where: { kind: ACCUSATION }, first: 5) { edges { node { content evidence { sentence { text } } } } } }`);
    expect(queries).toEqual(['statement list']);
    for (const e of data.statements.edges) expect(e.node.evidence.sentence.text).toContain(e.node.content.slice(0, 20));
  });

  it('the README tour queries cost a small fixed number of queries', async () => {
    const tour: [string, number][] = [
      ['{ actor(name: "Biden") { name aliases said(first: 10) { totalCount edges { node { kind cue content target { name } evidence { sentence { text } } } } } } }', 1],
      ['{ statements(where: { kind: ACCUSATION }) { edges { node { speaker { name } target { name } content article { title } } } } }', 1],
      ['{ actor(name: "AFP") { relayed { edges { node { speaker { name type } cue content } } } } }', 1],
      ['{ search(text: "hysteria") { __typename ... on Statement { content speaker { name } } ... on Actor { name type } ... on Article { title } } }', 1],
      ['{ merges { edges { node { localName reason candidates actor { name } article { id title } } } } }', 1],
    ];
    for (const [q, n] of tour) {
      const { queries } = await counted(q);
      expect(queries.length, `${q} ran ${queries.join(', ')}`).toBeLessThanOrEqual(n);
    }
  });
});
