// The store against a real Neo4j, with hand-built extractions: idempotent ingest, replace,
// cross-article merging with merge records, delete with orphan cleanup, reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Store } from '../../src/store/Store.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { secondExtraction, seedExtraction } from '../fixtures/second-article/extractions.js';

let driver: Driver;
let store: Store;

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  store = new Store(driver, { database: 'neo4j', timeoutMs: 30_000 });
  await store.ensureSchema();
  await store.ensureSchema();
});
afterAll(async () => driver?.close());

const actor = async (name: string) => (await store.findActors(name))[0];

describe('store ingest', () => {
  it('ingests an article once, then reports it unchanged by id and by content', async () => {
    expect((await store.ingest(seedExtraction())).status).toBe('ingested');
    const before = await store.counts();
    expect(before).toEqual({ articles: 1, actors: 16, statements: 10 });
    expect((await store.ingest(seedExtraction())).status).toBe('unchanged');
    const copy = await store.ingest(seedExtraction('syndicated-copy'));
    expect(copy).toMatchObject({ status: 'unchanged', articleId: 'white-house-russia-letter' });
    expect(await store.counts()).toEqual(before);
  });

  it('bumps the graph version on every write and never on an unchanged article', async () => {
    const v0 = (await store.graphVersion()).version;
    expect((await store.ingest(seedExtraction())).status).toBe('unchanged');
    expect((await store.graphVersion()).version).toBe(v0);
    const changed = seedExtraction();
    changed.statements = changed.statements.slice(0, 2);
    expect((await store.ingest(changed)).status).toBe('replaced');
    const v1 = await store.graphVersion();
    expect(v1.version).toBe(v0 + 1);
    expect(v1.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await store.ingest(seedExtraction())).status).toBe('replaced');
    expect((await store.graphVersion()).version).toBe(v0 + 2);
    expect(await store.deleteArticle('no-such-article')).toBe(false);
    expect((await store.graphVersion()).version).toBe(v0 + 2);
  });

  it('finds actors by canonical name or alias, case-insensitively', async () => {
    expect((await actor('moscow'))?.name).toBe('Russia');
    expect((await actor('President Joe Biden'))?.name).toBe('Joe Biden');
    expect(await store.findActors('Atlantis')).toEqual([]);
  });

  it('replaces a changed article: old statements go, new ones come', async () => {
    const changed = seedExtraction();
    changed.statements = changed.statements.slice(0, 3);
    expect((await store.ingest(changed)).status).toBe('replaced');
    expect((await store.counts()).statements).toBe(3);
    expect((await store.ingest(seedExtraction())).status).toBe('replaced');
    expect((await store.counts()).statements).toBe(10);
  });

  it('merges the second article\'s actors into the first\'s and records each merge', async () => {
    const out = await store.ingest(secondExtraction());
    expect(out.status).toBe('ingested');
    const byLocal = new Map(out.merges.map((m) => [m.localName, m]));
    expect(byLocal.get('President Biden')).toMatchObject({ actorId: 'person:joe-biden', reason: 'name-is-known-alias' });
    expect(byLocal.get('Moscow')).toMatchObject({ actorId: 'country:russia' });
    const biden = await actor('Biden');
    const said = (await store.statementsByActors([biden.id], 'said', null, { offset: 0, limit: 50 }))[0];
    expect(new Set(said.items.map((s) => s.articleId))).toEqual(new Set(['white-house-russia-letter', 'kremlin-rejects-biden-warning']));
    expect((await actor('Kremlin'))?.name).toBe('Russia');
    const merges = (await store.mergesOf(['country:russia']))[0];
    expect(merges.map((m) => [m.localName, m.articleId])).toContainEqual(['Moscow', 'kremlin-rejects-biden-warning']);
    expect((await store.counts()).actors).toBe(18);
  });

  it('deletes an article with its statements and the actors only it referred to', async () => {
    expect(await store.deleteArticle('kremlin-rejects-biden-warning')).toBe(true);
    expect(await store.findActors('Dmytro Kuleba')).toEqual([]);
    expect(await store.findActors('Reuters')).toEqual([]);
    expect((await actor('Joe Biden'))?.id).toBe('person:joe-biden');
    expect(await store.counts()).toEqual({ articles: 1, actors: 16, statements: 10 });
    expect((await store.merges(null, { offset: 0, limit: 10 })).totalCount).toBe(0);
    expect(await store.deleteArticle('kremlin-rejects-biden-warning')).toBe(false);
  });
});

describe('store reads', () => {
  it('filters statements by speaker, kind and text, with pages and totals', async () => {
    const [biden] = await store.findActors('Biden');
    const page = await store.statements({ speakerIds: [biden.id] }, 'ARTICLE_ORDER', { offset: 0, limit: 2 });
    expect(page.totalCount).toBe(4);
    expect(page.items.map((s) => s.cue)).toEqual(['expressed interest', 'warned']);
    const next = await store.statements({ speakerIds: [biden.id] }, 'ARTICLE_ORDER', { offset: 2, limit: 2 });
    expect(next.items.map((s) => s.cue)).toEqual(['argued', 'He said']);
    const acc = await store.statements({ kinds: ['ACCUSATION'], text: 'HYSTERIA' }, 'DATE_DESC', { offset: 0, limit: 10 });
    expect(acc.items.map((s) => s.speakerId)).toEqual(['person:vasily-nebensia']);
    expect(acc.items[0].evidence!.sentence.text).toMatch(/^Shortly before the start/);
  });

  it('searches full text and finds the shortest path', async () => {
    const hits = await store.search('hysteria', 5);
    expect(hits[0]).toMatchObject({ kind: 'Statement', id: 'white-house-russia-letter#s9' });
    const r = await store.pathByNames('Lavrov', 'Thomas-Greenfield', 8);
    expect(r.from?.id).toBe('person:sergei-lavrov');
    expect(r.path?.nodes[0].id).toBe('person:sergei-lavrov');
    expect(r.path?.nodes.at(-1)?.id).toBe('person:linda-thomas-greenfield');
    const onPath = new Set(r.path!.nodes.map((n) => n.id));
    for (const s of r.statements) expect(onPath.has(s.id)).toBe(true);
    expect(r.statements.length).toBe(r.path!.nodes.filter((n) => n.kind === 'Statement').length);
    expect((await store.pathByNames('Nobody Atall', 'Lavrov', 8)).from).toBeNull();
  });

  it('treats injection-shaped and Lucene-shaped input as plain data', async () => {
    expect(await store.findActors("x'}) MATCH (n) DETACH DELETE n //")).toEqual([]);
    expect(await store.search('hysteria" OR *:* AND (', 5)).toBeInstanceOf(Array);
    expect((await store.counts()).articles).toBe(1);
  });
});

describe('merging whatever the order', () => {
  it('gives the merged actor the fuller name when the short one came first', async () => {
    await clearDatabase(driver);
    await store.ingest(secondExtraction());
    expect((await actor('Biden'))?.name).toBe('President Biden');
    const out = await store.ingest(seedExtraction());
    expect(out.merges.find((m) => m.localName === 'Joe Biden')?.reason).toBe('alias-is-known-name');
    const biden = await actor('Biden');
    expect(biden).toMatchObject({ id: 'person:biden', name: 'Joe Biden' });
    expect(biden.aliases).toEqual(expect.arrayContaining(['President Biden', 'Biden']));
    expect(biden.aliases).not.toContain('Joe Biden');
  });
});
