// Stable identifiers for extracted items: the same article text always yields the same ids,
// so re-ingesting an article merges instead of duplicating.

import { createHash } from 'node:crypto';

/** A short hex digest of the parts, joined unambiguously. */
export function digest(...parts: (string | number)[]): string {
  return createHash('sha1').update(parts.map(String).join('\u0000')).digest('hex').slice(0, 16);
}

/** Statement id from its article, cue offset, speaker and content: `<articleId>#s-<hex>`. */
export function statementId(articleId: string, cueStart: number, speakerKey: string, content: string): string {
  return `${articleId}#s-${digest(articleId, cueStart, speakerKey, content)}`;
}
