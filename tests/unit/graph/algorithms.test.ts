import { describe, expect, it } from 'vitest';
import { buildActorGraph } from '../../../src/graph/actor-graph.js';
import { centrality } from '../../../src/graph/centrality.js';
import { communities } from '../../../src/graph/communities.js';
import { layout } from '../../../src/graph/layout.js';
import { network } from '../../../src/graph/network.js';
import { simpleProjection } from '../../../src/graph/projection.js';
import { seededRandom } from '../../../src/graph/random.js';
import { topSubgraph } from '../../../src/graph/top-subgraph.js';
import { snapshot } from './fixture.js';

const graph = buildActorGraph(snapshot);
const top = (m: Map<string, number>): string => [...m].sort((a, b) => b[1] - a[1])[0][0];

describe('simpleProjection', () => {
  it('sums parallel edges into one weighted edge per pair', () => {
    const simple = simpleProjection(graph, { directed: true });
    expect(simple.getEdgeAttribute(simple.edge('biden', 'putin'), 'weight')).toBe(3);
    const undirected = simpleProjection(graph, { directed: false });
    expect(undirected.getEdgeAttribute(undirected.edge('biden', 'putin'), 'weight')).toBe(3);
    expect(undirected.order).toBe(graph.order);
  });
});

describe('centrality', () => {
  it('scores every actor for each metric', () => {
    for (const metric of ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const) {
      const scores = centrality(graph, { metric });
      expect(scores.size).toBe(8);
      for (const v of scores.values()) expect(Number.isFinite(v)).toBe(true);
    }
  });

  it('puts the most connected actors on top', () => {
    expect(['biden', 'putin']).toContain(top(centrality(graph, { metric: 'DEGREE' })));
    const rank = centrality(graph, { metric: 'PAGERANK' });
    expect(rank.get('putin')).toBeGreaterThan(rank.get('biden')!);
    expect(rank.get('putin')).toBeGreaterThan(rank.get('loner')!);
    expect(centrality(graph, { metric: 'BETWEENNESS' }).get('loner')).toBe(0);
  });

  it('returns an empty map on an empty graph', () => {
    const empty = buildActorGraph({ actors: [], statements: [], relations: [] });
    expect(centrality(empty, { metric: 'PAGERANK' }).size).toBe(0);
  });
});

describe('communities', () => {
  it('assigns every actor, keeps the isolated one alone, and repeats for one seed', () => {
    const a = communities(graph);
    expect(a.size).toBe(8);
    const lonerCommunity = a.get('loner');
    expect([...a.values()].filter((c) => c === lonerCommunity)).toHaveLength(1);
    expect(a.get('peskov')).toBe(a.get('kremlin'));
    expect(communities(graph)).toEqual(a);
  });
});

describe('network', () => {
  it('filters by kind and minimum count', () => {
    const accusations = network(graph, { kinds: ['ACCUSATION'], minCount: 2 });
    expect(accusations.edges).toEqual([
      { id: 'ACCUSATION:biden->putin', source: 'biden', target: 'putin', kind: 'ACCUSATION', family: 'STATEMENT', count: 3 },
    ]);
    expect(accusations.nodes.map((n) => n.id)).toEqual(['biden', 'putin']);
    expect(network(graph, { kinds: ['ACCUSATION'], minCount: 4 }).edges).toEqual([]);
  });

  it('keeps relations when no kind is chosen and drops silent, unlinked actors', () => {
    const all = network(graph);
    expect(all.edges.some((e) => e.family === 'RELATION')).toBe(true);
    expect(all.nodes.map((n) => n.id)).not.toContain('loner');
    expect(all.nodes[0]).toMatchObject({ id: 'biden', statements: 5 });
  });
});

describe('layout and randomness', () => {
  it('gives the same positions for the same seed and different ones for another', () => {
    const a = layout(graph, { iterations: 50 });
    expect(layout(graph, { iterations: 50 })).toEqual(a);
    expect(layout(graph, { iterations: 50, seed: 99 })).not.toEqual(a);
    for (const p of a.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('draws numbers in [0,1) repeatably', () => {
    const r1 = seededRandom(1);
    const r2 = seededRandom(1);
    const xs = Array.from({ length: 100 }, () => r1());
    expect(Array.from({ length: 100 }, () => r2())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('topSubgraph', () => {
  it('keeps the busiest actors and only the edges among them', () => {
    const top = topSubgraph(graph, { maxNodes: 2 });
    expect(top.nodes().sort()).toEqual(['biden', 'putin']);
    expect(top.edges()).toEqual(['ACCUSATION:biden->putin']);
    expect(top.getNodeAttributes('biden')).toEqual(graph.getNodeAttributes('biden'));
  });

  it('leaves out actors with no statements and no edges', () => {
    expect(topSubgraph(graph, { maxNodes: 100 }).hasNode('loner')).toBe(false);
  });
});

describe('betweenness on a large graph', () => {
  it('scores only the busiest actors above the size limit', () => {
    const scores = centrality(graph, { metric: 'BETWEENNESS', betweennessMaxNodes: 3 });
    expect([...scores.keys()].sort()).toEqual(['biden', 'blinken', 'putin']);
  });
});
