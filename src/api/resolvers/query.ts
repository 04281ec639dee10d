// Root query fields: check arguments, call the store, map to connections. Nested fields
// resolve through the request's DataLoaders (see ./actor.ts, ./statement.ts), primed here with
// what the root query read alongside (look-ahead), so the common shapes cost one query.

import { WhosaidError } from '../../errors.js';
import { actorFilter, articleFilter, statementFilter } from '../filters.js';
import { connection, PAGE, windowOf } from '../pagination.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';
import { findPath } from './path.js';
import { primeStatements } from '../loaders.js';
import { childField, nodesSelect, selectedFields } from '../selection.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { PagedKey } from '../loaders.js';
import type { ActorRole } from '../../store/statement-queries.js';
import { statementKey } from './actor.js';

const nonEmpty = (name: string, v: string): string => {
  if (!v.trim()) throw new WhosaidError('BAD_INPUT', `${name}: must not be empty`);
  if (v.length > 500) throw new WhosaidError('BAD_INPUT', `${name}: longer than 500 characters`);
  return v;
};

const ROLES = ['said', 'targetedBy', 'mentionedIn', 'relayed'] as const;

/**
 * The first statement list selected (once) under `actor(name)`, with its loader key, so the
 * lookup and that page are one query. Null when none is, or its arguments are bad (the field
 * itself then reports them).
 */
function lookAhead(info: GraphQLResolveInfo): { role: ActorRole; key: PagedKey } | null {
  for (const role of ROLES) {
    const child = childField(info, role);
    if (!child) continue;
    try {
      return { role, key: statementKey('', child.args, child.view) };
    } catch {
      return null;
    }
  }
  return null;
}

export const Query: QueryResolvers = {
  actor: async (_, { name }, { services, loaders }, info) => {
    const n = nonEmpty('name', name);
    const ahead = lookAhead(info);
    if (!ahead) return (await services.store.findActors(n))[0] ?? null;
    const { role, key } = ahead;
    const found = await services.store.findActorWithStatements(n, role, key.kinds, key.window, key.fields);
    if (!found) return null;
    loaders.actor.prime(found.actor.id, found.actor);
    loaders[role].prime({ ...key, actorId: found.actor.id }, found.page);
    return found.actor;
  },

  actors: async (_, { where, orderBy, first, after }, { services }, info) =>
    connection(await services.store.actors(actorFilter(where), orderBy ?? 'ACTIVITY_DESC', windowOf(first, after, info))),

  statements: async (_, { where, orderBy, first, after }, { services, loaders }, info) => {
    const w = windowOf(first, after, info);
    const page = await services.store.statements(statementFilter(where), orderBy ?? 'DATE_DESC', w, selectedFields(info));
    primeStatements(loaders, page.items);
    return connection(page);
  },

  article: (_, { id }, { loaders }) => loaders.article.load(id),

  articles: async (_, { where, first, after }, { services, loaders }, info) => {
    const w = windowOf(first, after, info);
    const page = await services.store.articles(articleFilter(where), w);
    for (const a of page.items) loaders.article.prime(a.id, a);
    return connection(page);
  },

  search: async (_, { text, first }, { services, loaders }) => {
    const { limit } = windowOf(first, null);
    const hits = await services.store.search(nonEmpty('text', text), limit);
    return hits.map((h) => {
      switch (h.kind) {
        case 'Statement': primeStatements(loaders, [h.record]); loaders.statement.prime(h.id, h.record); return h.record;
        case 'Actor': loaders.actor.prime(h.id, h.record); return h.record;
        case 'Article': loaders.article.prime(h.id, h.record); return h.record;
        default: { const never: never = h; throw new Error(`search: unknown hit ${JSON.stringify(never)}`); }
      }
    });
  },

  path: async (_, { from, to, maxHops }, ctx) => {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > 10) throw new WhosaidError('BAD_INPUT', `maxHops: must be 1-10, got ${hops}`);
    return findPath(ctx, nonEmpty('from', from), nonEmpty('to', to), hops);
  },

  merges: async (_, { article, first, after }, { services, loaders }, info) => {
    const page = await services.store.merges(article ?? null, windowOf(first ?? PAGE.defaultSize, after, info),
      { actor: nodesSelect(info, 'actor'), article: nodesSelect(info, 'article') });
    for (const m of page.items) {
      if (m.related?.actor) loaders.actor.prime(m.related.actor.id, m.related.actor);
      if (m.related?.article) loaders.article.prime(m.related.article.id, m.related.article);
    }
    return connection(page);
  },
};
