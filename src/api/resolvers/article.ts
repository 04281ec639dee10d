// Article fields: its statements in reading order and the actors it mentions.

import { connection, windowOf } from '../pagination.js';
import type { ArticleResolvers } from '../generated/resolvers-types.js';

export const Article: ArticleResolvers = {
  statements: async (a, { first, after }, { services }) =>
    connection(await services.store.statements({ articleIds: [a.id] }, 'ARTICLE_ORDER', windowOf(first, after))),
  actors: async (a, { first, after }, { services }) =>
    connection(await services.store.actors({ articleId: a.id }, 'MENTIONS_DESC', windowOf(first, after))),
};
