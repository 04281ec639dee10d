import { describe, expect, it } from 'vitest';
import { buildActorGraph, edgeKey } from '../../../src/graph/actor-graph.js';
import { kindCounts, rank, speakerCounts, targetCounts, topCounts } from '../../../src/graph/counts.js';
import { snapshot } from './fixture.js';

describe('buildActorGraph', () => {
  const graph = buildActorGraph(snapshot);

  it('makes one node per actor, the unmentioned one included', () => {
    expect(graph.order).toBe(8);
    expect(graph.getNodeAttribute('loner', 'name')).toBe('Nobody Mentioned');
  });

  it('folds repeated statements into one weighted edge per kind', () => {
    const key = edgeKey('ACCUSATION', 'biden', 'putin');
    expect(graph.getEdgeAttributes(key)).toEqual({ family: 'STATEMENT', kind: 'ACCUSATION', weight: 3 });
    expect(graph.hasEdge(edgeKey('PRAISE', 'biden', 'blinken'))).toBe(true);
  });

  it('adds relations as edges and skips ones naming unknown actors', () => {
    expect(graph.getEdgeAttribute(edgeKey('AFFILIATED_WITH', 'peskov', 'kremlin'), 'family')).toBe('RELATION');
    expect(graph.hasNode('nobody-known')).toBe(false);
    expect(graph.hasNode('ghost')).toBe(false);
  });

  it('is the same graph when built twice', () => {
    const again = buildActorGraph(snapshot);
    expect(again.export()).toEqual(graph.export());
  });
});

describe('counts', () => {
  const graph = buildActorGraph(snapshot);

  it('ranks speakers by statements made, ties by name', () => {
    const top = rank(speakerCounts(graph), 3, (id) => graph.getNodeAttribute(id, 'name'));
    expect(top).toEqual([{ id: 'biden', value: 5 }, { id: 'peskov', value: 2 }, { id: 'un', value: 2 }]);
  });

  it('filters by kind', () => {
    expect([...speakerCounts(graph, { kind: 'ACCUSATION' })]).toEqual([['biden', 3]]);
    expect(targetCounts(graph, { kind: 'WARNING' })).toEqual(new Map([['biden', 1], ['putin', 1]]));
  });

  it('counts targets including statements with no known speaker', () => {
    expect(targetCounts(graph).get('putin')).toBe(6);
  });

  it('breaks every statement down by kind in contract order', () => {
    expect([...kindCounts(graph)]).toEqual([
      ['CLAIM', 3], ['ACCUSATION', 3], ['CRITICISM', 2], ['PRAISE', 2], ['DENIAL', 1], ['WARNING', 2],
    ]);
  });
});

describe('rank', () => {
  it('gives the first places of a stable sort by value, then tie-break key, without sorting them all', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const values = new Map<string, number>();
    for (let i = 0; i < 2000; i++) values.set(`id${i}`, Math.floor(random() * 20));
    const names = (id: string) => `name${Number(id.slice(2)) % 97}`; // many equal names: ties past the key keep input order
    const sorted = [...values].map(([id, value]) => ({ id, value })).sort((a, b) => b.value - a.value || names(a.id).localeCompare(names(b.id)));
    for (const first of [0, 1, 10, 150, 2000, 5000]) expect(rank(values, first, names)).toEqual(sorted.slice(0, first));
  });
});

describe('topCounts', () => {
  it('ranks as rank(speakerCounts) and rank(targetCounts) do, of one kind or all', () => {
    const graph = buildActorGraph(snapshot);
    const name = (id: string) => graph.getNodeAttribute(id, 'name');
    for (const kind of [null, 'ACCUSATION', 'WARNING'] as const) {
      for (const first of [1, 3, 20]) {
        expect(topCounts(graph, 'spoken', kind, first, name)).toEqual(rank(speakerCounts(graph, { kind }), first, name));
        expect(topCounts(graph, 'targeted', kind, first, name)).toEqual(rank(targetCounts(graph, { kind }), first, name));
      }
    }
  });
});
