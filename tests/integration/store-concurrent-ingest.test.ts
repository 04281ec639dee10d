// Two writers (two Stores on two drivers, as two processes would be) ingesting the same
// articles at once give the graph of one clean run, with truthful ingested/unchanged counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Store } from '../../src/store/Store.js';
import type { Extraction } from '../../src/extract/types.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { secondExtraction, seedExtraction } from '../fixtures/second-article/extractions.js';

let drivers: Driver[];
let stores: Store[];

beforeAll(async () => {
  drivers = [openTestDriver(), openTestDriver()];
  stores = drivers.map((d) => new Store(d, { database: 'neo4j', timeoutMs: 30_000 }));
  await stores[0].ensureSchema();
});
afterAll(async () => { await Promise.all((drivers ?? []).map((d) => d.close())); });

/** Distinct articles sharing actors: copies of the two fixtures with a line appended. */
function articles(): Extraction[] {
  const out: Extraction[] = [];
  for (let i = 0; i < 3; i++) {
    for (const make of [seedExtraction, secondExtraction]) {
      const x = make(`${make.name}-${i}`);
      x.text = `${x.text}\n(edition ${i})`;
      x.article.url = x.article.url === null ? null : `${x.article.url}?edition=${i}`;
      out.push(x);
    }
  }
  return out;
}

/** Counts per label and relationship type, and the merge records' ids. */
async function fingerprint(driver: Driver): Promise<unknown> {
  const session = driver.session();
  try {
    const labels = await session.run('MATCH (n) WHERE NOT n:GraphMeta AND NOT n:Tombstone UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
    const rels = await session.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
    const merges = await session.run('MATCH (m:MergeRecord) RETURN m.id AS id ORDER BY id');
    return {
      labels: labels.records.map((r) => `${r.get('l')}=${r.get('c')}`),
      rels: rels.records.map((r) => `${r.get('t')}=${r.get('c')}`),
      merges: merges.records.map((r) => r.get('id')),
    };
  } finally {
    await session.close();
  }
}

const ingestAll = async (store: Store, xs: Extraction[]) => {
  const statuses: string[] = [];
  for (const x of xs) statuses.push((await store.ingest(x)).status);
  return statuses;
};

describe('concurrent ingest', () => {
  it('two writers over the same articles give one clean run and truthful statuses', async () => {
    const xs = articles();
    await clearDatabase(drivers[0]);
    expect(await ingestAll(stores[0], xs)).toEqual(xs.map(() => 'ingested'));
    const clean = await fingerprint(drivers[0]);
    expect((clean as { merges: string[] }).merges.length).toBeGreaterThan(0);

    await clearDatabase(drivers[0]);
    const [a, b] = await Promise.all([ingestAll(stores[0], articles()), ingestAll(stores[1], articles())]);
    const all = [...a, ...b];
    expect(all.filter((s) => s === 'ingested')).toHaveLength(xs.length);
    expect(all.filter((s) => s === 'unchanged')).toHaveLength(xs.length);
    for (let i = 0; i < xs.length; i++) expect([a[i], b[i]].sort()).toEqual(['ingested', 'unchanged']);
    expect(await fingerprint(drivers[0])).toEqual(clean);
  }, 240_000);
});
