// Statement and Evidence fields: the actors and article around a statement come from the records
// its page read alongside it (returned as they are, no promise per field), else through
// DataLoaders; evidence was resolved to text at ingest and is returned as stored (loaded by id
// when the page that read the statement left it out).

import type { StatementRecord } from '../../store/records.js';
import type { Loaders } from '../loaders.js';
import type { StatementResolvers } from '../generated/resolvers-types.js';
import { must } from './actor.js';

/** The actor with this id: from the statement's own page when it was read there, else loaded. */
const actorNear = (s: StatementRecord, id: string | null, loaders: Loaders) => {
  if (!id) return null;
  for (const a of s.related?.actors ?? []) if (a.id === id) return a;
  return loaders.actor.load(id);
};

export const Statement: StatementResolvers = {
  speaker: (s, _, { loaders }) => actorNear(s, s.speakerId, loaders),
  target: (s, _, { loaders }) => actorNear(s, s.targetId, loaders),
  reportedBy: (s, _, { loaders }) => actorNear(s, s.reportedById, loaders),
  about: async (s, _, { loaders }) => (await loaders.actor.loadMany(s.aboutIds)).filter((a) => a !== null && !(a instanceof Error)) as never,
  article: (s, _, { loaders }) => (s.related?.article?.id === s.articleId
    ? s.related.article
    : loaders.article.load(s.articleId).then((a) => must(a, 'statement article', s.articleId))),
  evidence: async (s, _, { loaders }) => s.evidence ?? must(await loaders.statement.load(s.id), 'statement', s.id).evidence!,
};
