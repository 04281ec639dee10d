// Article fields: its statements in reading order and the actors it mentions, batched per
// request so a list of articles costs one query per field; its text when it was read without it.

import { connection, windowOf } from '../pagination.js';
import type { ArticleResolvers } from '../generated/resolvers-types.js';
import { primeStatements } from '../loaders.js';
import { must } from './actor.js';

export const Article: ArticleResolvers = {
  text: async (a, _, { loaders }) => a.text ?? must(await loaders.articleText.load(a.id), 'article text', a.id),
  statements: async (a, { first, after }, { loaders }, info) => {
    const page = await loaders.articleStatements.load({ actorId: a.id, window: windowOf(first, after, info), kinds: null });
    primeStatements(loaders, page.items);
    return connection(page);
  },
  actors: async (a, { first, after }, { loaders }, info) =>
    connection(await loaders.articleActors.load({ actorId: a.id, window: windowOf(first, after, info), kinds: null })),
};
