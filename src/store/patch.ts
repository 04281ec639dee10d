// Extraction → GraphPatch: the rows one article writes, with global actor ids already
// resolved. Pure; the ingest step writes each row list with one batched UNWIND query.

import type { Extraction, RelationType, StatementKind } from '../extract/types.js';
import { statementEvidence } from './evidence.js';
import { actorKeys, hash } from './normalize.js';
import type { Resolution } from './resolve-actors.js';
import { WhosaidError } from '../errors.js';

export interface ArticleRow {
  id: string; url: string | null; title: string; text: string; source: string | null;
  publishedAt: string | null; contentHash: string; extractionHash: string;
}
/** `rename`: the stored canonical name is one of this article's aliases, so this name is fuller. */
export interface ActorRow { id: string; name: string; type: string; names: string[]; keys: string[]; rename: boolean }
export interface MentionRow { actorId: string; count: number; names: string[]; roles: string }
export interface StatementRow {
  id: string; content: string; cue: string; kind: StatementKind; direct: boolean; confidence: number;
  evidence: string; position: number; speakerId: string | null; targetId: string | null;
  reportedById: string | null; aboutIds: string[];
}
export interface RelationRow { sourceId: string; type: RelationType; targetId: string; role: string | null; evidence: string }
export interface MergeRow { id: string; actorId: string; localName: string; localAliases: string[]; actorName: string; reason: string; candidates: number }

export interface GraphPatch {
  article: ArticleRow;
  actors: ActorRow[];
  mentions: MentionRow[];
  statements: StatementRow[];
  relations: RelationRow[];
  merges: MergeRow[];
}

/** Hash of what the text says, independent of article id: same text, same hash. */
export const contentHash = (x: Extraction): string => hash(`${x.article.title}\n${x.text}`);

/** Hash of the extraction minus the article metadata and id: a better extractor re-ingests. */
export const extractionHash = (x: Extraction): string =>
  hash(JSON.stringify([x.actors, x.mentions, x.statements, x.relations]).split(x.article.id).join('\u0000'));

/** Builds the article's rows; throws BAD_INPUT when the extraction names an unknown actor. */
export function buildPatch(x: Extraction, res: Resolution): GraphPatch {
  const articleId = x.article.id;
  const gid = (local: string, where: string): string => {
    const id = res.ids.get(local);
    if (!id) throw new WhosaidError('BAD_INPUT', `store/ingest: ${where} names unknown actor ${local} in article ${articleId}; was the actor dropped by the cleaner?`);
    return id;
  };
  const opt = (local: string | null, where: string): string | null => (local === null ? null : gid(local, where));

  const renames = new Set(res.merges.filter((m) => m.reason === 'alias-is-known-name').map((m) => m.localId));
  const actors = new Map<string, ActorRow>();
  const mentions = new Map<string, { count: number; names: Set<string>; roles: { title: string; of: string | null }[] }>();
  for (const a of x.actors) {
    const id = gid(a.id, `actor ${a.id}`);
    const row = actors.get(id) ?? { id, name: a.name, type: a.type, names: [], keys: [], rename: false };
    if (renames.has(a.id)) Object.assign(row, { name: a.name, rename: true });
    row.names = [...new Set([...row.names, a.name, ...a.aliases])];
    row.keys = [...new Set([...row.keys, ...actorKeys(a.type, a.name, a.aliases)])];
    actors.set(id, row);
    const m = mentions.get(id) ?? { count: 0, names: new Set<string>(), roles: [] };
    m.names.add(a.name);
    a.aliases.forEach((n) => m.names.add(n));
    m.roles.push(...a.roles.map((r) => ({ title: r.title, of: opt(r.of, `role of actor ${a.id}`) })));
    mentions.set(id, m);
  }
  for (const m of x.mentions) {
    const id = gid(m.actorId, `mention at ${m.start}`);
    mentions.get(id)!.count++;
    mentions.get(id)!.names.add(x.text.slice(m.start, m.end));
  }

  const statements = x.statements.map((s, position): StatementRow => ({
    id: `${articleId}#${s.id}`,
    content: s.content, cue: s.cue, kind: s.kind, direct: s.direct, confidence: s.confidence,
    evidence: JSON.stringify(statementEvidence(x.text, s.evidence)),
    position,
    speakerId: opt(s.speakerId, `statement ${s.id} speaker`),
    targetId: opt(s.targetId, `statement ${s.id} target`),
    reportedById: opt(s.reportedById, `statement ${s.id} reportedBy`),
    aboutIds: [...new Set(s.aboutIds.map((a) => gid(a, `statement ${s.id} about`)))],
  }));

  const relations = x.relations
    .map((r): RelationRow => ({
      sourceId: gid(r.sourceId, `relation ${r.type}`), type: r.type, targetId: gid(r.targetId, `relation ${r.type}`),
      role: r.role, evidence: JSON.stringify({ start: r.evidence[0], end: r.evidence[1], text: x.text.slice(r.evidence[0], r.evidence[1]) }),
    }))
    .filter((r) => r.sourceId !== r.targetId);

  return {
    article: {
      id: articleId, url: x.article.url, title: x.article.title, text: x.text, source: x.article.source,
      publishedAt: x.article.publishedAt, contentHash: contentHash(x), extractionHash: extractionHash(x),
    },
    actors: [...actors.values()],
    mentions: [...mentions].map(([actorId, m]) => ({ actorId, count: m.count, names: [...m.names], roles: JSON.stringify(m.roles) })),
    statements,
    relations,
    merges: res.merges.map((m) => ({
      id: `${articleId}#${m.localId}`, actorId: m.actorId, localName: m.localName, localAliases: m.localAliases,
      actorName: m.actorName, reason: m.reason, candidates: m.candidates,
    })),
  };
}
