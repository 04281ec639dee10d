// Every read the API's query shapes send can go batched (read-batch.ts) and answers the same:
// one server sends each read alone, another sends every read in the batched form even alone
// (WHOSAID_READ_BATCH=always); both answer a list of requests covering the shapes, and no read
// of the second may fall back to running alone.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { QueryEvent } from '../../src/store/Store.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

const SEED = readFileSync(new URL('../../examples/white-house-russia-letter.txt', import.meta.url), 'utf8');
const SECOND = readFileSync(new URL('../fixtures/second-article/article.txt', import.meta.url), 'utf8');
const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } } }`;
const BACKGROUND = /^graph (snapshot|version|delta)/;

const STATEMENT = 'id kind cue content direct confidence speaker { name type } target { name } reportedBy { name } about { name } article { id title }';
const REQUESTS = [
  `{ statements(where: { kind: CLAIM }, first: 5) { totalCount edges { cursor node { ${STATEMENT} } } pageInfo { hasNextPage endCursor } } }`,
  `{ statements(first: 3, orderBy: ARTICLE_ORDER) { edges { node { id content evidence { sentence { text } } } } pageInfo { hasNextPage } } }`,
  `{ statements(where: { speaker: "Biden", text: "a" }, orderBy: CONFIDENCE_DESC) { totalCount edges { node { ${STATEMENT} } } } }`,
  `{ statements(where: { kinds: [ACCUSATION, WARNING, DENIAL], article: "seed", from: "2022-01-01" }) { edges { node { id kind target { name } } } } }`,
  `{ statements(where: { reportedBy: "AFP" }) { totalCount edges { node { id } } } }`,
  `{ actor(name: "Biden") { name aliases roles { title of { name } support } said(first: 10) { totalCount edges { node { ${STATEMENT} } } } targetedBy { totalCount } mentionedIn(first: 2) { edges { node { id } } } relations { type from { name } to { name } role } articles { edges { node { id } } } merges { localName } } }`,
  `{ actor(name: "AFP") { relayed { edges { node { speaker { name type } cue content } } } } }`,
  `{ actor(name: "Moscow") { name type said(kind: ACCUSATION) { edges { node { content target { name } } } } } }`,
  `{ actor(name: "nobody of that name") { name } }`,
  `{ actors(where: { types: [PERSON, COUNTRY] }, orderBy: STATEMENTS_DESC, first: 5) { totalCount edges { node { name type aliases } } pageInfo { hasNextPage endCursor } } }`,
  `{ actors(where: { name: "an", article: "seed" }, orderBy: NAME_ASC) { edges { node { name } } } }`,
  `{ articles(where: { mentions: "Biden" }) { totalCount edges { node { id title source publishedAt } } } }`,
  `{ articles(where: { text: "letter", from: "2000-01-01" }) { edges { node { id statements(first: 2) { edges { node { content speaker { name } } } } actors(first: 3) { edges { node { name } } } } } } }`,
  `{ article(id: "seed") { title text } }`,
  `{ search(text: "hysteria") { __typename ... on Statement { content speaker { name } } ... on Actor { name type } ... on Article { title } } }`,
  `{ path(from: "Lavrov", to: "Thomas-Greenfield") { length steps { from { name } via to { name } statement { kind content } } } }`,
  `{ merges(first: 5) { totalCount edges { node { localName reason candidates actor { name } article { id title } } } } }`,
  `{ merges(article: "seed") { edges { node { localName } } } }`,
];

let plain: TestServer;
let batched: TestServer;
let driver: Driver;
const events: QueryEvent[] = [];

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  plain = await startServer({ responseCache: false, readBatch: false });
  batched = await startServer({ responseCache: false, readBatch: 'always', onQuery: (e) => events.push(e) });
  const r = await plain.gql(INGEST, { a: [
    { id: 'seed', title: SEED.split('\n')[0], text: SEED, publishedAt: '2022-01-31', source: 'seed' },
    { id: 'second', title: SECOND.split('\n')[0], text: SECOND, publishedAt: '2022-02-02', source: 'AFP' },
  ] });
  expect(r.errors).toBeUndefined();
});
afterAll(async () => { await plain?.close(); await batched?.close(); await driver?.close(); });

describe('batched reads answer as reads alone', () => {
  it.each(REQUESTS)('%s', async (query) => {
    const want = await plain.gql(query);
    expect(want.errors, JSON.stringify(want.errors)).toBeUndefined();
    events.length = 0;
    const got = await batched.gql(query);
    expect(got).toEqual(want);
    const reads = events.filter((e) => e.mode === 'READ' && !BACKGROUND.test(e.what));
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((e) => e.batch !== 1).map((e) => e.what), 'reads that fell back to running alone').toEqual([]);
  });

  it('answers the next page through a cursor the same way', async () => {
    const first = await plain.gql('{ statements(first: 2) { pageInfo { endCursor } } }');
    const after = first.data.statements.pageInfo.endCursor;
    const q = `{ statements(first: 2, after: "${after}") { edges { node { id content } } } }`;
    expect(await batched.gql(q)).toEqual(await plain.gql(q));
  });
});
