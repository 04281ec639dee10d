// Article fields: its statements in reading order and the actors it mentions, batched per
// request so a list of articles costs one query per field.

import { connection, windowOf } from '../pagination.js';
import type { ArticleResolvers } from '../generated/resolvers-types.js';

export const Article: ArticleResolvers = {
  statements: async (a, { first, after }, { loaders }) =>
    connection(await loaders.articleStatements.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
  actors: async (a, { first, after }, { loaders }) =>
    connection(await loaders.articleActors.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
};
