// Article fields: its statements in reading order and the actors it mentions, batched per
// request so a list of articles costs one query per field.

import { connection, windowOf } from '../pagination.js';
import type { ArticleResolvers } from '../generated/resolvers-types.js';
import { primeStatements } from '../loaders.js';

export const Article: ArticleResolvers = {
  statements: async (a, { first, after }, { loaders }) => {
    const page = await loaders.articleStatements.load({ actorId: a.id, window: windowOf(first, after), kinds: null });
    primeStatements(loaders, page.items);
    return connection(page);
  },
  actors: async (a, { first, after }, { loaders }) =>
    connection(await loaders.articleActors.load({ actorId: a.id, window: windowOf(first, after), kinds: null })),
};
