// Plain text → RawArticle. The first non-empty line is the title; `text` is the decoded
// content unchanged (the title line stays in it), so every offset points into it.

import type { RawArticle } from '../src/extract/types.js';
import { contentId } from './article-id.js';
import { assertText } from './decode.js';
import { findExcluded } from './clean.js';

/** Longest title kept; a first "line" longer than this is a paragraph, cut at a word. */
export const MAX_TITLE_LENGTH = 200;

/** The first non-empty line, trimmed and cut to MAX_TITLE_LENGTH characters at a word boundary. */
export function titleFromText(text: string): string {
  const first = /[^\n]*\S[^\n]*/.exec(text)?.[0].trim() ?? '';
  if (first.length <= MAX_TITLE_LENGTH) return first;
  const cut = first.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}

export interface TextMeta {
  id?: string | null;
  title?: string | null;
  url?: string | null;
  source?: string | null;
  publishedAt?: string | null;
  byline?: string | null;
}

/**
 * Builds a RawArticle from decoded text. Missing metadata is derived: the title from the first
 * line, the id from the content. Throws BAD_INPUT (naming origin) when the text is not text.
 */
export function articleFromText(text: string, origin: string, meta: TextMeta = {}): RawArticle {
  assertText(text, origin);
  return {
    id: meta.id ?? contentId(text),
    title: meta.title ?? titleFromText(text),
    text,
    url: meta.url ?? null,
    source: meta.source ?? null,
    publishedAt: meta.publishedAt ?? null,
    byline: meta.byline ?? null,
    excluded: findExcluded(text),
    origin,
  };
}
