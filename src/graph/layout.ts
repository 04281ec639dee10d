// Node positions for drawing: seeded random starting points, then ForceAtlas2 run a fixed number
// of iterations, once per graph version (the explorer never lays out in the browser).

import { forceAtlas2 } from './cjs.js';
import type { ActorGraph } from './actor-graph.js';
import { simpleProjection } from './projection.js';
import { seededRandom } from './random.js';

export const DEFAULTS = Object.freeze({
  seed: 7,
  iterations: 300,
  /** Strong gravity keeps small disconnected groups (common in news graphs) near the centre. */
  strongGravity: true,
  gravity: 1,
});

export interface LayoutOptions {
  seed?: number;
  iterations?: number;
  strongGravity?: boolean;
  gravity?: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Positions every actor; the same graph and seed always give the same positions. */
export function layout(graph: ActorGraph, options: LayoutOptions = {}): Map<string, Point> {
  const settings = { ...DEFAULTS, ...options };
  const simple = simpleProjection(graph, { directed: false });
  const random = seededRandom(settings.seed);
  const positioned = simple.copy();
  positioned.forEachNode((id) => {
    positioned.mergeNodeAttributes(id, { x: random() * 100 - 50, y: random() * 100 - 50 } as never);
  });
  if (positioned.order === 0) return new Map();
  const points = forceAtlas2(positioned, {
    iterations: settings.iterations,
    getEdgeWeight: 'weight',
    settings: {
      ...forceAtlas2.inferSettings(positioned),
      strongGravityMode: settings.strongGravity,
      gravity: settings.gravity,
      barnesHutOptimize: positioned.order > 500,
    },
  });
  return new Map(Object.entries(points));
}
