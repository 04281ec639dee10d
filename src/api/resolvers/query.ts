// Root query fields: check arguments, call the store, map to connections. Nested fields
// resolve through the request's DataLoaders (see ./actor.ts, ./statement.ts).

import { WhosaidError } from '../../errors.js';
import { actorFilter, articleFilter, statementFilter } from '../filters.js';
import { connection, PAGE, windowOf } from '../pagination.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { findPath } from './path.js';
import { primeStatements } from '../loaders.js';
import { nodesSelect } from '../selection.js';

const nonEmpty = (name: string, v: string): string => {
  if (!v.trim()) throw new WhosaidError('BAD_INPUT', `${name}: must not be empty`);
  if (v.length > 500) throw new WhosaidError('BAD_INPUT', `${name}: longer than 500 characters`);
  return v;
};

export const Query: QueryResolvers = {
  actor: async (_, { name }, { services }) => (await services.store.findActors(nonEmpty('name', name)))[0] ?? null,

  actors: async (_, { where, orderBy, first, after }, { services }) =>
    connection(await services.store.actors(actorFilter(where), orderBy ?? 'ACTIVITY_DESC', windowOf(first, after))),

  statements: async (_, { where, orderBy, first, after }, { services, loaders }, info) => {
    const w = windowOf(first, after);
    const page = await services.store.statements(await statementFilter(services.store, where), orderBy ?? 'DATE_DESC', w, nodesSelect(info, 'article'));
    primeStatements(loaders, page.items);
    return connection(page);
  },

  article: (_, { id }, { loaders }) => loaders.article.load(id),

  articles: async (_, { where, first, after }, { services, loaders }) => {
    const w = windowOf(first, after);
    const page = await services.store.articles(await articleFilter(services.store, where), w);
    for (const a of page.items) loaders.article.prime(a.id, a);
    return connection(page);
  },

  search: async (_, { text, first }, { services, loaders }) => {
    const { limit } = windowOf(first, null);
    const hits = await services.store.search(nonEmpty('text', text), limit);
    const nodes = await Promise.all(hits.map((h) => {
      switch (h.kind) {
        case 'Statement': return loaders.statement.load(h.id);
        case 'Actor': return loaders.actor.load(h.id);
        case 'Article': return loaders.article.load(h.id);
        default: { const never: never = h; throw new Error(`search: unknown hit ${JSON.stringify(never)}`); }
      }
    }));
    return nodes.filter((n) => n !== null);
  },

  path: async (_, { from, to, maxHops }, ctx) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > 10) throw new WhosaidError('BAD_INPUT', `maxHops: must be 1-10, got ${hops}`);
    return findPath(ctx, nonEmpty('from', from), nonEmpty('to', to), hops);
  },

  merges: async (_, { article, first, after }, { services }) =>
    connection(await services.store.merges(article ?? null, windowOf(first ?? PAGE.defaultSize, after))),
};
