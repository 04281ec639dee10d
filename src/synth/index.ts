// The synthetic corpus: `articles` news-like records from one seed, in order, and how they are
// sharded into NDJSON files. Pure; `whosaid generate` writes the shards.

import { synthArticle, type SynthArticle } from './article.js';

export type { SynthArticle } from './article.js';

/** Articles per NDJSON file written by `whosaid generate`. */
export const SHARD_ARTICLES = 1_000;

/** Yields the corpus's articles in order; the same (articles, seed) always yields the same records. */
export function* synthCorpus(articles: number, seed: number): Generator<SynthArticle> {
  for (let i = 0; i < articles; i++) yield synthArticle(seed, i, articles);
}

/** The shard file holding article `index`: articles-00000.ndjson, articles-00001.ndjson, … */
export const shardName = (index: number): string => `articles-${String(Math.floor(index / SHARD_ARTICLES)).padStart(5, '0')}.ndjson`;
