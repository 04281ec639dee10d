// Batched ingest gives the graph and the statuses of ingesting the same articles one by one,
// property for property: on synthetic news with a recurring cast, with a repeated article, a
// changed article and a syndicated copy inside one batch; re-ingested, every article is unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Store } from '../../src/store/Store.js';
import type { Extraction } from '../../src/extract/types.js';
import { extract } from '../../src/extract/index.js';
import { articleFromRecord } from '../../loaders/record.js';
import { synthCorpus } from '../../src/synth/index.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { graphFingerprint } from '../setup/fingerprint.js';

let driver: Driver;
let store: Store;

beforeAll(async () => {
  driver = openTestDriver();
  store = new Store(driver, { database: 'neo4j', timeoutMs: 30_000 });
  await store.ensureSchema();
});
afterAll(async () => { await driver?.close(); });

/** 40 synthetic articles, then a repeat, a changed article (same id) and a syndicated copy. */
function corpus(): Extraction[] {
  const records = [...synthCorpus(40, 5)];
  const xs = records.map((r, i) => extract(articleFromRecord(r, `synth #${i}`)));
  const changed = { ...records[5], text: `${records[5].text}\n\nThe minister later said the figures would be revised.` };
  const copy = { ...records[8], id: 'syndicated-copy', url: 'https://news.example/syndicated/copy' };
  xs.splice(10, 0, xs[3]);
  xs.splice(12, 0, extract(articleFromRecord(changed, 'changed #5')));
  xs.splice(15, 0, extract(articleFromRecord(copy, 'copy of #8')));
  return xs;
}

describe('batched ingest', () => {
  it('gives the graph and statuses of one-by-one ingest', async () => {
    const xs = corpus();
    await clearDatabase(driver);
    const one: string[] = [];
    for (const x of xs) one.push((await store.ingest(x)).status);
    expect(one.filter((s) => s === 'unchanged')).toHaveLength(2);
    expect(one).toContain('replaced');
    const clean = await graphFingerprint(driver);
    expect(clean.counts.MergeRecord).toBeGreaterThan(0);

    await clearDatabase(driver);
    const batched: string[] = [];
    for (let i = 0; i < xs.length; i += 7) batched.push(...(await store.ingestBatch(xs.slice(i, i + 7))).map((o) => o.status));
    expect(batched).toEqual(one);
    expect(await graphFingerprint(driver)).toEqual(clean);

    const again = await store.ingestBatch(xs.filter((_, i) => i !== 5)); // #5 was replaced by its changed version
    expect(again.map((o) => o.status)).toEqual(xs.slice(1).map(() => 'unchanged'));
    expect(await graphFingerprint(driver)).toEqual(clean);
  }, 600_000);
});
