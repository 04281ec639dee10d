// Reading and writing model files: gzipped JSON, written with sorted content so that the same
// model always gives the same bytes.

import { gunzipSync, gzipSync } from 'node:zlib';
import { WhosaidError } from '../errors.js';

/** Gzips a JSON value deterministically (fixed level, no timestamp in the gzip header). */
export function encodeModel(value: unknown): Buffer {
  return gzipSync(Buffer.from(JSON.stringify(value), 'utf8'), { level: 9 });
}

/** Parses a gzipped JSON model; `origin` names the file in errors. */
export function decodeModel<T>(bytes: Buffer, origin: string): T {
  try {
    return JSON.parse(gunzipSync(bytes).toString('utf8')) as T;
  } catch (e) {
    throw new WhosaidError('BAD_INPUT', `learn/model-file: ${origin} is not a gzipped JSON model; retrain it with \`whosaid train\``, { cause: e });
  }
}
