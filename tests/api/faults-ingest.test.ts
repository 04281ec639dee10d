// One bad article in an ingestArticles batch (issue 12, item 1): it is one rejection with its
// reason, the others are stored, and the result lists exactly what was stored (ids, statuses)
// and what was rejected, also when Neo4j itself refuses an article's data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { RawArticle } from '../../src/extract/types.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { codes, startServer, type TestServer } from './server.js';

let api: TestServer;
const driver = openTestDriver();

/** The real extractor, except that an article titled "refused" carries a map as its title, which Neo4j cannot store. */
function extractor(article: RawArticle) {
  const x = extract(article);
  return article.title === 'refused' ? { ...x, article: { ...x.article, title: { not: 'a string' } as unknown as string } } : x;
}

async function count(label: string): Promise<number> {
  const r = await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`);
  return Number(r.records[0].get('n'));
}

beforeAll(async () => {
  await clearDatabase(driver);
  api = await startServer({ extractor });
});
afterAll(async () => {
  await api?.close();
  await driver.close();
});

const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) {
  ingested { id } unchanged rejected { input reason } stored { input id status statements actors } } }`;

const BATCH = [
  { id: 'b-one', title: 'One', text: 'Jo Park said the bridge would reopen in May.' },
  { id: 'b-empty', title: 'Empty', text: '   ' },
  { id: 'b-long', title: 'Long', text: `Lee Chan said ${'Q'.repeat(10_000)} was not a word.` },
  { id: 'b-refused', title: 'refused', text: 'Mia Holt said the pier was closed.' },
  { id: 'b-five', title: 'Five', text: 'Ana Ruiz said the ferry would run all winter.' },
];

describe('a batch with bad articles in the middle', () => {
  it('stores the good ones, rejects each bad one with its reason, and lists both', async () => {
    const r = await api.gql(INGEST, { a: BATCH });
    expect(codes(r)).toEqual([]);
    const out = r.data.ingestArticles;
    expect(out.stored.map((s: { input: number; id: string; status: string }) => [s.input, s.id, s.status])).toEqual([
      [0, 'b-one', 'INGESTED'], [2, 'b-long', 'INGESTED'], [4, 'b-five', 'INGESTED'],
    ]);
    expect(out.ingested.map((a: { id: string }) => a.id)).toEqual(['b-one', 'b-long', 'b-five']);
    expect(out.rejected.map((x: { input: number }) => x.input)).toEqual([1, 3]);
    expect(out.rejected[0].reason).toMatch(/text/i);
    expect(out.rejected[1].reason).toMatch(/Neo4j refused this article \(Neo\.ClientError\./);
    expect(out.stored[0].statements).toBeGreaterThan(0);
    expect(await count('Article')).toBe(3);
  });

  it('reports the same batch again as unchanged, and writes nothing', async () => {
    const before = await count('Statement');
    const r = await api.gql(INGEST, { a: BATCH });
    const out = r.data.ingestArticles;
    expect(out.stored.map((s: { status: string }) => s.status)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED']);
    expect(out.ingested).toEqual([]);
    expect(out.unchanged).toBe(3);
    expect(out.rejected.map((x: { input: number }) => x.input)).toEqual([1, 3]);
    expect(await count('Statement')).toBe(before);
  });
});
