// Actor fields: every list goes through a request-scoped DataLoader, so asking for `said` on
// a hundred actors costs one query, not a hundred.

import { connection, windowOf } from '../pagination.js';
import type { ActorResolvers, RoleResolvers } from '../generated/resolvers-types.js';

export const Actor: ActorResolvers = {
  aliases: (a) => a.aliases ?? [],
  roles: (a, _, { loaders }) => loaders.roles.load(a.id),
  said: async (a, { kind, first, after }, { loaders }) =>
    connection(await loaders.said.load({ actorId: a.id, window: windowOf(first, after), kinds: kind ? [kind] : null })),
  targetedBy: async (a, { kind, first, after }, { loaders }) =>
    connection(await loaders.targetedBy.load({ actorId: a.id, window: windowOf(first, after), kinds: kind ? [kind] : null })),
  mentionedIn: async (a, { first, after }, { loaders }) =>
    connection(await loaders.mentionedIn.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
  relayed: async (a, { first, after }, { loaders }) =>
    connection(await loaders.relayed.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
  relations: async (a, { type }, { loaders }) => (await loaders.relations.load(a.id)).filter((r) => !type || r.type === type),
  articles: async (a, { first, after }, { loaders }) =>
    connection(await loaders.articlesOf.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
  merges: (a, _, { loaders }) => loaders.merges.load(a.id),
};

export const Role: RoleResolvers = {
  of: (r, _, { loaders }) => (r.ofId ? loaders.actor.load(r.ofId) : null),
  article: async (r, _, { loaders }) => must(await loaders.article.load(r.articleId), 'role', r.articleId),
};

/** A referenced node that must exist: its absence is a broken invariant, not bad input. */
export function must<T>(v: T | null, what: string, id: string): T {
  if (v === null) throw new Error(`${what}: referenced node ${id} is missing from the store`);
  return v;
}
