// GEXF for Gephi through graphology's own writer, with node sizes by statement count (positions
// only when given: Gephi lays out itself). The writer builds one string: see the README's limits.

import type { ActorGraph } from '../graph/actor-graph.js';
import { countOf } from '../graph/actor-graph.js';
import { gexf } from '../graph/cjs.js';
import type { Point } from '../graph/layout.js';

/** The whole graph as a GEXF 1.3 document; `positions` (optional) places the nodes. */
export function toGexf(graph: ActorGraph, positions: Map<string, Point> = new Map()): string {
  return gexf.write(graph, {
    version: '1.3',
    formatNode: (key, a) => {
      const statements = countOf(a.spoken);
      const point = positions.get(key);
      return {
        label: a.name,
        attributes: { type: a.type, statements, targeted: countOf(a.targeted) },
        viz: { size: 1 + Math.sqrt(statements), ...(point ? { x: point.x, y: point.y } : {}) },
      };
    },
    formatEdge: (_key, a) => ({
      label: a.kind,
      weight: a.weight,
      attributes: { family: a.family, kind: a.kind },
    }),
  });
}
