// Fields of the small linking types: relations, merge records and the SearchHit union.

import type { MergeRecordResolvers, RelationResolvers, SearchHitResolvers } from '../generated/resolvers-types.js';
import { must } from './actor.js';

export const Relation: RelationResolvers = {
  from: async (r, _, { loaders }) => must(await loaders.actor.load(r.fromId), 'relation', r.fromId),
  to: async (r, _, { loaders }) => must(await loaders.actor.load(r.toId), 'relation', r.toId),
  article: async (r, _, { loaders }) => must(await loaders.article.load(r.articleId), 'relation', r.articleId),
};

export const MergeRecord: MergeRecordResolvers = {
  actor: async (m, _, { loaders }) => must(await loaders.actor.load(m.actorId), 'merge record', m.actorId),
  article: async (m, _, { loaders }) => must(await loaders.article.load(m.articleId), 'merge record', m.articleId),
  localAliases: (m) => m.localAliases ?? [],
};

export const SearchHit: SearchHitResolvers = {
  __resolveType: (hit) => ('cue' in hit ? 'Statement' : 'aliases' in hit ? 'Actor' : 'Article'),
};
