// The busiest part of the actor graph: the actors with the most statements made or received and
// the edges among them, so the explorer stays readable (and its layout quick) on large graphs.

import { MultiDirectedGraph } from 'graphology';
import { type ActorEdge, type ActorGraph, type ActorNode, countOf, type GraphAttributes } from './actor-graph.js';

export const DEFAULTS = Object.freeze({ maxNodes: 300 });

export interface TopSubgraphOptions {
  maxNodes?: number;
}

/**
 * Keeps the `maxNodes` actors with the most statements made plus received (ties by id), with
 * every edge between two kept actors; actors with no statements and no edges are left out.
 */
export function topSubgraph(graph: ActorGraph, options: TopSubgraphOptions = {}): ActorGraph {
  const maxNodes = options.maxNodes ?? DEFAULTS.maxNodes;
  const activity = (id: string, a: ActorNode): number => countOf(a.spoken) + countOf(a.targeted) + (graph.degree(id) > 0 ? 0.5 : 0);
  const ranked = graph
    .mapNodes((id, a) => ({ id, score: activity(id, a) }))
    .filter((n) => n.score > 0)
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, maxNodes);
  const out: ActorGraph = new MultiDirectedGraph<ActorNode, ActorEdge, GraphAttributes>();
  out.replaceAttributes(graph.getAttributes());
  for (const { id } of ranked) out.addNode(id, graph.getNodeAttributes(id));
  graph.forEachEdge((key, attrs, source, target) => {
    if (out.hasNode(source) && out.hasNode(target)) out.addEdgeWithKey(key, source, target, attrs);
  });
  return out;
}
