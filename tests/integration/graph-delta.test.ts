// Analytics refresh incrementally: after new, replaced and deleted articles, the copy patched
// with what changed since its version equals a fresh whole read of the store, and only the
// first refresh reads the whole graph.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Store } from '../../src/store/Store.js';
import { pruneTombstones } from '../../src/store/graph-version.js';
import { AnalyticsService } from '../../src/graph/AnalyticsService.js';
import type { GraphSnapshot } from '../../src/graph/snapshot.js';
import { type ActorGraph, buildActorGraph } from '../../src/graph/actor-graph.js';
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

const shape = (g: ActorGraph) => ({
  attributes: g.getAttributes(),
  nodes: g.mapNodes((id, a) => ({ id, ...a })).sort((x, y) => x.id.localeCompare(y.id)),
  edges: g.mapEdges((key, a, source, target) => ({ key, source, target, ...a })).sort((x, y) => x.key.localeCompare(y.key)),
});

/** An analytics service over the store that counts its whole reads. */
function countingAnalytics(): { analytics: AnalyticsService; wholeReads: () => number } {
  let reads = 0;
  const analytics = new AnalyticsService(async () => { reads++; return store.graphSnapshot(); }, {
    version: () => store.graphVersion(),
    delta: (since, maxChanged) => store.graphDelta(since, maxChanged),
  });
  return { analytics, wholeReads: () => reads };
}

describe('incremental analytics refresh', () => {
  it('patches the copy with new, replaced and deleted articles to what a whole read gives', async () => {
    const records = [...synthCorpus(30, 11)];
    const xs = records.map((r, i) => extract(articleFromRecord(r, `synth #${i}`)));
    await store.ingestBatch(xs.slice(0, 20));
    const { analytics, wholeReads } = countingAnalytics();
    await analytics.refresh();
    expect(wholeReads()).toBe(1);
    const before = analytics.snapshot.statements.length;
    const builtGraph = analytics.graph; // built now, so the refresh below patches it in place

    await store.ingestBatch(xs.slice(20, 26));
    const changed = { ...records[2], text: `${records[2].text}\n\nThe minister later said the figures would be revised.` };
    expect((await store.ingest(extract(articleFromRecord(changed, 'changed #2')))).status).toBe('replaced');
    const actorsBefore = new Set((await store.graphSnapshot()).actors.map((a) => a.id));
    expect(await store.deleteArticle(xs[5].article.id)).toBe(true);
    const actorsAfter = new Set((await store.graphSnapshot()).actors.map((a) => a.id));
    const orphaned = [...actorsBefore].filter((id) => !actorsAfter.has(id));
    await analytics.refresh();

    expect(wholeReads()).toBe(1);
    expect(analytics.snapshot.statements.length).not.toBe(before);
    expect(analytics.snapshot.statements.some((s) => s.articleId === xs[5].article.id)).toBe(false);
    // The deletion left tombstones for the article and the actors only it named, which the delta read.
    expect(orphaned.length).toBeGreaterThan(0);
    expect(analytics.snapshot.actors.some((a) => orphaned.includes(a.id))).toBe(false);
    // Relations are compared in order: both reads sort them, as graph building follows it.
    const whole = await store.graphSnapshot();
    expect(whole.relations.length).toBeGreaterThan(0);
    expect(normal(analytics.snapshot)).toEqual(normal(whole));
    // The graph was patched, not rebuilt, and equals the graph built from a whole read.
    expect(analytics.graph).toBe(builtGraph);
    expect(shape(analytics.graph)).toEqual(shape(buildActorGraph(whole)));
    expect(analytics.status().version).toBe((await store.graphVersion()).version);

    // A large change (more than a quarter of the articles, and more than 50) is not read as a
    // delta: the delta stops at its count, and the refresh reads the whole graph.
    const many = [...synthCorpus(60, 12)].map((r, i) => extract(articleFromRecord(r, `many #${i}`)));
    const since = (await store.graphVersion()).version;
    await store.ingestBatch(many);
    expect(await store.graphDelta(since, (stored) => Math.max(50, stored / 4))).toBeNull();
    expect((await store.graphDelta(since))?.changedArticles.length).toBe(60);
    await analytics.refresh();
    expect(wholeReads()).toBe(2);
    expect(normal(analytics.snapshot)).toEqual(normal(await store.graphSnapshot()));
  }, 120_000);

  it('reads the whole graph when the deletion log does not reach back to the copy\'s version', async () => {
    const records = [...synthCorpus(6, 21)];
    const xs = records.map((r, i) => extract(articleFromRecord(r, `log #${i}`)));
    await store.ingestBatch(xs);
    const since = (await store.graphVersion()).version;
    expect(await store.graphDelta(since)).not.toBeNull();

    // A store last written before there were tombstones has no deletionLogFrom: its deletions cannot be listed.
    const session = driver.session();
    try {
      await session.run("MATCH (m:GraphMeta {id: 'graph'}) REMOVE m.deletionLogFrom");
      expect(await store.graphDelta(since)).toBeNull();
      // The next write starts the log at the version before it; copies from then on patch again.
      expect(await store.deleteArticle(xs[0].article.id)).toBe(true);
      expect(await store.graphDelta(since)).not.toBeNull();
      expect((await store.graphDelta(since))?.deletedArticles).toEqual([xs[0].article.id]);

      // Pruning the oldest tombstones moves the log's start up past them.
      const { records: pruned } = await session.run(pruneTombstones(0, 1_000_000).cypher, pruneTombstones(0, 1_000_000).params);
      expect(pruned.length).toBe(1);
      expect((await session.run('MATCH (t:Tombstone) RETURN count(t) AS n')).records[0].get('n').toNumber()).toBe(0);
      expect(await store.graphDelta(since)).toBeNull();
      expect(await store.graphDelta((await store.graphVersion()).version)).not.toBeNull();
    } finally {
      await session.close();
    }
  }, 60_000);

  it('reads the whole graph after the store was wiped, even when its version counted back up past the copy\'s', async () => {
    const records = [...synthCorpus(8, 31)];
    const xs = records.map((r, i) => extract(articleFromRecord(r, `wipe #${i}`)));
    await clearDatabase(driver);
    await store.ingestBatch(xs.slice(0, 2));
    const { analytics, wholeReads } = countingAnalytics();
    await analytics.refresh();
    const before = await store.graphVersion();
    expect(before.epoch).not.toBeNull();

    await clearDatabase(driver);
    for (const x of xs.slice(2)) await store.ingest(x);
    const after = await store.graphVersion();
    expect(after.version).toBeGreaterThan(before.version);
    expect(after.epoch).not.toBe(before.epoch);
    await analytics.ensureFresh();
    expect(wholeReads()).toBe(2);
    expect(normal(analytics.snapshot)).toEqual(normal(await store.graphSnapshot()));
    expect(analytics.snapshot.statements.some((s) => s.articleId === xs[0].article.id)).toBe(false);
  }, 60_000);
});
