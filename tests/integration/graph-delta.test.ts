// Analytics refresh incrementally: after new, replaced and deleted articles, the copy patched
// with what changed since its version equals a fresh whole read of the store, and only the
// first refresh reads the whole graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Store } from '../../src/store/Store.js';
import { AnalyticsService } from '../../src/graph/AnalyticsService.js';
import type { GraphSnapshot } from '../../src/graph/snapshot.js';
import { extract } from '../../src/extract/index.js';
import { articleFromRecord } from '../../loaders/record.js';
import { synthCorpus } from '../../src/synth/index.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';

let driver: Driver;
let store: Store;

beforeAll(async () => {
  driver = openTestDriver();
  store = new Store(driver, { database: 'neo4j', timeoutMs: 30_000 });
  await store.ensureSchema();
  await clearDatabase(driver);
});
afterAll(async () => { await driver?.close(); });

const byKey = <T>(xs: T[], key: (x: T) => string): T[] => [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const normal = (s: GraphSnapshot) => ({
  actors: byKey(s.actors, (a) => a.id),
  statements: byKey(s.statements, (x) => x.id),
  relations: s.relations,
});

describe('incremental analytics refresh', () => {
  it('patches the copy with new, replaced and deleted articles to what a whole read gives', async () => {
    const records = [...synthCorpus(30, 11)];
    const xs = records.map((r, i) => extract(articleFromRecord(r, `synth #${i}`)));
    await store.ingestBatch(xs.slice(0, 20));
    let wholeReads = 0;
    const analytics = new AnalyticsService(async () => { wholeReads++; return store.graphSnapshot(); }, {
      version: () => store.graphVersion(),
      delta: (since, maxChanged) => store.graphDelta(since, maxChanged),
    });
    await analytics.refresh();
    expect(wholeReads).toBe(1);
    const before = analytics.snapshot.statements.length;

    await store.ingestBatch(xs.slice(20, 26));
    const changed = { ...records[2], text: `${records[2].text}\n\nThe minister later said the figures would be revised.` };
    expect((await store.ingest(extract(articleFromRecord(changed, 'changed #2')))).status).toBe('replaced');
    expect(await store.deleteArticle(xs[5].article.id)).toBe(true);
    await analytics.refresh();

    expect(wholeReads).toBe(1);
    expect(analytics.snapshot.statements.length).not.toBe(before);
    expect(analytics.snapshot.statements.some((s) => s.articleId === xs[5].article.id)).toBe(false);
    // Relations are compared in order: both reads sort them, as graph building follows it.
    expect(normal(analytics.snapshot)).toEqual(normal(await store.graphSnapshot()));
    expect(analytics.status().version).toBe((await store.graphVersion()).version);

    // A large change (more than a quarter of the articles, and more than 50) is not read as a
    // delta: the delta stops at its count, and the refresh reads the whole graph.
    const many = [...synthCorpus(60, 12)].map((r, i) => extract(articleFromRecord(r, `many #${i}`)));
    const since = (await store.graphVersion()).version;
    await store.ingestBatch(many);
    expect(await store.graphDelta(since, (stored) => Math.max(50, stored / 4))).toBeNull();
    expect((await store.graphDelta(since))?.changedArticles.length).toBe(60);
    await analytics.refresh();
    expect(wholeReads).toBe(2);
    expect(normal(analytics.snapshot)).toEqual(normal(await store.graphSnapshot()));
  }, 120_000);
});
