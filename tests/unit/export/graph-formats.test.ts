import Graph, { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import graphmlModule from 'graphology-graphml';
import gexfModule from 'graphology-gexf';
import { toGexf } from '../../../src/export/gexf.js';
import { graphJsonChunks } from '../../../src/export/graph-json.js';
import { graphmlChunks } from '../../../src/export/graphml.js';
import { buildActorGraph } from '../../../src/graph/actor-graph.js';
import { snapshot } from '../graph/fixture.js';

const graph = buildActorGraph({
  ...snapshot,
  actors: [...snapshot.actors, { id: 'odd<&>', name: 'Tom & "Jerry" <Co>', type: 'GROUP' }],
});
const parseGraphml = graphmlModule.parse;
const parseGexf = gexfModule.parse;

describe('GraphML', () => {
  const text = [...graphmlChunks(graph)].join('');
  const back = parseGraphml(Graph as never, text);

  it('parses back with every actor, escaped names intact', () => {
    expect(back.order).toBe(graph.order);
    expect(back.getNodeAttribute('odd<&>', 'name')).toBe('Tom & "Jerry" <Co>');
    expect(back.getNodeAttribute('biden', 'statements')).toBe(5);
  });

  it('keeps every edge with its kind and weight', () => {
    expect(back.size).toBe(graph.size);
    expect(back.getEdgeAttributes('ACCUSATION:biden->putin')).toMatchObject({ kind: 'ACCUSATION', weight: 3 });
  });

  it('comes in many small chunks, not one buffer', () => {
    expect([...graphmlChunks(graph)].length).toBeGreaterThan(graph.order + graph.size);
  });
});

describe('GEXF', () => {
  it('parses back with labels, counts and weights', () => {
    const back = parseGexf(Graph as never, toGexf(graph));
    expect(back.order).toBe(graph.order);
    expect(back.getNodeAttribute('biden', 'label')).toBe('Joe Biden');
    expect(back.getNodeAttribute('biden', 'statements')).toBe(5);
    expect(back.getEdgeAttribute('ACCUSATION:biden->putin', 'weight')).toBe(3);
  });
});

describe('graph JSON', () => {
  it('imports back into graphology as the same graph', () => {
    const back = new MultiDirectedGraph();
    back.import(JSON.parse([...graphJsonChunks(graph)].join('')));
    expect(back.export()).toEqual(graph.export());
  });
});
