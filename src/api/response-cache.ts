// Whole GraphQL answers kept per graph version (Apollo's response-cache plugin): the same query
// with the same variables against an unchanged graph answers from memory, without Cypher. The
// key holds the store's graph version and the time of its last bump (so a wiped and rebuilt store
// at the same count never matches), read at most once per `checkEveryMs` for all requests at once
// and afresh after this server's own writes. A write by another process shows within that
// interval; while the store does not answer, nothing is read from or written to the cache.
// Analytics answers are not kept here: they come from the in-memory graph, with its own check.

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { VersionCheck, type VersionSource } from '../graph/freshness.js';
import type { ApiContext } from './context.js';

export const RESPONSE_CACHE = Object.freeze({
  /** How stale an answer may be after another process wrote the graph. */
  checkEveryMs: 100,
  /** How long a request waits for the version before going to the store uncached: short, so a
   * store that stops answering costs a request little more than it would without the cache. */
  checkTimeoutMs: 300,
  /** Entries of an unchanged graph expire after this long (the LRU also bounds their memory). */
  maxAgeSeconds: 300,
});

/** The graph version as the cache sees it; invalidate() after this server's own writes. */
export function responseVersion(source: VersionSource, checkEveryMs: number = RESPONSE_CACHE.checkEveryMs): VersionCheck {
  return new VersionCheck(source, { checkEveryMs, checkTimeoutMs: RESPONSE_CACHE.checkTimeoutMs });
}

/** The cache-control and response-cache plugins, keyed by the version that `check` reads. */
export function responseCachePlugins(check: VersionCheck): ApolloServerPlugin<ApiContext>[] {
  const keyOf = new WeakMap<object, string | null>();
  const versionKey = async (ctx: { contextValue: ApiContext }): Promise<string | null> => {
    if (!keyOf.has(ctx.contextValue)) {
      const r = await check.check();
      keyOf.set(ctx.contextValue, r.ok ? `${r.version}@${r.updatedAt ?? ''}` : null);
    }
    return keyOf.get(ctx.contextValue) ?? null;
  };
  return [
    // No Cache-Control header: a browser or proxy cannot know when the graph changes.
    ApolloServerPluginCacheControl({ defaultMaxAge: RESPONSE_CACHE.maxAgeSeconds, calculateHttpHeaders: false }),
    responseCachePlugin<ApiContext>({
      extraCacheKeyData: versionKey,
      shouldReadFromCache: async (ctx) => (await versionKey(ctx)) !== null,
      shouldWriteToCache: async (ctx) => (await versionKey(ctx)) !== null,
    }),
  ];
}
