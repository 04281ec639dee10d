// The largest article whosaid reads: a news article is tens of kilobytes, so a file or record
// many megabytes long is refused with its size before it can exhaust memory or the store.

import { DEFAULTS } from '../src/config.js';
import type { LoadEvent } from './load-event.js';

export interface LoadOptions {
  /** Largest article (a .txt/.html file, or one record's text/html), in bytes. */
  maxArticleBytes?: number;
}

/** Files holding many records (.json, .ndjson) may be this many articles long. */
export const RECORDS_PER_FILE = 20;

const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The rejection reason for `bytes` over `max`, naming the limit and how to raise it. */
export function tooLarge(bytes: number, max: number, what = 'the article'): string {
  return `${what} is ${mb(bytes)} (${bytes} bytes), over the ${mb(max)} article limit; split it or raise WHOSAID_MAX_ARTICLE_BYTES`;
}

/** The largest file accepted for an extension, checked with stat before reading. */
export function maxFileBytes(ext: string, o: LoadOptions): number {
  const max = o.maxArticleBytes ?? DEFAULTS.maxArticleBytes;
  return ext === '.json' || ext === '.ndjson' || ext === '.jsonl' ? max * RECORDS_PER_FILE : max;
}

/** Turns each article whose text is over the limit into a rejection naming it. */
export function boundArticles(events: LoadEvent[], o: LoadOptions): LoadEvent[] {
  const max = o.maxArticleBytes ?? DEFAULTS.maxArticleBytes;
  return events.map((e) => {
    if (e.kind !== 'article') return e;
    const bytes = Buffer.byteLength(e.article.text, 'utf8');
    return bytes > max ? { kind: 'rejected', origin: e.article.origin, reason: tooLarge(bytes, max) } : e;
  });
}
