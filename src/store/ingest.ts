// Ingest extractions in one write transaction per batch: skip articles already stored, replace
// changed ones, resolve the batch's actors against the graph with one lookup, then write every
// label and relationship type with one UNWIND. The store-wide write lock comes first, so
// concurrent writers in other processes take turns; a batch gives the graph its articles
// written one by one, in order, would give.

import type { Extraction } from '../extract/types.js';
import type { Executor, Tx } from './executor.js';
import { deleteArticleContent } from './delete-queries.js';
import { buildPatch, contentHash, extractionHash, type GraphPatch } from './patch.js';
import { lookupKeys, resolveActors, type Merge } from './resolve-actors.js';
import { findActorsByIds, findActorsByKeys, findArticleTwins, writePatches } from './write-queries.js';
import { bumpGraphVersion, pruneTombstones, stampArticles } from './graph-version.js';
import { validateExtraction, validatePatch } from './validate.js';
import { takeWriteLock } from './write-lock.js';
import { planPrefix, type ArticleKeys, type Twin } from './ingest-plan.js';
import { KnownActors, type StoredActor } from './known-actors.js';
import { globalActorId } from './normalize.js';

export type IngestStatus = 'ingested' | 'replaced' | 'unchanged';

export interface IngestOutcome {
  status: IngestStatus;
  /** The stored article's id (for "unchanged", the twin already stored). */
  articleId: string;
  statements: number;
  actors: number;
  merges: Merge[];
}

interface Item { x: Extraction; keys: ArticleKeys }

/**
 * Stores one article's extraction. The same article twice (same id or URL with the same
 * content and extraction, or the same content under another id) reports "unchanged" and
 * writes nothing; a changed article with a known id or URL replaces the stored one.
 */
export async function ingestExtraction(exec: Executor, x: Extraction): Promise<IngestOutcome> {
  return (await ingestExtractions(exec, [x]))[0];
}

/**
 * Stores several extractions in one transaction, with the outcome of each in input order:
 * the same outcomes and graph as ingestExtraction on each in turn. Throws BAD_INPUT (and
 * writes nothing) when any of them cannot be stored; callers retry one by one to find it.
 */
export async function ingestExtractions(exec: Executor, xs: readonly Extraction[]): Promise<IngestOutcome[]> {
  const items: Item[] = xs.map((x) => {
    validateExtraction(x);
    return { x, keys: { id: x.article.id, url: x.article.url, contentHash: contentHash(x), extractionHash: extractionHash(x) } };
  });
  if (items.length === 0) return [];
  const what = items.length === 1 ? `ingest of article ${items[0].keys.id}` : `ingest of ${items.length} articles from ${items[0].keys.id}`;
  return exec.writeTx(async (tx) => {
    await tx.run(takeWriteLock());
    const out: IngestOutcome[] = [];
    const writtenIds: string[] = [];
    for (let at = 0; at < items.length;) {
      const rest = items.slice(at);
      const twins = (await tx.run(findArticleTwins(rest.map((r) => r.keys)))) as unknown as Twin[];
      const plan = planPrefix(rest.map((r) => r.keys), twins);
      const prefix = rest.slice(0, plan.length);
      for (const d of plan) {
        if (d.status === 'replaced') for (const r of d.replaces) await tx.run(deleteArticleContent(r.id, r.keepArticle));
      }
      const toWrite = prefix.filter((_, i) => plan[i].status !== 'unchanged');
      const results = await writeArticles(tx, toWrite.map((r) => r.x));
      writtenIds.push(...toWrite.map((r) => r.keys.id));
      plan.forEach((d, i) => {
        out.push(d.status === 'unchanged'
          ? { status: 'unchanged', articleId: d.articleId, statements: 0, actors: 0, merges: [] }
          : { status: d.status, articleId: prefix[i].keys.id, ...results.get(prefix[i].keys.id)! });
      });
      at += plan.length;
    }
    if (writtenIds.length) {
      const [{ version }] = await tx.run(bumpGraphVersion());
      await tx.run(stampArticles(writtenIds, version as number));
      await tx.run(pruneTombstones());
    }
    return out;
  }, what);
}

type Written = Pick<IngestOutcome, 'statements' | 'actors' | 'merges'>;

/** Resolves the articles' actors in order against one lookup, then writes all their patches. */
async function writeArticles(tx: Tx, xs: readonly Extraction[]): Promise<Map<string, Written>> {
  const results = new Map<string, Written>();
  if (xs.length === 0) return results;
  const keys = [...new Set(xs.flatMap((x) => lookupKeys(x.actors)))];
  const ids = [...new Set(xs.flatMap((x) => x.actors.map((a) => globalActorId(a.type, a.name, x.article.id))))];
  const stored = [...await tx.run(findActorsByKeys(keys)), ...await tx.run(findActorsByIds(ids))];
  const known = new KnownActors(stored as unknown as StoredActor[]);
  const patches: GraphPatch[] = [];
  for (const x of xs) {
    const resolution = resolveActors(x.actors, known.lookup(lookupKeys(x.actors)), x.article.id);
    const patch = buildPatch(x, resolution);
    validatePatch(patch);
    known.apply(patch.actors);
    patches.push(patch);
    results.set(x.article.id, { statements: patch.statements.length, actors: patch.actors.length, merges: resolution.merges });
  }
  for (const q of writePatches(patches, known.changedActors(), known.newNames())) await tx.run(q);
  return results;
}

/** Deletes an article and everything only it referred to; false when no such article. */
export async function deleteArticle(exec: Executor, articleId: string): Promise<boolean> {
  return exec.writeTx(async (tx) => {
    await tx.run(takeWriteLock());
    const rows = await tx.run(deleteArticleContent(articleId, false));
    if (rows.length > 0) {
      await tx.run(bumpGraphVersion());
      await tx.run(pruneTombstones());
    }
    return rows.length > 0;
  }, `delete of article ${articleId}`);
}
