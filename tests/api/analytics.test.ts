// The analytics GraphQL fields against the real Neo4j holding the seed article: the numbers a
// reader of that article would check (Biden speaks most, at least three accusations).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from './analytics-seed.js';

let seed: SeedServer;
beforeAll(async () => {
  seed = await startSeedServer();
});
afterAll(async () => {
  await seed?.close();
});

type Ranked = Array<{ actor: { name: string }; count: number }>;

describe('analytics over the seed article', () => {
  it('puts Joe Biden on top of topSpeakers with at least 4 statements', async () => {
    const { data, errors } = await seed.graphql<{ analytics: { topSpeakers: Ranked } }>('{ analytics { topSpeakers(first: 5) { actor { name } count } } }');
    expect(errors).toBeUndefined();
    const top = data!.analytics.topSpeakers;
    expect(top[0].actor.name).toBe('Joe Biden');
    expect(top[0].count).toBeGreaterThanOrEqual(4);
    expect(top.map((r) => r.count)).toEqual([...top.map((r) => r.count)].sort((a, b) => b - a));
  });

  it('counts at least 3 accusations in kindBreakdown, and every statement once', async () => {
    const { data } = await seed.graphql<{ analytics: { kindBreakdown: Array<{ kind: string; count: number }> } }>('{ analytics { kindBreakdown { kind count } } }');
    const kinds = new Map(data!.analytics.kindBreakdown.map((k) => [k.kind, k.count]));
    expect(kinds.get('ACCUSATION')).toBeGreaterThanOrEqual(3);
    const { statements } = await seed.deps.store.counts();
    expect([...kinds.values()].reduce((a, b) => a + b, 0)).toBe(statements);
  });

  it('filters topSpeakers by kind and ranks the most targeted', async () => {
    const { data } = await seed.graphql<{ analytics: { accusers: Ranked; targets: Ranked } }>(
      '{ analytics { accusers: topSpeakers(kind: ACCUSATION) { actor { name } count } targets: mostTargeted(first: 3) { actor { name } count } } }');
    expect(data!.analytics.accusers.length).toBeGreaterThan(0);
    expect(data!.analytics.accusers.reduce((n, r) => n + r.count, 0)).toBeLessThanOrEqual(3 + 10);
    expect(data!.analytics.targets[0].actor.name).toBe('Russia');
  });

  it('scores centrality for each metric with finite scores, highest first', async () => {
    for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS']) {
      const { data, errors } = await seed.graphql<{ analytics: { centrality: Array<{ actor: { id: string }; score: number }> } }>(
        'query($m: CentralityMetric!) { analytics { centrality(metric: $m, first: 5) { actor { id } score } } }', { m: metric });
      expect(errors).toBeUndefined();
      const scores = data!.analytics.centrality.map((r) => r.score);
      expect(scores.length).toBe(5);
      expect(scores.every(Number.isFinite)).toBe(true);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('splits actors into communities whose members add up to every actor', async () => {
    const { data } = await seed.graphql<{ analytics: { communities: Array<{ id: number; size: number; members: Array<{ name: string }> }> } }>(
      '{ analytics { communities { id size members { name } } } }');
    const communities = data!.analytics.communities;
    expect(communities.length).toBeGreaterThan(1);
    expect(communities[0].size).toBeGreaterThanOrEqual(communities[communities.length - 1].size);
    for (const c of communities) expect(c.members).toHaveLength(c.size);
    const { actors } = await seed.deps.store.counts();
    expect(communities.reduce((n, c) => n + c.size, 0)).toBe(actors);
    const biden = communities.find((c) => c.members.some((m) => m.name === 'Joe Biden'));
    expect(biden!.size).toBeGreaterThan(1);
  });

  it('buckets statements by the article date, and by one actor', async () => {
    const { data } = await seed.graphql<{ analytics: { all: Array<{ start: string; count: number }>; biden: Array<{ start: string; count: number }> } }>(
      '{ analytics { all: timeline(interval: MONTH) { start count } biden: timeline(interval: WEEK, actor: "Biden") { start count } } }');
    const { statements } = await seed.deps.store.counts();
    expect(data!.analytics.all).toEqual([{ start: '2022-02-01', count: statements }]);
    expect(data!.analytics.biden).toEqual([{ start: '2022-01-31', count: expect.any(Number) }]);
    expect(data!.analytics.biden[0].count).toBeGreaterThanOrEqual(4);
  });

  it('returns a drawable network whose edges join listed nodes', async () => {
    const { data } = await seed.graphql<{ analytics: { network: { nodes: Array<{ actor: { id: string } }>; edges: Array<{ source: string; target: string; kind: string; count: number }> } } }>(
      '{ analytics { network(kinds: [ACCUSATION, REJECTION]) { nodes { actor { id } statements } edges { source target kind relation count } } } }');
    const { nodes, edges } = data!.analytics.network;
    const ids = new Set(nodes.map((n) => n.actor.id));
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(['ACCUSATION', 'REJECTION']).toContain(e.kind);
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }
  });

  it('rejects bad arguments with codes', async () => {
    const tooMany = await seed.graphql('{ analytics { topSpeakers(first: 101) { count } } }');
    expect(tooMany.errors?.[0].extensions?.code, JSON.stringify(tooMany.errors)).toBe('LIMIT_EXCEEDED');
    const unknown = await seed.graphql('{ analytics { timeline(interval: DAY, actor: "Nobody Atall") { count } } }');
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badMin = await seed.graphql('{ analytics { network(minCount: 0) { edges { id } } } }');
    expect(badMin.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refreshes after a delete through the pipeline (onGraphChanged)', async () => {
    const before = seed.deps.analytics.graph.order;
    expect(before).toBeGreaterThan(0);
    expect(await seed.deps.services.pipeline.deleteArticle(seed.articleId)).toBe(true);
    await seed.deps.analytics.refresh();
    const { data } = await seed.graphql<{ analytics: { topSpeakers: Ranked } }>('{ analytics { topSpeakers { count } } }');
    expect(data!.analytics.topSpeakers).toEqual([]);
  });
});
