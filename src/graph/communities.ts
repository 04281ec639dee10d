// Communities of actors by Louvain modularity on the undirected weighted projection.
// The random source is seeded, so the same graph always splits the same way.

import { louvain } from './cjs.js';
import type { ActorGraph } from './actor-graph.js';
import { simpleProjection } from './projection.js';
import { seededRandom } from './random.js';

export const DEFAULTS = Object.freeze({
  seed: 42,
  resolution: 1,
});

export interface CommunityOptions {
  seed?: number;
  resolution?: number;
}

/**
 * Maps each actor to a community id. Ids are renumbered by community size (largest is 0, ties by
 * smallest member id) so they do not depend on Louvain's internal order. Isolated actors form
 * their own single-member communities.
 */
export function communities(graph: ActorGraph, options: CommunityOptions = {}): Map<string, number> {
  const settings = { ...DEFAULTS, ...options };
  if (graph.order === 0) return new Map();
  const simple = simpleProjection(graph, { directed: false });
  const raw = simple.size === 0
    ? Object.fromEntries(simple.nodes().map((id, i) => [id, i]))
    : louvain(simple, { getEdgeWeight: 'weight', resolution: settings.resolution, rng: seededRandom(settings.seed) });
  const groups = new Map<number, string[]>();
  for (const [id, c] of Object.entries(raw)) {
    const members = groups.get(c) ?? [];
    members.push(id);
    groups.set(c, members);
  }
  const ordered = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
  const out = new Map<string, number>();
  ordered.forEach((members, i) => members.forEach((id) => out.set(id, i)));
  return out;
}
