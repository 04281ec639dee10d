// Request-scoped DataLoaders: every field that loads something per parent batches its keys
// into one store query, so a list of N statements costs the same few queries as one.

import DataLoader from 'dataloader';
import type { Store } from '../store/Store.js';
import type {
  ActorRecord, ArticleRecord, MergeRecordRow, Page, RelationRecord, RoleRecord, StatementRecord, Window,
} from '../store/records.js';
import type { ActorRole, StatementFields } from '../store/statement-queries.js';

/** `actorId` is the parent's id (an actor's, or an article's for the article loaders). */
export interface PagedKey { actorId: string; window: Window; kinds: string[] | null; fields?: StatementFields }

const key = (k: PagedKey): string => JSON.stringify([k.actorId, k.window, k.kinds, k.fields ?? null]);

/** Groups keys that share everything but the actor, runs one query per group. */
function pagedLoader<T>(load: (ids: string[], k: PagedKey) => Promise<Page<T>[]>): DataLoader<PagedKey, Page<T>, string> {
  return new DataLoader<PagedKey, Page<T>, string>(async (keys) => {
    const groups = new Map<string, PagedKey[]>();
    for (const k of keys) {
      const g = JSON.stringify([k.window, k.kinds, k.fields ?? null]);
      groups.set(g, [...(groups.get(g) ?? []), k]);
    }
    const results = new Map<string, Page<T>>();
    for (const ks of groups.values()) {
      const ids = [...new Set(ks.map((k) => k.actorId))];
      const pages = await load(ids, ks[0]);
      ids.forEach((id, i) => results.set(key({ ...ks[0], actorId: id }), pages[i]));
    }
    return keys.map((k) => results.get(key(k))!);
  }, { cacheKeyFn: key });
}

/** Builds the loaders for one request. */
export function createLoaders(store: Store) {
  const statementsBy = (role: ActorRole) =>
    pagedLoader<StatementRecord>((ids, k) => store.statementsByActors(ids, role, k.kinds, k.window, k.fields));
  const loaders = {
    actor: new DataLoader<string, ActorRecord | null>((ids) => store.actorsByIds(ids)),
    article: new DataLoader<string, ArticleRecord | null>((ids) => store.articlesByIds(ids)),
    /** Article texts, for records read without one (statement pages leave it out). */
    articleText: new DataLoader<string, string | null>(async (ids) => (await store.articlesByIds(ids)).map((a) => a?.text ?? null)),
    statement: new DataLoader<string, StatementRecord | null>(async (ids) => {
      const found = await store.statementsByIds(ids);
      primeStatements(loaders, found.filter((x) => x !== null));
      return found;
    }),
    relations: new DataLoader<string, RelationRecord[]>((ids) => store.relationsOf(ids)),
    roles: new DataLoader<string, RoleRecord[]>((ids) => store.rolesOf(ids)),
    merges: new DataLoader<string, MergeRecordRow[]>((ids) => store.mergesOf(ids)),
    said: statementsBy('said'),
    targetedBy: statementsBy('targetedBy'),
    mentionedIn: statementsBy('mentionedIn'),
    relayed: statementsBy('relayed'),
    articlesOf: pagedLoader<ArticleRecord>((ids, k) => store.articlesByActors(ids, k.window)),
    articleStatements: pagedLoader<StatementRecord>((ids, k) => store.statementsByArticles(ids, k.window)),
    articleActors: pagedLoader<ActorRecord>((ids, k) => store.actorsByArticles(ids, k.window)),
  };
  return loaders;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Primes the actor and article loaders with the whole records a statement query read alongside
 * the statements, so another field naming the same actor or article resolves without a query.
 */
export function primeStatements(loaders: Pick<Loaders, 'actor' | 'article'>, statements: readonly StatementRecord[]): void {
  for (const s of statements) {
    const r = s.related;
    // A record read with only the properties one selection asked for must not answer another.
    if (!r?.whole) continue;
    for (const a of [r.speaker, r.target, r.reportedBy, ...(r.about ?? [])]) if (a) loaders.actor.prime(a.id, a);
    if (r.article) loaders.article.prime(r.article.id, r.article);
  }
}
