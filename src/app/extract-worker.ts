// The body of an extraction worker thread: RawArticle in, Extraction out, one message each.
// A failure travels back as its message and code, so the main thread can reject the article.

import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { RawArticle } from '../extract/types.js';
import { isWhosaidError } from '../errors.js';

parentPort!.on('message', (m: { seq: number; article: RawArticle }) => {
  try {
    parentPort!.postMessage({ seq: m.seq, extraction: extract(m.article) });
  } catch (err) {
    const e = err as Error;
    parentPort!.postMessage({ seq: m.seq, error: { message: String(e?.message ?? err), code: isWhosaidError(err) ? err.code : null } });
  }
});
