// Centrality of actors: DEGREE (distinct partners), PAGERANK (weighted, directed: who is spoken to
// or about by well-connected actors) and BETWEENNESS (who bridges groups), each as a Map.

import { betweenness, degreeCentrality, pagerank } from './cjs.js';
import type { ActorGraph } from './actor-graph.js';
import { simpleProjection } from './projection.js';
import { topSubgraph } from './top-subgraph.js';

export const CENTRALITY_METRICS = ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export const DEFAULTS = Object.freeze({
  alpha: 0.85,
  maxIterations: 100,
  tolerance: 1e-6,
  /** Betweenness costs O(nodes × edges); above this many actors it runs on the busiest ones only. */
  betweennessMaxNodes: 2000,
});

export interface CentralityOptions {
  metric: CentralityMetric;
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
  betweennessMaxNodes?: number;
}

const toMap = (record: Record<string, number>): Map<string, number> => new Map(Object.entries(record));

/**
 * Scores every actor by the chosen metric; an empty graph yields an empty Map. BETWEENNESS on a
 * graph above `betweennessMaxNodes` actors scores only the busiest ones (see DEFAULTS).
 */
export function centrality(graph: ActorGraph, options: CentralityOptions): Map<string, number> {
  if (graph.order === 0) return new Map();
  const settings = { ...DEFAULTS, ...options };
  switch (settings.metric) {
    case 'DEGREE':
      return toMap(degreeCentrality(simpleProjection(graph, { directed: false })));
    case 'PAGERANK':
      return toMap(pagerank(simpleProjection(graph, { directed: true }), {
        getEdgeWeight: 'weight',
        alpha: settings.alpha,
        maxIterations: settings.maxIterations,
        tolerance: settings.tolerance,
      }));
    case 'BETWEENNESS': {
      const scope = graph.order > settings.betweennessMaxNodes ? topSubgraph(graph, { maxNodes: settings.betweennessMaxNodes }) : graph;
      return toMap(betweenness(simpleProjection(scope, { directed: false }), { getEdgeWeight: null, normalized: true }));
    }
    default: {
      const unknown: never = settings.metric;
      throw new Error(`graph/centrality: unknown metric ${String(unknown)}`);
    }
  }
}
