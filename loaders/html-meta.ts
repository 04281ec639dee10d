// Article metadata from an HTML page's head: title, byline, publication date, canonical URL
// and site name, from meta tags (Open Graph, article:*), JSON-LD, then visible elements.

import { normalizeDate } from './published-at.js';

export interface HtmlMeta {
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const clean = (s: unknown): string | null => (typeof s === 'string' && s.trim() !== '' ? s.replace(/\s+/g, ' ').trim() : null);

function metaContent(doc: ParentNode, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const v = clean(doc.querySelector(`meta[${attr}="${key}"]`)?.getAttribute('content'));
      if (v) return v;
    }
  }
  return null;
}

/** Every JSON-LD object on the page, flattening arrays and @graph lists. */
function jsonLdObjects(doc: ParentNode): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) v['@graph'].forEach(visit);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      continue;
    }
  }
  return out;
}

const nameOf = (v: unknown): string | null => {
  if (Array.isArray(v)) return clean(v.map(nameOf).filter(Boolean).join(', '));
  return isObject(v) ? clean(v.name) : clean(v);
};

function fromJsonLd(objects: Json[], read: (o: Json) => string | null): string | null {
  for (const o of objects) {
    const v = read(o);
    if (v) return v;
  }
  return null;
}

/**
 * Reads the metadata found under `doc` (the document, or only its head for a page too hostile
 * to search whole); call before Readability, which changes the document.
 */
export function readHtmlMeta(doc: ParentNode): HtmlMeta {
  const ld = jsonLdObjects(doc);
  const h1s = doc.querySelectorAll('h1');
  const timeAttr = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return {
    title: metaContent(doc, 'og:title', 'twitter:title') ?? fromJsonLd(ld, (o) => clean(o.headline))
      ?? (h1s.length === 1 ? clean(h1s[0].textContent) : null) ?? clean(doc.querySelector('title')?.textContent),
    byline: metaContent(doc, 'author', 'article:author', 'byl', 'dc.creator') ?? fromJsonLd(ld, (o) => nameOf(o.author)),
    publishedAt: normalizeDate(metaContent(doc, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued'))
      ?? fromJsonLd(ld, (o) => normalizeDate(clean(o.datePublished))) ?? normalizeDate(timeAttr),
    url: clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(doc, 'og:url'),
    source: metaContent(doc, 'og:site_name', 'application-name') ?? fromJsonLd(ld, (o) => nameOf(o.publisher)),
  };
}
