// Scoped analytics against the real Neo4j: for several scopes (dates, outlet, kinds, speaker
// types), top speakers, most targeted, the kind breakdown and the timeline agree with counts
// Cypher computes from the same stored statements; the CSV export takes the same scope.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

const ARTICLES = [
  { id: 'scope-1', source: 'Harbour Post', publishedAt: '2024-03-04T10:00:00Z', title: 'Ferry fares rise',
    text: 'Ferry fares rose again on Monday. "The council has betrayed every commuter on this island," said Mara Quill, who leads the passengers union. Tomas Reyhe, the harbour master, denied that fares were set by the council. "We warned the ministry a year ago," Quill said.' },
  { id: 'scope-2', source: 'Harbour Post', publishedAt: '2024-03-19T09:00:00Z', title: 'Union meets minister',
    text: 'The passengers union met the transport minister on Tuesday. "Prices will be frozen until the summer," promised Ilse Varga, the transport minister. Mara Quill criticised the ministry for acting too late. "This is a small step," Quill said.' },
  { id: 'scope-3', source: 'Valley Times', publishedAt: '2024-04-02T08:00:00Z', title: 'Council answers critics',
    text: 'The island council answered its critics on Wednesday. "Nobody has betrayed commuters," said Tomas Reyhe, the harbour master. Ilse Varga praised the harbour staff for their patience. The passengers union accused the council of hiding the real cost of the ferries.' },
  { id: 'scope-4', source: 'Valley Times', publishedAt: '2024-04-20T15:00:00Z', title: 'Strike warning',
    text: 'Dock workers warned of a strike on Saturday. "If the ferries stop, the island stops," warned Oren Baptiste, a dock workers leader. Mara Quill said the union supported the dock workers. Ilse Varga rejected the demand for a new contract.' },
];

const SCOPES = [
  {},
  { from: '2024-03-01', to: '2024-03-31' },
  { source: 'valley times' },
  { kinds: ['CLAIM', 'ACCUSATION', 'CRITICISM'] },
  { actorTypes: ['PERSON'] },
  { from: '2024-03-10', source: 'Harbour Post', actorTypes: ['PERSON', 'ORGANIZATION'] },
];

type Scope = { from?: string; to?: string; source?: string; kinds?: string[]; actorTypes?: string[] };

const ANALYTICS = `query($where: AnalyticsWhere) { analytics(where: $where) {
  topSpeakers(first: 100) { actor { id } count } mostTargeted(first: 100) { actor { id } count }
  kindBreakdown { kind count } timeline(interval: MONTH) { start count }
  byKind: timeline(interval: MONTH, byKind: true) { start kind count } } }`;

/** The same scope in Cypher, written independently of the analytics code. */
const SCOPED = `MATCH (s:Statement)-[:IN]->(art:Article)
  WHERE ($from IS NULL OR date(datetime(s.publishedAt)) >= date($from))
    AND ($to IS NULL OR date(datetime(s.publishedAt)) <= date($to))
    AND ($source IS NULL OR toLower(art.source) = toLower($source))
    AND ($kinds IS NULL OR s.kind IN $kinds)
  OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
  WITH s, sp WHERE $types IS NULL OR sp.type IN $types
  OPTIONAL MATCH (s)-[:TARGETS]->(t:Actor)`;

async function cypherCounts(driver: Driver, scope: Scope) {
  const params = { from: scope.from ?? null, to: scope.to ?? null, source: scope.source ?? null, kinds: scope.kinds ?? null, types: scope.actorTypes ?? null };
  const rows = async (ret: string) => (await driver.executeQuery(`${SCOPED} ${ret}`, params)).records.map((r) => r.toObject());
  const toMap = (rs: Record<string, any>[]): Record<string, number> => Object.fromEntries(rs.map((r) => [r.k, Number(r.n)]));
  return {
    speakers: toMap(await rows('WITH sp, count(DISTINCT s) AS n WHERE sp IS NOT NULL RETURN sp.id AS k, n')),
    targets: toMap(await rows('WITH t, count(DISTINCT s) AS n WHERE t IS NOT NULL RETURN t.id AS k, n')),
    kinds: toMap(await rows('RETURN s.kind AS k, count(DISTINCT s) AS n')),
    months: toMap(await rows('RETURN substring(s.publishedAt, 0, 7) + "-01" AS k, count(DISTINCT s) AS n')),
  };
}

let server: TestServer;
let driver: Driver;
beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  server = await startServer();
  const res = await server.gql('mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } rejected { reason } } }', { a: ARTICLES });
  expect(res.errors).toBeUndefined();
  expect(res.data.ingestArticles.ingested).toHaveLength(ARTICLES.length);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await driver?.close();
});

describe('analytics(where:) against Cypher on the same data', () => {
  it.each(SCOPES.map((s) => [JSON.stringify(s), s] as const))('agrees for scope %s', async (_name, scope) => {
    const res = await server.gql(ANALYTICS, { where: scope });
    expect(res.errors).toBeUndefined();
    const a = res.data.analytics;
    const c = await cypherCounts(driver, scope);
    expect(Object.keys(c.kinds).length).toBeGreaterThan(0);
    expect(Object.fromEntries(a.topSpeakers.map((r: any) => [r.actor.id, r.count]))).toEqual(c.speakers);
    expect(Object.fromEntries(a.mostTargeted.map((r: any) => [r.actor.id, r.count]))).toEqual(c.targets);
    expect(Object.fromEntries(a.kindBreakdown.map((r: any) => [r.kind, r.count]))).toEqual(c.kinds);
    expect(Object.fromEntries(a.timeline.map((r: any) => [r.start, r.count]))).toEqual(c.months);
    const stacked: Record<string, number> = {};
    for (const b of a.byKind) stacked[b.start] = (stacked[b.start] ?? 0) + b.count;
    expect(stacked).toEqual(c.months);
  });

  it('narrows: a one-outlet scope counts fewer statements than the whole graph', async () => {
    const total = (r: any) => r.data.analytics.kindBreakdown.reduce((n: number, k: any) => n + k.count, 0);
    const all = total(await server.gql(ANALYTICS, { where: {} }));
    const one = total(await server.gql(ANALYTICS, { where: { source: 'Valley Times' } }));
    expect(one).toBeGreaterThan(0);
    expect(one).toBeLessThan(all);
  });

  it('lists the statements behind a speaker count, inside the scope', async () => {
    const where = { source: 'Harbour Post' };
    const top = (await server.gql(ANALYTICS, { where })).data.analytics.topSpeakers[0];
    const res = await server.gql(`query($where: AnalyticsWhere, $id: ID!) { analytics(where: $where) {
      statementsOf(actor: $id, role: SPEAKER, first: 50) { totalCount items { speaker { id } article { source } evidence { sentence { text } } } } } }`, { where, id: top.actor.id });
    expect(res.errors).toBeUndefined();
    const behind = res.data.analytics.statementsOf;
    expect(behind.totalCount).toBe(top.count);
    expect(behind.items).toHaveLength(top.count);
    for (const s of behind.items) {
      expect(s.speaker.id).toBe(top.actor.id);
      expect(s.article.source).toBe('Harbour Post');
      expect(s.evidence.sentence.text.length).toBeGreaterThan(10);
    }
  });

  it('rejects a bad scope with BAD_USER_INPUT', async () => {
    const res = await server.gql(ANALYTICS, { where: { from: 'last week' } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('scopes the statements CSV with the same fields as query parameters', async () => {
    const csv = async (q: string) => (await (await fetch(`${server.url.replace(/\/graphql$/, '')}/export/statements.csv${q}`)).text()).trim().split('\r\n').length - 1;
    const c = await cypherCounts(driver, { source: 'Valley Times', kinds: ['CLAIM', 'ACCUSATION'] });
    const expected = Object.values(c.kinds).reduce((n, x) => n + x, 0);
    expect(await csv('?source=Valley%20Times&kinds=CLAIM,ACCUSATION')).toBe(expected);
    expect(await csv('')).toBeGreaterThan(expected);
    const bad = await fetch(`${server.url.replace(/\/graphql$/, '')}/export/statements.csv?kinds=GOSSIP`);
    expect(bad.status).toBe(400);
  });
});
