// HTML page → RawArticle: Readability (on a linkedom DOM) finds the main content; the text is
// that content with a blank line between paragraphs, headed by the title as its first line.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { RawArticle } from '../src/extract/types.js';
import { WhosaidError } from '../src/errors.js';
import { contentId, urlId } from './article-id.js';
import { assertText } from './decode.js';
import { readHtmlMeta } from './html-meta.js';
import { htmlToText } from './html-text.js';
import { articleFromText } from './text.js';

export interface HtmlOptions {
  /** Where the page was fetched from, when known; the canonical URL wins otherwise. */
  url?: string | null;
}

const absolute = (href: string | null, base: string | null): string | null => {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).toString();
  } catch {
    return null;
  }
};

/**
 * Gives a fragment or a page without <body> an explicit body: linkedom does not infer one as
 * browsers do, and Readability looks for the content there.
 */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd >= 0) {
    const after = html.indexOf('>', headEnd) + 1;
    const rest = html.slice(after).replace(/<\/html\s*>\s*$/i, '');
    return `${html.slice(0, after)}<body>${rest}</body></html>`;
  }
  return `<!doctype html><html><head></head><body>${html.replace(/<\/?html[^>]*>/gi, '')}</body></html>`;
}

/**
 * Reads an HTML page. The title (og:title, JSON-LD headline, the single h1, or <title>) is the
 * first line of `text` unless the content already starts with it, so a headline is extracted
 * like a .txt file's first line. Throws BAD_INPUT naming origin when the page has no text.
 */
export function articleFromHtml(html: string, origin: string, options: HtmlOptions = {}): RawArticle {
  assertText(html, origin);
  const { document } = parseHTML(withBody(html));
  const meta = readHtmlMeta(document as unknown as Document);
  const parsed = new Readability(document as unknown as Document, { serializer: (n: Node) => n }).parse();
  const root = (parsed?.content ?? document.body ?? document.documentElement) as Node | null;
  const body = root ? htmlToText(root) : '';
  const title = meta.title ?? (parsed?.title ? parsed.title.trim() : null) ?? null;
  if (body.trim() === '' && !title) {
    throw new WhosaidError('BAD_INPUT', `${origin}: HTML page has no readable text`);
  }
  const text = title && !body.startsWith(title) ? (body ? `${title}\n\n${body}` : title) : body;
  const url = absolute(meta.url, options.url ?? null) ?? options.url ?? null;
  return articleFromText(assertText(text, origin), origin, {
    id: url ? urlId(url) : contentId(text),
    title: title ?? undefined,
    url,
    source: meta.source ?? (parsed?.siteName ? parsed.siteName : null),
    publishedAt: meta.publishedAt,
    byline: meta.byline ?? (parsed?.byline ? parsed.byline.trim() : null),
  });
}
