// Stable article ids: the same content or the same URL always gives the same id, so reading
// a file twice (or ingesting it twice) names the same article.

import { createHash } from 'node:crypto';

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** Id from the text, with white space collapsed so re-wrapped copies of a text share an id. */
export function contentId(text: string): string {
  return `t-${digest(text.replace(/\s+/g, ' ').trim())}`;
}

/** Id from a URL, ignoring the fragment, a trailing slash and the scheme's case. */
export function urlId(url: string): string {
  const u = new URL(url);
  u.hash = '';
  const norm = u.toString().replace(/\/$/, '');
  return `u-${digest(norm)}`;
}
