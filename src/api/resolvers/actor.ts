// Actor fields: every list goes through a request-scoped DataLoader, so asking for `said` on
// a hundred actors costs one query, not a hundred.

import type { GraphQLResolveInfo } from 'graphql';
import { connection, windowOf } from '../pagination.js';
import type { ActorResolvers, RoleResolvers } from '../generated/resolvers-types.js';
import { primeStatements, type Loaders, type PagedKey } from '../loaders.js';
import { selectedFields } from '../selection.js';
import type { Page, StatementRecord } from '../../store/records.js';

/** Loads one actor's statement page, primes the loaders with what it read, maps it to a connection. */
async function statementPage(loaders: Loaders, loader: Loaders['said'], key: PagedKey) {
  const page: Page<StatementRecord> = await loader.load(key);
  primeStatements(loaders, page.items);
  return connection(page);
}

/** Arguments of the statement-list fields of Actor (mentionedIn and relayed take no kind). */
interface StatementArgs { kind?: string | null; first?: number | null; after?: string | null }

/** The loader key of one actor's statement page: the same for the field and for look-ahead. */
export function statementKey(actorId: string, args: StatementArgs, view: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): PagedKey {
  return { actorId, window: windowOf(args.first, args.after, view), kinds: args.kind ? [args.kind] : null, fields: selectedFields(view) };
}

export const Actor: ActorResolvers = {
  aliases: (a) => a.aliases ?? [],
  roles: (a, _, { loaders }) => loaders.roles.load(a.id),
  said: async (a, args, { loaders }, info) => statementPage(loaders, loaders.said, statementKey(a.id, args, info)),
  targetedBy: async (a, args, { loaders }, info) => statementPage(loaders, loaders.targetedBy, statementKey(a.id, args, info)),
  mentionedIn: async (a, args, { loaders }, info) => statementPage(loaders, loaders.mentionedIn, statementKey(a.id, args, info)),
  relayed: async (a, args, { loaders }, info) => statementPage(loaders, loaders.relayed, statementKey(a.id, args, info)),
  relations: async (a, { type }, { loaders }) => (await loaders.relations.load(a.id)).filter((r) => !type || r.type === type),
  articles: async (a, { first, after }, { loaders }, info) =>
    connection(await loaders.articlesOf.load({ actorId: a.id, window: windowOf(first, after, info), kinds: null })),
  merges: (a, _, { loaders }) => loaders.merges.load(a.id),
};

export const Role: RoleResolvers = {
  of: (r, _, { loaders }) => (r.ofId ? loaders.actor.load(r.ofId) : null),
  support: (r) => r.articleIds.length,
  articles: async (r, _, { loaders }) => Promise.all(r.articleIds.map(async (id) => must(await loaders.article.load(id), 'role', id))),
  article: async (r, _, { loaders }) => must(await loaders.article.load(r.articleIds[0]), 'role', r.articleIds[0]),
};

/** A referenced node that must exist: its absence is a broken invariant, not bad input. */
export function must<T>(v: T | null, what: string, id: string): T {
  if (v === null) throw new Error(`${what}: referenced node ${id} is missing from the store`);
  return v;
}
