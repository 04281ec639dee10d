// One JSON record → RawArticle, for JSON/NDJSON files and the API's ingest input:
// `{ id?, url?, title?, text | html, publishedAt?, source?, byline? }`, every field checked.

import type { RawArticle } from '../src/extract/types.js';
import { WhosaidError } from '../src/errors.js';
import { contentId, urlId } from './article-id.js';
import { articleFromHtml } from './html.js';
import { normalizeDate } from './published-at.js';
import { articleFromText } from './text.js';

/** Fields a record may carry; others are ignored (scraper exports often carry more). */
export const RECORD_FIELDS = ['id', 'url', 'title', 'text', 'html', 'publishedAt', 'source', 'byline'] as const;

export type ArticleRecord = Partial<Record<(typeof RECORD_FIELDS)[number], string | null>>;

const MAX_ID_LENGTH = 200;

function fail(origin: string, field: string | null, problem: string): never {
  const where = field ? `${origin}: field "${field}"` : origin;
  throw new WhosaidError('BAD_INPUT', `${where} ${problem}`);
}

function optionalString(rec: Record<string, unknown>, field: string, origin: string): string | null {
  const v = rec[field];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') fail(origin, field, `must be a string, got ${Array.isArray(v) ? 'an array' : typeof v}`);
  const s = v.trim();
  return s === '' ? null : s;
}

function checkUrl(url: string | null, origin: string): string | null {
  if (url === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail(origin, 'url', `is not an absolute URL: ${JSON.stringify(url.slice(0, 100))}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') fail(origin, 'url', `must be http(s), got ${parsed.protocol}`);
  return parsed.toString();
}

/**
 * Validates a record and builds its RawArticle. Throws WhosaidError BAD_INPUT naming the record
 * (`origin`, e.g. "articles.json[3]" or "input #2") and the field at fault. The id is the
 * record's own, else derived from its URL, else from its text.
 */
export function articleFromRecord(record: unknown, origin: string): RawArticle {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    fail(origin, null, `must be an object with "text" or "html", got ${Array.isArray(record) ? 'an array' : record === null ? 'null' : typeof record}`);
  }
  const rec = record as Record<string, unknown>;
  const id = optionalString(rec, 'id', origin);
  if (id !== null && id.length > MAX_ID_LENGTH) fail(origin, 'id', `is longer than ${MAX_ID_LENGTH} characters`);
  const url = checkUrl(optionalString(rec, 'url', origin), origin);
  const title = optionalString(rec, 'title', origin);
  const source = optionalString(rec, 'source', origin);
  const byline = optionalString(rec, 'byline', origin);
  const rawDate = optionalString(rec, 'publishedAt', origin);
  const publishedAt = normalizeDate(rawDate);
  if (rawDate !== null && publishedAt === null) fail(origin, 'publishedAt', `is not a date: ${JSON.stringify(rawDate.slice(0, 60))} (use ISO 8601, e.g. 2022-01-31T12:00:00Z)`);
  const hasText = typeof rec.text === 'string' && rec.text.trim() !== '';
  const hasHtml = typeof rec.html === 'string' && rec.html.trim() !== '';
  if (rec.text !== undefined && rec.text !== null && typeof rec.text !== 'string') fail(origin, 'text', `must be a string, got ${typeof rec.text}`);
  if (rec.html !== undefined && rec.html !== null && typeof rec.html !== 'string') fail(origin, 'html', `must be a string, got ${typeof rec.html}`);
  if (hasText && hasHtml) fail(origin, null, 'has both "text" and "html"; give one');
  if (!hasText && !hasHtml) fail(origin, 'text', 'is missing or empty (a record needs "text" or "html")');
  if (hasHtml) {
    const page = articleFromHtml(rec.html as string, origin, { url });
    return {
      ...page,
      id: id ?? page.id,
      title: title ?? page.title,
      source: source ?? page.source,
      publishedAt: publishedAt ?? page.publishedAt,
      byline: byline ?? page.byline,
    };
  }
  const text = rec.text as string;
  return articleFromText(text, origin, {
    id: id ?? (url ? urlId(url) : contentId(text)),
    title, url, source, publishedAt, byline,
  });
}
