// What reading a source yields: an article, a rejection (bad input, the batch goes on), or a
// note that a file was skipped. Rejections are values so one bad file never stops a batch.

import type { RawArticle } from '../src/extract/types.js';

/** A source that could not become an article: where it came from and why, in plain words. */
export interface LoadRejection {
  origin: string;
  reason: string;
}

export type LoadEvent =
  | { kind: 'article'; article: RawArticle }
  | ({ kind: 'rejected' } & LoadRejection)
  | ({ kind: 'skipped' } & LoadRejection);

/** Extensions the directory walker reads; anything else in a directory is skipped with a note. */
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.json', '.ndjson', '.jsonl'] as const;
