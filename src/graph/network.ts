// The drawable network: actors and weighted edges filtered by statement kind and minimum count,
// as plain lists for dashboards (GraphQL `network`) and the explorer page.

import type { StatementKind } from '../extract/types.js';
import { type ActorEdge, type ActorGraph, countOf } from './actor-graph.js';

export const DEFAULTS = Object.freeze({ minCount: 1 });

export interface NetworkOptions {
  /** Statement kinds to keep; null or empty keeps every kind and the relations too. */
  kinds?: StatementKind[] | null;
  /** Drop edges seen fewer times than this. */
  minCount?: number;
}

export interface NetworkNode {
  id: string;
  name: string;
  type: string;
  /** Statements made, of the selected kinds. */
  statements: number;
  /** Statements aimed at the actor, of the selected kinds. */
  targeted: number;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  kind: ActorEdge['kind'];
  family: ActorEdge['family'];
  count: number;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const sumKinds = (counts: Partial<Record<StatementKind, number>>, kinds: StatementKind[] | null): number =>
  kinds ? kinds.reduce((n, k) => n + (counts[k] ?? 0), 0) : countOf(counts);

/**
 * Selects the edges passing the filters and the actors they touch, plus actors who made
 * statements of the selected kinds; nodes sorted by statement count, edges by count.
 */
export function network(graph: ActorGraph, options: NetworkOptions = {}): Network {
  const kinds = options.kinds && options.kinds.length > 0 ? options.kinds : null;
  const minCount = options.minCount ?? DEFAULTS.minCount;
  const edges: NetworkEdge[] = [];
  const touched = new Set<string>();
  graph.forEachEdge((id, attrs, source, target) => {
    const kept = kinds ? attrs.family === 'STATEMENT' && kinds.includes(attrs.kind as StatementKind) : true;
    if (!kept || attrs.weight < minCount) return;
    edges.push({ id, source, target, kind: attrs.kind, family: attrs.family, count: attrs.weight });
    touched.add(source).add(target);
  });
  const nodes: NetworkNode[] = [];
  graph.forEachNode((id, attrs) => {
    const statements = sumKinds(attrs.spoken, kinds);
    if (statements === 0 && !touched.has(id)) return;
    nodes.push({ id, name: attrs.name, type: attrs.type, statements, targeted: sumKinds(attrs.targeted, kinds) });
  });
  nodes.sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
  edges.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return { nodes, edges };
}
