// The store: whosaid's one door to Neo4j. Wraps the executor with typed reads and writes;
// ingests run one at a time so two articles never race to create the same actor.

import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../extract/types.js';
import { Executor, type Row } from './executor.js';
import { ensureSchema } from './schema.js';
import { deleteArticle, ingestExtraction, ingestExtractions, type IngestOutcome } from './ingest.js';
import { lookupKeysOf } from './normalize.js';
import { aggregateRoles } from './roles.js';
import * as A from './actor-queries.js';
import * as R from './article-queries.js';
import * as S from './statement-queries.js';
import { luceneTerms, searchAll, shortestPathByNames } from './search-queries.js';
import { readGraphDelta, readGraphSnapshot, readStatementRows } from './graph-snapshot.js';
import { readGraphVersion, type GraphVersion } from './graph-version.js';
import type { GraphDelta, GraphSnapshot } from '../graph/snapshot.js';
import type { StatementRow } from '../export/tables.js';
import type {
  ActorFilter, ActorOrder, ActorRecord, ArticleFilter, ArticleRecord, MergeRecordRow, Page, PathRecord,
  RelationRecord, RoleRecord, SearchHitRecord, StatementFilter, StatementOrder, StatementRecord, Window,
} from './records.js';

export type { QueryEvent } from './executor.js';
export interface StoreOptions { database: string; timeoutMs: number; writeTimeoutMs?: number; writeRetryMs?: number; batchReads?: boolean | 'always'; onQuery?: (e: import('./executor.js').QueryEvent) => void }

/** A statement read with every role whole (STORED_FIELDS: search hits, path steps, id lookups). */
const statement = S.statementRecord(S.STORED_FIELDS);
const page = <T>(rows: Row[], w: Window, map: (r: Row) => T): Page<T> => {
  const read = (rows[0]?.items as Row[]) ?? [];
  if (w.count === false) {
    // Read one item more than the window (see pageOf) to tell whether a next page exists.
    return { items: read.slice(0, w.limit).map(map), totalCount: null, offset: w.offset, hasNext: read.length > w.limit };
  }
  const totalCount = Number(rows[0]?.totalCount ?? 0);
  const items = read.map(map);
  return { items, totalCount, offset: w.offset, hasNext: w.offset + items.length < totalCount };
};
const groupBy = <T>(ids: readonly string[], rows: Row[], map: (r: Row) => T): T[][] => {
  const m = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const r of rows) m.get(String(r.actorId))?.push(map(r));
  return ids.map((id) => m.get(id) ?? []);
};
/** The page of a parent the query found nothing for. */
const none = <T>(w: Window): Page<T> => ({ items: [], totalCount: w.count === false ? null : 0, offset: w.offset, hasNext: false });

export class Store {
  private readonly exec: Executor;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(driver: Driver, options: StoreOptions) {
    this.exec = new Executor(driver, options);
  }

  /** Creates constraints and indexes (idempotent); call once at start. */
  ensureSchema(): Promise<void> { return ensureSchema(this.exec); }

  /** Stores one extraction (see ingestExtraction); calls are serialised. */
  ingest(x: Extraction): Promise<IngestOutcome> {
    const run = this.queue.then(() => ingestExtraction(this.exec, x));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Stores several extractions in one transaction (see ingestExtractions); calls are serialised. */
  ingestBatch(xs: readonly Extraction[]): Promise<IngestOutcome[]> {
    const run = this.queue.then(() => ingestExtractions(this.exec, xs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Deletes an article and the actors only it referred to; false when it was not stored. */
  deleteArticle(id: string): Promise<boolean> {
    const run = this.queue.then(() => deleteArticle(this.exec, id));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Actors answering to a name or alias (case-insensitive), best match first. */
  async findActors(name: string): Promise<ActorRecord[]> {
    const rows = await this.exec.read(A.actorsByKeys(lookupKeysOf(name)), 'actor lookup');
    return rows.map((r) => r.actor as ActorRecord);
  }

  /** The best actor answering to a name and a page of its statements in one role, in one query; null when nobody answers. */
  async findActorWithStatements(name: string, role: S.ActorRole, kinds: string[] | null, w: Window, fields: S.StatementFields = S.STORED_FIELDS): Promise<{ actor: ActorRecord; page: Page<StatementRecord> } | null> {
    const [row] = await this.exec.read(S.actorWithStatements(lookupKeysOf(name), role, kinds, w, fields), `actor lookup with statements (${role})`);
    return row ? { actor: row.actor as ActorRecord, page: page([row], w, S.statementRecord(fields)) } : null;
  }

  async actorsByIds(ids: readonly string[]): Promise<(ActorRecord | null)[]> {
    const rows = await this.exec.read(A.actorsByIds([...ids]), 'actor load');
    const m = new Map(rows.map((r) => [(r.actor as ActorRecord).id, r.actor as ActorRecord]));
    return ids.map((id) => m.get(id) ?? null);
  }

  async actors(f: ActorFilter, order: ActorOrder, w: Window): Promise<Page<ActorRecord>> {
    return page(await this.exec.read(A.actorsPage(f, order, w), 'actor list'), w, (r) => r as unknown as ActorRecord);
  }

  /** A page of statements; `fields` says whether each one's article and evidence are read in the same query. */
  async statements(f: StatementFilter, order: StatementOrder, w: Window, fields: S.StatementFields = S.STORED_FIELDS): Promise<Page<StatementRecord>> {
    return page(await this.exec.read(S.statementsPage(f, order, w, fields), 'statement list'), w, S.statementRecord(fields));
  }

  async statementsByActors(ids: readonly string[], role: S.ActorRole, kinds: string[] | null, w: Window, fields: S.StatementFields = S.STORED_FIELDS): Promise<Page<StatementRecord>[]> {
    const rows = await this.exec.read(S.statementsByActors([...ids], role, kinds, w, fields), `statements (${role})`);
    const map = S.statementRecord(fields);
    const m = new Map(rows.map((r) => [String(r.actorId), page([r], w, map)]));
    return ids.map((id) => m.get(id) ?? none(w));
  }

  /** Per article, a page of its statements in reading order (one query for many articles). */
  async statementsByArticles(ids: readonly string[], w: Window): Promise<Page<StatementRecord>[]> {
    const rows = await this.exec.read(S.statementsByArticles([...ids], w), 'statements of articles');
    const m = new Map(rows.map((r) => [String(r.actorId), page([r], w, statement)]));
    return ids.map((id) => m.get(id) ?? none(w));
  }

  /** Per article, a page of the actors it mentions (one query for many articles). */
  async actorsByArticles(ids: readonly string[], w: Window): Promise<Page<ActorRecord>[]> {
    const rows = await this.exec.read(A.actorsByArticles([...ids], w), 'actors of articles');
    const m = new Map(rows.map((r) => [String(r.actorId), page([r], w, (x) => x as unknown as ActorRecord)]));
    return ids.map((id) => m.get(id) ?? none(w));
  }

  async statementsByIds(ids: readonly string[]): Promise<(StatementRecord | null)[]> {
    const rows = await this.exec.read(S.statementsByIds([...ids]), 'statement load');
    const m = new Map(rows.map((r) => statement(r.s)).map((s) => [s.id, s]));
    return ids.map((id) => m.get(id) ?? null);
  }

  async articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    const rows = await this.exec.read(R.articlesByIds([...ids]), 'article load');
    const m = new Map(rows.map((r) => [(r.article as ArticleRecord).id, r.article as ArticleRecord]));
    return ids.map((id) => m.get(id) ?? null);
  }

  async articles(f: ArticleFilter, w: Window): Promise<Page<ArticleRecord>> {
    return page(await this.exec.read(R.articlesPage(f, w), 'article list'), w, (r) => r as unknown as ArticleRecord);
  }

  async articlesByActors(ids: readonly string[], w: Window): Promise<Page<ArticleRecord>[]> {
    const rows = await this.exec.read(R.articlesByActors([...ids], w), 'articles of actors');
    const m = new Map(rows.map((r) => [String(r.actorId), page([r], w, (x) => x as unknown as ArticleRecord)]));
    return ids.map((id) => m.get(id) ?? none(w));
  }

  async relationsOf(ids: readonly string[]): Promise<RelationRecord[][]> {
    const rows = await this.exec.read(A.relationsOf([...ids]), 'actor relations');
    return groupBy(ids, rows, (r) => ({ ...(r as unknown as RelationRecord), evidence: r.evidence ? JSON.parse(String(r.evidence)) : null }));
  }

  async rolesOf(ids: readonly string[]): Promise<RoleRecord[][]> {
    const rows = await this.exec.read(A.rolesOf([...ids]), 'actor roles');
    return groupBy(ids, rows, (r) => (JSON.parse(String(r.roles ?? '[]')) as { title: string; of: string | null }[])
      .map((x) => ({ title: x.title, of: x.of, articleId: String(r.articleId) }))).map((l) => aggregateRoles(l.flat()));
  }

  async mergesOf(ids: readonly string[]): Promise<MergeRecordRow[][]> {
    return groupBy(ids, await this.exec.read(A.mergesOf([...ids]), 'merge records'), (r) => r.merge as MergeRecordRow);
  }

  /** A page of merge records; `fields` says whether each one's actor and article are read in the same query. */
  async merges(articleId: string | null, w: Window, fields?: A.MergeFields): Promise<Page<MergeRecordRow>> {
    return page(await this.exec.read(A.mergesPage(articleId, w, fields), 'merge records'), w, (r) => A.mergeRecordOf(r as unknown as unknown[]));
  }

  async search(text: string, limit: number): Promise<SearchHitRecord[]> {
    if (luceneTerms(text) === '') return [];
    const rows = await this.exec.read(searchAll(text, limit), 'search');
    return rows.map((r) => ({ ...r, record: r.kind === 'Statement' ? statement(r.record) : r.record }) as SearchHitRecord);
  }

  /**
   * The shortest path between the best actors two names answer to, with the records on it, in one
   * query; `from` / `to` null when nobody answers to that name, `path` null when nothing joins them.
   */
  async pathByNames(from: string, to: string, maxRelHops: number): Promise<{ from: ActorRecord | null; to: ActorRecord | null; path: PathRecord | null; actors: ActorRecord[]; statements: StatementRecord[] }> {
    const [row] = await this.exec.read(shortestPathByNames(lookupKeysOf(from), lookupKeysOf(to), maxRelHops), 'path by names');
    const a = (row?.from ?? null) as ActorRecord | null;
    const b = (row?.to ?? null) as ActorRecord | null;
    type Node = { kind: 'Actor' | 'Statement'; id: string; actor?: ActorRecord; statement?: Row };
    const nodes = (row?.nodes ?? null) as Node[] | null;
    const actors = [a, b].filter((x): x is ActorRecord => x !== null);
    const statements: StatementRecord[] = [];
    for (const n of nodes ?? []) {
      if (n.actor) actors.push(n.actor);
      if (n.statement) statements.push(statement(n.statement));
    }
    let path: PathRecord | null = null;
    if (a && b && a.id === b.id) path = { nodes: [{ kind: 'Actor', id: a.id }], rels: [] };
    else if (nodes) path = { nodes: nodes.map(({ kind, id }) => ({ kind, id })), rels: row.rels as string[] };
    return { from: a, to: b, path, actors, statements };
  }

  /** The whole actor graph as plain facts, read page by page (for in-memory analytics). */
  graphSnapshot(pageSize?: number): Promise<GraphSnapshot> { return readGraphSnapshot(this.exec, pageSize); }

  /** What changed since a graph version, for patching an in-memory copy (see readGraphDelta). */
  graphDelta(since: number, maxChanged?: (stored: number) => number): Promise<GraphDelta | null> { return readGraphDelta(this.exec, since, maxChanged); }

  /** One page of statements.csv rows after the given statement id (for streaming exports). */
  statementRows(after: string | null, limit: number): Promise<StatementRow[]> { return readStatementRows(this.exec, after, limit); }

  /** The store's graph version, bumped by every write from any process (see graph-version.ts). */
  async graphVersion(): Promise<GraphVersion> {
    const [r] = await this.exec.read(readGraphVersion(), 'graph version');
    return { version: Number(r?.version ?? 0), updatedAt: r?.updatedAt == null ? null : String(r.updatedAt), epoch: r?.epoch == null ? null : String(r.epoch) };
  }

  /** Counts of stored nodes, for summaries and health checks. */
  async counts(): Promise<{ articles: number; actors: number; statements: number }> {
    const [r] = await this.exec.read({
      cypher: 'RETURN COUNT { (:Article) } AS articles, COUNT { (:Actor) } AS actors, COUNT { (:Statement) } AS statements',
      params: {},
    }, 'counts');
    return { articles: Number(r.articles), actors: Number(r.actors), statements: Number(r.statements) };
  }
}
