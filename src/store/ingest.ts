// Ingest one extraction in one write transaction: skip it when the same article is already
// stored, replace a changed one, resolve actors against the graph, then write the patch. The
// store-wide write lock comes first, so concurrent writers in other processes take turns.

import type { Extraction } from '../extract/types.js';
import type { Executor } from './executor.js';
import { deleteArticleContent } from './delete-queries.js';
import { buildPatch, contentHash, extractionHash } from './patch.js';
import { lookupKeys, resolveActors, type KnownActor, type Merge } from './resolve-actors.js';
import { findActorsByKeys, findArticleTwins, writePatch } from './write-queries.js';
import { bumpGraphVersion } from './graph-version.js';
import { validateExtraction, validatePatch } from './validate.js';
import { takeWriteLock } from './write-lock.js';

export type IngestStatus = 'ingested' | 'replaced' | 'unchanged';

export interface IngestOutcome {
  status: IngestStatus;
  /** The stored article's id (for "unchanged", the twin already stored). */
  articleId: string;
  statements: number;
  actors: number;
  merges: Merge[];
}

/**
 * Stores one article's extraction. The same article twice (same id or URL with the same
 * content and extraction, or the same content under another id) reports "unchanged" and
 * writes nothing; a changed article with a known id or URL replaces the stored one.
 */
export async function ingestExtraction(exec: Executor, x: Extraction): Promise<IngestOutcome> {
  validateExtraction(x);
  const hashes = { content: contentHash(x), extraction: extractionHash(x) };
  return exec.writeTx(async (tx) => {
    await tx.run(takeWriteLock());
    const twins = await tx.run(findArticleTwins({ id: x.article.id, url: x.article.url, contentHash: hashes.content }));
    const self = twins.filter((t) => t.id === x.article.id || (x.article.url !== null && t.url === x.article.url));
    const same = self.find((t) => t.contentHash === hashes.content && t.extractionHash === hashes.extraction)
      ?? (self.length === 0 ? twins.find((t) => t.contentHash === hashes.content) : undefined);
    if (same) return { status: 'unchanged', articleId: String(same.id), statements: 0, actors: 0, merges: [] };
    for (const t of self) await tx.run(deleteArticleContent(String(t.id), t.id === x.article.id));

    const known = (await tx.run(findActorsByKeys(lookupKeys(x.actors)))) as unknown as KnownActor[];
    const resolution = resolveActors(x.actors, known, x.article.id);
    const patch = buildPatch(x, resolution);
    validatePatch(patch);
    for (const q of writePatch(patch)) await tx.run(q);
    await tx.run(bumpGraphVersion());
    return {
      status: self.length > 0 ? 'replaced' : 'ingested',
      articleId: x.article.id,
      statements: patch.statements.length,
      actors: patch.actors.length,
      merges: resolution.merges,
    };
  }, `ingest of article ${x.article.id}`);
}

/** Deletes an article and everything only it referred to; false when no such article. */
export async function deleteArticle(exec: Executor, articleId: string): Promise<boolean> {
  return exec.writeTx(async (tx) => {
    await tx.run(takeWriteLock());
    const rows = await tx.run(deleteArticleContent(articleId, false));
    if (rows.length > 0) await tx.run(bumpGraphVersion());
    return rows.length > 0;
  }, `delete of article ${articleId}`);
}
