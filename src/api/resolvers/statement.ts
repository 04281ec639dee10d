// Statement and Evidence fields: the actors and article around a statement come through
// DataLoaders; evidence was resolved to text at ingest and is returned as stored (loaded by id
// when the page that read the statement left it out).

import type { StatementResolvers } from '../generated/resolvers-types.js';
import { must } from './actor.js';

export const Statement: StatementResolvers = {
  speaker: (s, _, { loaders }) => (s.speakerId ? loaders.actor.load(s.speakerId) : null),
  target: (s, _, { loaders }) => (s.targetId ? loaders.actor.load(s.targetId) : null),
  reportedBy: (s, _, { loaders }) => (s.reportedById ? loaders.actor.load(s.reportedById) : null),
  about: async (s, _, { loaders }) => (await loaders.actor.loadMany(s.aboutIds)).filter((a) => a !== null && !(a instanceof Error)) as never,
  article: async (s, _, { loaders }) => must(await loaders.article.load(s.articleId), 'statement article', s.articleId),
  evidence: async (s, _, { loaders }) => s.evidence ?? must(await loaders.statement.load(s.id), 'statement', s.id).evidence!,
};
