// API behaviour independent of extraction quality: hand-built extractions stand in for the
// extractor, so merging across articles, auth, limits, errors and injection are checked exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawArticle } from '../../src/extract/types.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { SECOND_TEXT, SEED_TEXT, secondExtraction, seedExtraction } from '../fixtures/second-article/extractions.js';
import { codes, startServer, type TestServer } from './server.js';

const TOKEN = 'test-token-123';
const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } unchanged rejected { input reason } } }`;

/** Extracts by looking the text up among the fixtures; other texts yield an empty extraction. */
function fixtureExtractor(a: RawArticle) {
  if (a.text === SEED_TEXT) return seedExtraction(a.id);
  if (a.text === SECOND_TEXT) return secondExtraction(a.id);
  return { article: { id: a.id, title: a.title, url: a.url, source: a.source, publishedAt: a.publishedAt }, text: a.text, actors: [], mentions: [], statements: [], relations: [] };
}

let api: TestServer;

beforeAll(async () => {
  const driver = openTestDriver();
  await clearDatabase(driver);
  await driver.close();
  api = await startServer({ extractor: fixtureExtractor, apiToken: TOKEN });
});
afterAll(async () => api?.close());

describe('writes need the token once one is set', () => {
  it('refuses a mutation without it or with a wrong one, accepts the right one; reads stay open', async () => {
    const input = { a: [{ id: 'second', text: SECOND_TEXT, publishedAt: '2022-02-01' }] };
    expect(codes(await api.gql(INGEST, input))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(INGEST, input, 'wrong'))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.gql(`mutation { deleteArticle(id: "x") }`))).toEqual(['UNAUTHENTICATED']);
    const ok = await api.gql(INGEST, input, TOKEN);
    expect(ok.data.ingestArticles).toEqual({ ingested: [{ id: 'second' }], unchanged: 0, rejected: [] });
    expect((await api.gql(`{ actors { totalCount } }`)).errors).toBeUndefined();
  });
});

describe('cross-article merging', () => {
  it('merges "Biden" and "Moscow" of one article into Joe Biden and Russia of the next, whatever the order', async () => {
    const r = await api.gql(INGEST, { a: [{ id: 'seed', text: SEED_TEXT, title: 'seed' }] }, TOKEN);
    expect(r.data.ingestArticles.ingested).toEqual([{ id: 'seed' }]);
    const biden = await api.gql(`{ actor(name: "President Biden") { name said(first: 50) { edges { node { article { id } } } } } }`);
    expect(biden.data.actor.name).toBe('Joe Biden');
    expect(new Set(biden.data.actor.said.edges.map((e: any) => e.node.article.id))).toEqual(new Set(['seed', 'second']));
    const kremlin = await api.gql(`{ actor(name: "Kremlin") { name aliases } }`);
    expect(kremlin.data.actor.name).toBe('Russia');
    expect(kremlin.data.actor.aliases).toEqual(expect.arrayContaining(['Moscow', 'Kremlin']));
  });

  it('records every merge, visible per actor and per article', async () => {
    const r = await api.gql(`{ actor(name: "Joe Biden") { merges { localName reason candidates article { id } } } merges(article: "seed") { totalCount edges { node { localName actor { name } } } } }`);
    expect(r.data.actor.merges).toContainEqual({ localName: 'Joe Biden', reason: 'alias-is-known-name', candidates: 1, article: { id: 'seed' } });
    const names = r.data.merges.edges.map((e: any) => `${e.node.localName} → ${e.node.actor.name}`);
    expect(names).toEqual(expect.arrayContaining(['Joe Biden → Joe Biden', 'Russia → Russia', 'Sergei Lavrov → Sergei Lavrov']));
  });

  it('answers statement filters by any alias, and roles and relations by merged actor', async () => {
    const r = await api.gql(`{ statements(where: { target: "Washington", kinds: [ACCUSATION] }) { edges { node { speaker { name } } } }
      actor(name: "Lavrov") { roles { title of { name } } relations(type: AFFILIATED_WITH) { to { name } role article { id } } } }`);
    expect(r.data.statements.edges.map((e: any) => e.node.speaker.name)).toEqual(['Vasily Nebensia']);
    expect(r.data.actor.roles).toContainEqual({ title: 'Foreign Minister', of: { name: 'Russia' } });
    expect(r.data.actor.relations.map((x: any) => x.article.id).sort()).toEqual(['second', 'seed']);
  });

  it('deleting one article keeps the shared actors and drops the ones only it named', async () => {
    expect((await api.gql(`mutation { deleteArticle(id: "second") }`, undefined, TOKEN)).data.deleteArticle).toBe(true);
    const r = await api.gql(`{ kuleba: actor(name: "Dmytro Kuleba") { id } biden: actor(name: "Biden") { name said { totalCount } } }`);
    expect(r.data).toEqual({ kuleba: null, biden: { name: 'Joe Biden', said: { totalCount: 4 } } });
  });
});

describe('limits, errors and hostile input', () => {
  it('rejects a query deeper than the depth limit', async () => {
    const deep = `{ actor(name: "Biden") { said { edges { node { speaker { said { edges { node { speaker { said { edges { node { id } } } } } } } } } } } } }`;
    const r = await api.gql(deep);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0].message).toMatch(/depth/i);
  });

  it('rejects too many aliases', async () => {
    const q = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: actor(name: "Biden") { id }`).join(' ')} }`;
    expect((await api.gql(q)).errors?.[0].message).toMatch(/alias/i);
  });

  it('names bad arguments with BAD_USER_INPUT and unknown names with NOT_FOUND, without stack traces', async () => {
    const r = await api.gql(`{ statements(after: "not-a-cursor") { totalCount } }`);
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0].message).toMatch(/^after:/);
    expect(JSON.stringify(r)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
    expect(codes(await api.gql(`{ path(from: "Lavrov", to: "Nobody Atall") { length } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await api.gql(`{ statements(where: { from: "yesterday" }) { totalCount } }`))).toEqual(['BAD_USER_INPUT']);
  });

  it('keeps injection-shaped strings as plain data', async () => {
    const evil = `x"}) MATCH (n) DETACH DELETE n //' OR 1=1`;
    const r = await api.gql(`query($n: String!) { actor(name: $n) { id } search(text: $n) { __typename } statements(where: { speaker: $n, text: $n }) { totalCount } }`, { n: evil });
    expect(r.errors).toBeUndefined();
    expect(r.data.actor).toBeNull();
    const stored = await api.gql(INGEST, { a: [{ id: 'evil', title: evil, text: `${evil} said nothing at all.` }] }, TOKEN);
    expect(stored.data.ingestArticles.ingested).toEqual([{ id: 'evil' }]);
    expect((await api.gql(`{ article(id: "evil") { title } actors { totalCount } }`)).data).toEqual({ article: { title: evil }, actors: { totalCount: 16 } });
  });

  it('rejects a bad input with a reason and goes on with the batch', async () => {
    const r = await api.gql(INGEST, { a: [{ id: 'no-text' }, { id: 'ok', text: 'A short note. Nobody said anything.' }] }, TOKEN);
    expect(r.data.ingestArticles.ingested).toEqual([{ id: 'ok' }]);
    expect(r.data.ingestArticles.rejected).toEqual([{ input: 0, reason: expect.stringMatching(/text|html/) }]);
  });
});

describe('articles', () => {
  it('lists articles with their statements and actors, batched', async () => {
    const r = await api.gql(`{ articles(where: { mentions: "Russia" }) { totalCount edges { node { id statements(first: 2) { totalCount edges { node { cue } } } actors(first: 3) { totalCount } } } } }`);
    expect(r.errors).toBeUndefined();
    const seed = r.data.articles.edges.find((e: any) => e.node.id === 'seed').node;
    expect(seed.statements.totalCount).toBe(10);
    expect(seed.statements.edges.map((e: any) => e.node.cue)).toEqual(['have confirmed', 'quoted by AFP as saying']);
    expect(seed.actors.totalCount).toBe(16);
  });
});

describe('date ranges', () => {
  it('filters statements by publication date, both bounds inclusive', async () => {
    const q = (where: string) => api.gql(`{ statements(where: ${where}) { totalCount } }`).then((r) => r.data.statements.totalCount);
    expect(await q('{ from: "2022-01-31", to: "2022-01-31" }')).toBe(10);
    expect(await q('{ from: "2022-02-01" }')).toBe(0);
    expect(await q('{ to: "2022-01-30" }')).toBe(0);
  });
});
