// Fields of the small linking types: relations, merge records and the SearchHit union.

import type { MergeRecordResolvers, RelationResolvers, SearchHitResolvers } from '../generated/resolvers-types.js';
import { must } from './actor.js';

export const Relation: RelationResolvers = {
  from: async (r, _, { loaders }) => must(await loaders.actor.load(r.fromId), 'relation', r.fromId),
  to: async (r, _, { loaders }) => must(await loaders.actor.load(r.toId), 'relation', r.toId),
  article: async (r, _, { loaders }) => must(await loaders.article.load(r.articleId), 'relation', r.articleId),
};

export const MergeRecord: MergeRecordResolvers = {
  // The records its page read alongside it, as they are (no promise per field), else loaded.
  actor: (m, _, { loaders }) => m.related?.actor ?? loaders.actor.load(m.actorId).then((a) => must(a, 'merge record', m.actorId)),
  article: (m, _, { loaders }) => m.related?.article ?? loaders.article.load(m.articleId).then((a) => must(a, 'merge record', m.articleId)),
  localAliases: (m) => m.localAliases ?? [],
};

export const SearchHit: SearchHitResolvers = {
  __resolveType: (hit) => ('cue' in hit ? 'Statement' : 'aliases' in hit ? 'Actor' : 'Article'),
};
