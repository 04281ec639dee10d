// Centrality of actors: DEGREE (distinct partners), PAGERANK (weighted, directed: who is spoken to
// or about by well-connected actors) and BETWEENNESS (who bridges groups), each as a Map.

import { betweenness, degreeCentrality, pagerank } from './cjs.js';
import type { ActorGraph } from './actor-graph.js';
import { simpleProjection } from './projection.js';

export const CENTRALITY_METRICS = ['DEGREE', 'PAGERANK', 'BETWEENNESS'] as const;
export type CentralityMetric = (typeof CENTRALITY_METRICS)[number];

export const DEFAULTS = Object.freeze({
  alpha: 0.85,
  maxIterations: 100,
  tolerance: 1e-6,
});

export interface CentralityOptions {
  metric: CentralityMetric;
  alpha?: number;
  maxIterations?: number;
  tolerance?: number;
}

const toMap = (record: Record<string, number>): Map<string, number> => new Map(Object.entries(record));

/** Scores every actor by the chosen metric; an empty graph yields an empty Map. */
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
    case 'BETWEENNESS':
      return toMap(betweenness(simpleProjection(graph, { directed: false }), { getEdgeWeight: null, normalized: true }));
    default: {
      const unknown: never = settings.metric;
      throw new Error(`graph/centrality: unknown metric ${String(unknown)}`);
    }
  }
}
