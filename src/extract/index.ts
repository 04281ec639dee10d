// The extraction pipeline: RawArticle → Document → actor layer → statements → Extraction.
// Pure, deterministic and offline: the same article always yields the same Extraction.

import type { Extraction, RawArticle } from './types.js';
import { buildDocument } from './document.js';
import { recognizeActors } from './actors/index.js';
import { extractStatements } from './statements/index.js';

/** Extracts actors, mentions, statements and relations from one article. */
export function extract(article: RawArticle): Extraction {
  const doc = buildDocument(article.text, article.excluded);
  const layer = recognizeActors(doc);
  const statements = extractStatements(doc, layer, article.id);
  return {
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      source: article.source,
      publishedAt: article.publishedAt,
    },
    text: article.text,
    actors: layer.actors,
    mentions: layer.mentions,
    statements,
    relations: layer.relations,
  };
}
