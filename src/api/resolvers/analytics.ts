// Analytics fields: thin resolvers over the in-memory AnalyticsService. The root makes the graph
// current first; each field checks its arguments, asks the service, and loads the ranked actors
// in one batch through the request's DataLoader.

import { cacheControlFromInfo } from '@apollo/cache-control-types';
import { WhosaidError } from '../../errors.js';
import type { AnalyticsResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import type { ApiContext } from '../context.js';
import type { ActorRecord, StatementRecord } from '../../store/records.js';
import type { AnalyticsScope } from '../../graph/scope.js';
import { parseScope } from '../analytics-scope.js';

/** The parent of every Analytics field: the checked scope; the service lives in the context. */
export interface AnalyticsRoot {
  scope: AnalyticsScope;
}

export const ANALYTICS_LIMITS = Object.freeze({ defaultFirst: 10, maxFirst: 100, maxMinCount: 1_000_000 });

function firstOf(first: number | null | undefined): number {
  const n = first ?? ANALYTICS_LIMITS.defaultFirst;
  if (!Number.isInteger(n) || n < 0) throw new WhosaidError('BAD_INPUT', `analytics: first must be a non-negative integer, got ${first}`);
  if (n > ANALYTICS_LIMITS.maxFirst) throw new WhosaidError('LIMIT_EXCEEDED', `analytics: first=${n} is above ${ANALYTICS_LIMITS.maxFirst}; ask for fewer`);
  return n;
}

/** The actor as the in-memory graph knows it (no aliases): what a stale answer can still name. */
function graphActor(ctx: ApiContext, id: string): ActorRecord | Error {
  const graph = ctx.services.analytics.graph;
  if (!graph.hasNode(id)) return new Error(`analytics: actor ${id} is not in the graph`);
  const { name, type } = graph.getNodeAttributes(id);
  return { id, name, type, aliases: [] };
}

/**
 * The store's records of these actors, from the cache of the current graph version; those not
 * yet in it are loaded in one batch and kept until the graph changes. So an analytics answer that
 * was computed before costs no Cypher at all (issue 11: analytics p50 ≤ 20 ms once computed).
 */
async function actorRecords(ctx: ApiContext, ids: string[]): Promise<Array<ActorRecord | null>> {
  const cache = ctx.services.analytics.versionCache<ActorRecord>('actor records');
  const missing = [...new Set(ids.filter((id) => !cache.has(id)))];
  if (missing.length) {
    const loaded = await ctx.loaders.actor.loadMany(missing);
    loaded.forEach((a, i) => { if (a && !(a instanceof Error)) cache.set(missing[i], a); });
  }
  return ids.map((id) => cache.get(id) ?? null);
}

/**
 * Loads actors by id, keeping order and dropping any deleted since the last refresh.
 * When the store is unreachable (stale answers) the names come from the in-memory graph instead.
 */
async function withActors<T extends { id: string }>(ctx: ApiContext, items: T[]): Promise<Array<T & { actor: ActorRecord }>> {
  const ids = items.map((i) => i.id);
  const actors = ctx.services.analytics.status().stale ? ids.map((id) => graphActor(ctx, id)) : await actorRecords(ctx, ids);
  return items.flatMap((item, i) => {
    const actor = actors[i];
    return actor && !(actor instanceof Error) ? [{ ...item, actor }] : [];
  });
}

async function actorIdByName(ctx: ApiContext, name: string): Promise<string> {
  if (!name.trim() || name.length > 500) throw new WhosaidError('BAD_INPUT', 'analytics.timeline: actor must be a name of 1-500 characters');
  const [actor] = await ctx.services.store.findActors(name);
  if (!actor) throw new WhosaidError('NOT_FOUND', `analytics.timeline: no actor is named ${JSON.stringify(name)}; check the spelling or use an alias`);
  return actor.id;
}

export const analyticsQuery: Pick<QueryResolvers, 'analytics'> = {
  analytics: async (_, { where }, ctx, info) => {
    // Answered from the in-memory graph, which has its own version check: never response-cached
    // (with the response cache off there is no cache control to tell).
    if ('cacheControl' in info) cacheControlFromInfo(info).setCacheHint({ maxAge: 0 });
    const scope = parseScope(where, 'analytics.where');
    await ctx.services.analytics.ensureFresh();
    return { scope };
  },
};

export const Analytics: AnalyticsResolvers = {
  version: (_, __, ctx) => ctx.services.analytics.status().version,
  asOf: (_, __, ctx) => ctx.services.analytics.status().asOf,
  stale: (_, __, ctx) => ctx.services.analytics.status().stale,
  topSpeakers: async ({ scope }, { first, kind }, ctx) =>
    (await withActors(ctx, ctx.services.analytics.topSpeakers(firstOf(first), kind ?? null, scope))).map(({ actor, value }) => ({ actor, count: value })),
  mostTargeted: async ({ scope }, { first, kind }, ctx) =>
    (await withActors(ctx, ctx.services.analytics.mostTargeted(firstOf(first), kind ?? null, scope))).map(({ actor, value }) => ({ actor, count: value })),
  centrality: async ({ scope }, { metric, first }, ctx) =>
    (await withActors(ctx, ctx.services.analytics.centrality(metric, firstOf(first), scope))).map(({ actor, value }) => ({ actor, score: value })),
  communities: async ({ scope }, __, ctx) => {
    const lists = ctx.services.analytics.communities(scope);
    const members = await withActors(ctx, lists.flat().map((id) => ({ id })));
    const byId = new Map(members.map((m) => [m.id, m.actor]));
    return lists.map((ids, id) => ({ id, size: ids.length, members: ids.flatMap((x) => byId.get(x) ?? []) }));
  },
  kindBreakdown: ({ scope }, __, ctx) => ctx.services.analytics.kindBreakdown(scope),
  timeline: async ({ scope }, { interval, actor, byKind }, ctx) =>
    ctx.services.analytics.timeline(interval, actor ? await actorIdByName(ctx, actor) : null, scope, byKind ?? false),
  statementsOf: async ({ scope }, { actor, role, kind, first }, ctx) => {
    const { total, ids } = ctx.services.analytics.statementsOf(actor, role, kind ?? null, firstOf(first), scope);
    const found = await ctx.loaders.statement.loadMany(ids);
    return { totalCount: total, items: found.filter((s): s is StatementRecord => s !== null && !(s instanceof Error)) };
  },
  network: async ({ scope }, { kinds, minCount }, ctx) => {
    const min = minCount ?? 1;
    if (!Number.isInteger(min) || min < 1 || min > ANALYTICS_LIMITS.maxMinCount) {
      throw new WhosaidError('BAD_INPUT', `analytics.network: minCount must be an integer from 1 to ${ANALYTICS_LIMITS.maxMinCount}, got ${minCount}`);
    }
    const net = ctx.services.analytics.network({ kinds: kinds ?? null, minCount: min }, scope);
    const nodes = (await withActors(ctx, net.nodes)).map(({ actor, statements, targeted }) => ({ actor, statements, targeted }));
    return { nodes, edges: net.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, kind: e.kind, relation: e.family === 'RELATION', count: e.count })) };
  },
};
