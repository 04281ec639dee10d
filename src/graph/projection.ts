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

/** Collapses parallel edges into one weighted edge per pair; every actor stays as a node. */
export function simpleProjection(graph: ActorGraph, options: ProjectionOptions): SimpleGraph {
  const out: SimpleGraph = options.directed
    ? new DirectedGraph<Record<string, never>, WeightedEdge>()
    : new UndirectedGraph<Record<string, never>, WeightedEdge>();
  graph.forEachNode((id) => out.addNode(id));
  graph.forEachEdge((_key, attrs, source, target) => {
    if (options.keep && !options.keep(attrs)) return;
    out.updateEdge(source, target, (e: Partial<WeightedEdge>) => ({ weight: (e.weight ?? 0) + attrs.weight }));
  });
  return out;
}
