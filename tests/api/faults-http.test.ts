// Faults at the HTTP edge (issue 12, items 1, 6, 7): a long token in one article of a batch,
// Lucene operators as search text, malformed and oversized bodies, limit breaches and a foreign
// Host header each get a JSON answer with a code, never HTML or a stack, and nothing is lost.
import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { codes, startServer, type TestServer } from './server.js';

let api: TestServer;

beforeAll(async () => {
  const driver = openTestDriver();
  await clearDatabase(driver);
  await driver.close();
  api = await startServer();
});
afterAll(async () => api?.close());

const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } unchanged rejected { input reason } } }`;
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

/** POSTs with a chosen Host header (fetch does not let a caller set Host). */
function postWithHost(body: string, host: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(api.url, { method: 'POST', headers: { host, 'content-type': 'application/json' } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('faults at the HTTP edge', () => {
  it('stores a batch whose middle article holds a 10,000-character token', async () => {
    const r = await api.gql(INGEST, { a: [
      { id: 'f-one', title: 'One', text: 'Jo Park said the bridge would reopen in May.' },
      { id: 'f-two', title: 'Two', text: `Lee Chan said ${'Q'.repeat(10_000)} was not a word.` },
      { id: 'f-three', title: 'Three', text: 'Ana Ruiz said the ferry would run all winter.' },
    ] });
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestArticles.ingested.map((a: { id: string }) => a.id)).toEqual(['f-one', 'f-two', 'f-three']);
  });

  it.each(['AND', 'OR', 'NOT', 'AND OR NOT', '*:*', '((', '\\', '"', 'a && b || !c', '/.*/'])('searches %j as text', async (text) => {
    const r = await api.gql('query($t: String!) { search(text: $t) { __typename } }', { t: text });
    expect(r.errors).toBeUndefined();
    expect(Array.isArray(r.data.search)).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"query": ', 400],
    ['a raw control character', '{"query": "{ actors { id } }\u0001"}', 400],
    ['a 10 MB body', JSON.stringify({ query: `{ actors(first: 1) { id } } #${'x'.repeat(10_000_000)}` }), 413],
  ])('answers %s with JSON and a code, no stack', async (_what, body, status) => {
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(text).not.toMatch(/\n\s+at |node_modules|\/work\//);
    expect(JSON.parse(text).errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
  });

  it.each([
    ['depth', `{ ${'actors { nodes { statements { nodes { speaker { '.repeat(4)} id ${'} } } } }'.repeat(4)} }`],
    ['aliases', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: actors(first: 1) { totalCount }`).join(' ')} }`],
    ['cyclic fragments', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['syntax', '{ actors(first: 1) { id '],
    ['token', `{ actors(first: 1) { ${'id '.repeat(2_500)} } }`],
    ['cost', `{ ${Array.from({ length: 12 }, (_, i) => `a${i}: statements(first: 500) { nodes { speaker { said(first: 500) { nodes { id } } } } }`).join(' ')} }`],
  ])('answers a query over the %s limit with 400 and its code', async (_what, query) => {
    const res = await post(JSON.stringify({ query }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toMatch(/^[A-Z_]+$/);
    expect(JSON.stringify(body)).not.toMatch(/node_modules/);
  });

  it('refuses a body over the limit sent without a declared length (chunked)', async () => {
    const big = JSON.stringify({ query: `{ actors(first: 1) { id } } #${'x'.repeat(3_000_000)}` });
    const res = await new Promise<{ status: number; json: any }>((resolve, reject) => {
      const req = request(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (r) => {
        let data = '';
        r.on('data', (c) => (data += c));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, json: JSON.parse(data) }));
      });
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 65_536) req.write(big.slice(i, i + 65_536));
      req.end();
    });
    expect(res.status).toBe(413);
    expect(res.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers a JSON body that is not an object with 400', async () => {
    const res = await post('"{ actors { id } }"');
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  // A plain JSON POST skips Express (src/server/graphql-post.ts); the rest still goes through it.
  it.each([
    ['plain JSON', {}, (b: string) => b],
    ['JSON with charset=utf-8', { 'content-type': 'application/json; charset=utf-8' }, (b: string) => b],
    ['a gzip body', { 'content-encoding': 'gzip' }, (b: string) => gzipSync(b)],
  ])('answers a query sent as %s, with a request id', async (_what, headers, encode) => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'edge-test-1', ...headers },
      body: encode(JSON.stringify({ query: '{ article(id: "f-one") { id } }' })),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('edge-test-1');
    expect((await res.json()).data.article).toEqual({ id: 'f-one' });
  });

  it('refuses a foreign Host header on a loopback server, before any mutation runs', async () => {
    const res = await postWithHost(JSON.stringify({ query: 'mutation { deleteArticle(id: "f-one") }' }), 'rebind.evil.example');
    expect([403, 421]).toContain(res.status);
    expect(res.json.errors[0].extensions.code).toBe('HOST_NOT_ALLOWED');
    expect((await postWithHost(JSON.stringify({ query: '{ article(id: "f-one") { id } }' }), 'localhost:4000')).status).toBe(200);
    const still = await api.gql('{ article(id: "f-one") { id } }');
    expect(still.data.article).toEqual({ id: 'f-one' });
    expect(codes(still)).toEqual([]);
  });
});
