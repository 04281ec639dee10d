// The network the explorer draws: the analytics network with layout positions, node sizes by
// statement count and colours per actor type and per edge kind (the legend's source too).

import { STATEMENT_KINDS, RELATION_TYPES } from '../extract/types.js';
import type { Network } from '../graph/network.js';
import type { Point } from '../graph/layout.js';

export const KIND_COLORS: Record<string, string> = {
  CLAIM: '#8c8c8c', ACCUSATION: '#d62728', CRITICISM: '#ff7f0e', PRAISE: '#2ca02c', DENIAL: '#9467bd',
  WARNING: '#e6b800', CONFIRMATION: '#17becf', REJECTION: '#8c564b', DEMAND: '#e377c2', PROMISE: '#1f77b4',
  REFUSAL: '#7f3f00', BELIEF: '#bcbd22', AFFILIATED_WITH: '#c7c7c7', PART_OF: '#a0a0a0', INTERACTS_WITH: '#6baed6',
};

export const TYPE_COLORS: Record<string, string> = {
  PERSON: '#3366cc', ORGANIZATION: '#dc3912', MEDIA: '#990099', COUNTRY: '#109618', GROUP: '#ff9900',
  PLACE: '#0099c6', ANONYMOUS: '#aaaaaa', OTHER: '#666666',
};

export interface ViewNode { id: string; label: string; type: string; statements: number; targeted: number; x: number; y: number; size: number; color: string }
export interface ViewEdge { id: string; source: string; target: string; kind: string; count: number; size: number; color: string }
export interface NetworkView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  legend: { kinds: Array<{ kind: string; color: string; count: number }>; types: Array<{ type: string; color: string }> };
}

/** Adds positions, sizes and colours; the legend lists only kinds present, in contract order. */
export function networkView(network: Network, positions: Map<string, Point>): NetworkView {
  const nodes = network.nodes.map((n) => {
    const p = positions.get(n.id) ?? { x: 0, y: 0 };
    return { id: n.id, label: n.name, type: n.type, statements: n.statements, targeted: n.targeted, x: p.x, y: p.y, size: 5 + 4 * Math.sqrt(n.statements), color: TYPE_COLORS[n.type] ?? '#666666' };
  });
  const edges = network.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind, count: e.count, size: 1.5 + 1.5 * Math.log2(e.count), color: KIND_COLORS[e.kind] ?? '#cccccc' }));
  const perKind = new Map<string, number>();
  for (const e of edges) perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + e.count);
  const order = [...STATEMENT_KINDS, ...RELATION_TYPES] as string[];
  const kinds = order.filter((k) => perKind.has(k)).map((kind) => ({ kind, color: KIND_COLORS[kind], count: perKind.get(kind)! }));
  const types = [...new Set(nodes.map((n) => n.type))].sort().map((type) => ({ type, color: TYPE_COLORS[type] ?? '#666666' }));
  return { nodes, edges, legend: { kinds, types } };
}
