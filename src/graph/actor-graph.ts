// The in-memory actor graph: actors as nodes, speaker → target edges per statement kind weighted
// by how often it happened (A accused B three times = one ACCUSATION edge of weight 3), plus relations.

import { MultiDirectedGraph } from 'graphology';
import type { ActorType, RelationType, StatementKind } from '../extract/types.js';
import type { GraphSnapshot, RelationFact, SnapshotPatch, StatementFact } from './snapshot.js';

export type KindCounts = Partial<Record<StatementKind, number>>;

export interface ActorNode {
  name: string;
  type: ActorType;
  /** Statements this actor made, per kind. */
  spoken: KindCounts;
  /** Statements aimed at this actor, per kind. */
  targeted: KindCounts;
}

export type EdgeFamily = 'STATEMENT' | 'RELATION';

export interface ActorEdge {
  family: EdgeFamily;
  kind: StatementKind | RelationType;
  weight: number;
}

export interface GraphAttributes {
  /** Every statement in the snapshot per kind, speaker known or not. */
  kinds: KindCounts;
}

export type ActorGraph = MultiDirectedGraph<ActorNode, ActorEdge, GraphAttributes>;

/** Stable edge key: one edge per (kind, source, target); the same snapshot twice gives the same keys. */
export const edgeKey = (kind: string, source: string, target: string): string => `${kind}:${source}->${target}`;

const bump = (counts: KindCounts, kind: StatementKind): void => {
  counts[kind] = (counts[kind] ?? 0) + 1;
};

function addWeighted(graph: ActorGraph, family: EdgeFamily, kind: ActorEdge['kind'], source: string, target: string): void {
  const key = edgeKey(kind, source, target);
  if (graph.hasEdge(key)) graph.updateEdgeAttribute(key, 'weight', (w) => (w ?? 0) + 1);
  else graph.addEdgeWithKey(key, source, target, { family, kind, weight: 1 });
}

/** Takes one away from a count, dropping the kind at zero (a built graph holds no zero counts). */
const unbump = (counts: KindCounts, kind: StatementKind): void => {
  const n = (counts[kind] ?? 0) - 1;
  if (n > 0) counts[kind] = n;
  else delete counts[kind];
};

function removeWeighted(graph: ActorGraph, kind: ActorEdge['kind'], source: string, target: string): void {
  const key = edgeKey(kind, source, target);
  if (!graph.hasEdge(key)) return;
  const w = graph.getEdgeAttribute(key, 'weight') - 1;
  if (w > 0) graph.setEdgeAttribute(key, 'weight', w);
  else graph.dropEdge(key);
}

/** Counts one statement into the graph (`sign` 1) or out of it (-1); actors the graph lacks are left out, as when building. */
function countStatement(graph: ActorGraph, s: StatementFact, sign: 1 | -1): void {
  const step = sign === 1 ? bump : unbump;
  step(graph.getAttribute('kinds'), s.kind);
  const speaker = s.speakerId !== null && graph.hasNode(s.speakerId) ? s.speakerId : null;
  const target = s.targetId !== null && graph.hasNode(s.targetId) ? s.targetId : null;
  if (speaker) step(graph.getNodeAttribute(speaker, 'spoken'), s.kind);
  if (target) step(graph.getNodeAttribute(target, 'targeted'), s.kind);
  if (speaker && target && speaker !== target) {
    if (sign === 1) addWeighted(graph, 'STATEMENT', s.kind, speaker, target);
    else removeWeighted(graph, s.kind, speaker, target);
  }
}

function countRelation(graph: ActorGraph, r: RelationFact, sign: 1 | -1): void {
  if (r.sourceId === r.targetId || !graph.hasNode(r.sourceId) || !graph.hasNode(r.targetId)) return;
  if (sign === 1) addWeighted(graph, 'RELATION', r.type, r.sourceId, r.targetId);
  else removeWeighted(graph, r.type, r.sourceId, r.targetId);
}

/**
 * Patches, in place, a graph built from the old snapshot of `patch` into the graph of its new one:
 * the removed statements and relations are counted out, deleted actors dropped, new and renamed
 * actors set, and the added facts counted in. Nodes, edges, weights and counts then equal what
 * `buildActorGraph(patch.snapshot)` gives; only the order nodes and edges were inserted in differs,
 * which no answer depends on (projections sort, rankings break ties by name or id). Costs the
 * size of the change, not of the graph.
 */
export function patchActorGraph(graph: ActorGraph, patch: SnapshotPatch): void {
  for (const s of patch.removed.statements) countStatement(graph, s, -1);
  for (const r of patch.removed.relations) countRelation(graph, r, -1);
  for (const id of patch.removed.actors) if (graph.hasNode(id)) graph.dropNode(id);
  for (const a of patch.added.actors) {
    if (graph.hasNode(a.id)) graph.mergeNodeAttributes(a.id, { name: a.name, type: a.type });
    else graph.addNode(a.id, { name: a.name, type: a.type, spoken: {}, targeted: {} });
  }
  for (const s of patch.added.statements) countStatement(graph, s, 1);
  for (const r of patch.added.relations) countRelation(graph, r, 1);
}

/**
 * Builds the actor graph from a snapshot. Statements or relations naming an actor the snapshot
 * does not hold (deleted between pages) are left out of edges and counts rather than invented.
 */
export function buildActorGraph(snapshot: GraphSnapshot): ActorGraph {
  const graph: ActorGraph = new MultiDirectedGraph<ActorNode, ActorEdge, GraphAttributes>();
  graph.replaceAttributes({ kinds: {} });
  for (const actor of snapshot.actors) {
    graph.mergeNode(actor.id, { name: actor.name, type: actor.type, spoken: {}, targeted: {} });
  }
  for (const s of snapshot.statements) countStatement(graph, s, 1);
  for (const r of snapshot.relations) countRelation(graph, r, 1);
  return graph;
}

/** Total of a per-kind count, or the count of one kind when given. */
export function countOf(counts: KindCounts, kind?: StatementKind | null): number {
  if (kind) return counts[kind] ?? 0;
  let total = 0;
  // for…in, not Object.values: no array per call (topSpeakers counts every actor of the graph).
  for (const k in counts) total += counts[k as StatementKind] ?? 0;
  return total;
}
