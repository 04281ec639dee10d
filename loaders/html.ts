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

/** Pages with more elements than this skip Readability and use the whole body's text. */
export const MAX_READABILITY_ELEMENTS = 50_000;
/** Nesting deeper than this (real pages stay far below) makes Readability's run time explode. */
export const MAX_READABILITY_DEPTH = 200;

/** Depth of the deepest element under `root`, stopping once it passes `limit`. */
function depthExceeds(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) stack.push([c, depth + 1]);
  }
  return false;
}

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
 * Readability's view of the page, or null when it finds nothing or gives up: it recurses over
 * the DOM, so pathologically deep markup overflows the stack, and huge pages are not scored.
 */
function readable(doc: Document): { content: Node | null | undefined; title?: string | null; siteName?: string | null; byline?: string | null } | null {
  try {
    return new Readability(doc, { serializer: (n: Node) => n, maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
  } catch (err) {
    if (err instanceof RangeError || (err instanceof Error && /Aborting parsing document/.test(err.message))) return null;
    throw err;
  }
}

/**
 * Reads an HTML page. The title (og:title, JSON-LD headline, the single h1, or <title>) is the
 * first line of `text` unless the content already starts with it, so a headline is extracted
 * like a .txt file's first line. Throws BAD_INPUT naming origin when the page has no text.
 */
export function articleFromHtml(html: string, origin: string, options: HtmlOptions = {}): RawArticle {
  assertText(html, origin);
  const { document } = parseHTML(withBody(html));
  const doc = document as unknown as Document;
  const tooDeep = depthExceeds(doc.documentElement, MAX_READABILITY_DEPTH);
  const meta = readHtmlMeta(tooDeep ? doc.head : doc);
  const parsed = tooDeep ? null : readable(doc);
  const root = (parsed?.content ?? (tooDeep ? doc.body : parseHTML(withBody(html)).document.body)) as Node | null;
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
