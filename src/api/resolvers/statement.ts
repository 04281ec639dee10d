// Statement and Evidence fields: the actors and article around a statement come from the records
// its page read alongside it, role by role (returned as they are, no promise per field), else through
// DataLoaders; evidence was resolved to text at ingest and is returned as stored (loaded by id
// when the page that read the statement left it out).

import type { StatementRecord } from '../../store/records.js';
import type { Loaders } from '../loaders.js';
import type { StatementResolvers } from '../generated/resolvers-types.js';
import { must } from './actor.js';

/** The statement as stored with every role, for a record whose page left one out. */
const whole = async (s: StatementRecord, loaders: Loaders): Promise<StatementRecord> => must(await loaders.statement.load(s.id), 'statement', s.id);

const load = (id: string | null | undefined, loaders: Loaders) => (id ? loaders.actor.load(id) : null);

type Role = 'speaker' | 'target' | 'reportedBy';
/**
 * The actor in a role: the record its page read for this role (with the properties this selection
 * asked for), else by id, else, when the page did not read the role, from the stored statement.
 */
const inRole = (s: StatementRecord, role: Role, loaders: Loaders) => {
  const read = s.related?.[role];
  if (read !== undefined) return read;
  const id = s[`${role}Id`];
  return id !== undefined ? load(id, loaders) : whole(s, loaders).then((w) => load(w[`${role}Id`], loaders));
};

export const Statement: StatementResolvers = {
  speaker: (s, _, { loaders }) => inRole(s, 'speaker', loaders),
  target: (s, _, { loaders }) => inRole(s, 'target', loaders),
  reportedBy: (s, _, { loaders }) => inRole(s, 'reportedBy', loaders),
  about: async (s, _, { loaders }) => {
    if (s.related?.about) return s.related.about;
    const ids = s.aboutIds ?? (await whole(s, loaders)).aboutIds ?? [];
    return (await loaders.actor.loadMany(ids)).filter((a) => a !== null && !(a instanceof Error)) as never;
  },
  article: (s, _, { loaders }) => (s.related?.article?.id === s.articleId
    ? s.related.article
    : loaders.article.load(s.articleId).then((a) => must(a, 'statement article', s.articleId))),
  evidence: (s, _, { loaders }) => s.evidence ?? whole(s, loaders).then((w) => w.evidence!),
};
