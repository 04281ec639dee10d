// Simple (one edge per pair) projections of the multi-graph, for algorithms that need them:
// Louvain and betweenness read the undirected one, PageRank the directed one; weights are summed.

import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ActorEdge, ActorGraph } from './actor-graph.js';

export interface WeightedEdge {
  weight: number;
}

export type SimpleGraph = DirectedGraph<Record<string, never>, WeightedEdge> | UndirectedGraph<Record<string, never>, WeightedEdge>;

export interface ProjectionOptions {
  directed: boolean;
  /** Keep only edges this predicate accepts (e.g. statement edges of chosen kinds). */
  keep?: (attrs: ActorEdge) => boolean;
}

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Collapses parallel edges into one weighted edge per pair (summed first, added once); every actor
 * stays. Nodes go in by id and edges by their ends, whatever order the actor graph was built or
 * patched in, so Louvain, PageRank and the layout give the same answer for the same graph.
 */
export function simpleProjection(graph: ActorGraph, options: ProjectionOptions): SimpleGraph {
  const out: SimpleGraph = options.directed
    ? new DirectedGraph<Record<string, never>, WeightedEdge>()
    : new UndirectedGraph<Record<string, never>, WeightedEdge>();
  for (const id of graph.nodes().sort(byString)) out.addNode(id);
  const weights = new Map<string, Map<string, number>>();
  graph.forEachEdge((_key, attrs, source, target) => {
    if (options.keep && !options.keep(attrs)) return;
    const [a, b] = options.directed || source < target ? [source, target] : [target, source];
    const row = weights.get(a) ?? weights.set(a, new Map()).get(a)!;
    row.set(b, (row.get(b) ?? 0) + attrs.weight);
  });
  for (const a of [...weights.keys()].sort(byString)) {
    const row = weights.get(a)!;
    for (const b of [...row.keys()].sort(byString)) out.addEdge(a, b, { weight: row.get(b)! });
  }
  return out;
}
