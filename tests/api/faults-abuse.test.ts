// Hostile strings in every string argument (issue 12, fault suite): Cypher and Lucene
// injection shapes, regex specials, NUL, a 100,000-character value, forged cursors and a huge
// `first` are data or a 4xx with a code; never a 500, never a stack trace, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

let api: TestServer;
let driver: Driver;

const HOSTILE = [
  "x'}) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n //',
  '$name',
  '*:*',
  'name:* OR 1=1',
  '.*',
  '(?i).*[',
  '\\',
  '\u0000',
  'a\u0000b',
  '%00 <script>alert(1)</script>',
  '🙂'.repeat(50),
  'x'.repeat(100_000),
];

/** Every query of the schema that takes a string, with the hostile value as $v. */
const SHAPES: [string, string][] = [
  ['actor(name)', 'query($v: String!) { actor(name: $v) { id } }'],
  ['actors(where.name)', 'query($v: String) { actors(where: { name: $v }) { totalCount } }'],
  ['actors(after)', 'query($v: String) { actors(first: 2, after: $v) { totalCount } }'],
  ['statements(where.speaker/target/about/reportedBy)', 'query($v: String) { statements(where: { speaker: $v, target: $v, about: $v, reportedBy: $v }) { totalCount } }'],
  ['statements(where.text/from/to)', 'query($v: String) { statements(where: { text: $v, from: $v, to: $v }) { totalCount } }'],
  ['statements(where.article)', 'query($v: ID) { statements(where: { article: $v }) { totalCount } }'],
  ['statements(after)', 'query($v: String) { statements(first: 2, after: $v) { totalCount } }'],
  ['article(id)', 'query($v: ID!) { article(id: $v) { id } }'],
  ['articles(where)', 'query($v: String) { articles(where: { source: $v, text: $v, mentions: $v }) { totalCount } }'],
  ['articles(where.from)', 'query($v: String) { articles(where: { from: $v, to: $v }) { totalCount } }'],
  ['search(text)', 'query($v: String!) { search(text: $v) { __typename } }'],
  ['path(from, to)', 'query($v: String!) { path(from: $v, to: $v) { length } }'],
  ['merges(article)', 'query($v: ID) { merges(article: $v) { totalCount } }'],
  ['analytics.timeline(actor)', 'query($v: String) { analytics { timeline(interval: MONTH, actor: $v) { start count } } }'],
];

async function counts(): Promise<string> {
  const s = driver.session();
  try {
    const nodes = await s.run('MATCH (n) RETURN labels(n)[0] AS l, count(*) AS c ORDER BY l');
    const rels = await s.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    return JSON.stringify([...nodes.records.map((r) => [r.get('l'), r.get('c').toNumber()]), ...rels.records.map((r) => [r.get('t'), r.get('c').toNumber()])]);
  } finally {
    await s.close();
  }
}

async function post(query: string, variables: Record<string, unknown>): Promise<{ status: number; text: string }> {
  const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, text: await res.text() };
}

let before = '';

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  api = await startServer();
  const r = await api.gql('mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { rejected { reason } } }', { a: [
    { id: 'abuse-1', title: 'Port strike', text: 'Union leader Ana Ruiz said the strike would go on. The port authority denied that talks had failed.', publishedAt: '2026-03-02' },
    { id: 'abuse-2', title: 'Ferry fares', text: 'Mayor Jo Park accused the ferry company of raising fares. The company said prices had to rise.', publishedAt: '2026-03-09' },
  ] });
  expect(r.errors).toBeUndefined();
  before = await counts();
}, 120_000);
afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('hostile values in every string argument', () => {
  it.each(SHAPES)('%s: data or a 4xx with a code, never a 500 or a stack', async (_name, query) => {
    for (const v of HOSTILE) {
      const { status, text } = await post(query, { v });
      expect(status, `${_name} with ${JSON.stringify(v.slice(0, 40))}`).toBeLessThan(500);
      expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|Neo4jError/);
      const body = JSON.parse(text);
      for (const e of body.errors ?? []) {
        expect(e.extensions?.code, `${_name} with ${JSON.stringify(v.slice(0, 40))}: ${e.message}`).toMatch(/^(BAD_USER_INPUT|BAD_INPUT|GRAPHQL_VALIDATION_FAILED|GRAPHQL_PARSE_FAILED|NOT_FOUND)$/);
      }
    }
  }, 120_000);

  it('answers a huge or negative `first` without a 500', async () => {
    for (const first of [1_000_000_000, 2_147_483_647, -1, 0]) {
      const { status, text } = await post('query($f: Int) { statements(first: $f) { totalCount edges { cursor } } }', { f: first });
      expect(status).toBeLessThan(500);
      const body = JSON.parse(text);
      if (body.errors) expect(body.errors[0].extensions.code).toMatch(/^(BAD_USER_INPUT|BAD_INPUT)$/);
      else expect(body.data.statements.edges.length).toBeLessThanOrEqual(1000);
    }
  });

  it('leaves every label and relationship count as it was', async () => {
    expect(await counts()).toBe(before);
  });
});
