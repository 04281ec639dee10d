// The extraction pipeline: RawArticle → Document → actor layer → statements → statement filter →
// Extraction. Pure, deterministic and offline: the same article always yields the same Extraction.

import type { Actor, Extraction, RawArticle, Statement } from './types.js';
import { buildDocument } from './document.js';
import { recognizeActors, type ActorLayer } from './actors/index.js';
import { extractStatements } from './statements/index.js';
import { likelyStatements } from './statements/learned/statement-filter.js';

export interface ExtractOptions {
  /**
   * Drop the statements the learned statement filter finds unlikely to be a real report with the
   * right speaker (default true). False keeps every statement the rules and the attribution model
   * make, for comparison (`npm run eval -- speakers --all-statements`).
   */
  statementFilter?: boolean;
}

/** Extracts actors, mentions, statements and relations from one article. */
export function extract(article: RawArticle, options: ExtractOptions = {}): Extraction {
  const doc = buildDocument(article.text, article.excluded);
  const layer = recognizeActors(doc);
  const before = layer.actors.length;
  const all = extractStatements(doc, layer, article.id);
  const statements = options.statementFilter === false ? all : likelyStatements({ text: doc.text, actors: layer.actors, mentions: layer.mentions, statements: all });
  if (statements.length < all.length) withoutUnusedSpeakers(layer, before, statements);
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

/**
 * The statement stage adds an unnamed speaker for each source phrase it resolves ("a senior
 * official"); one whose every statement the filter dropped is no actor of the article. Removes
 * those added after the first `before` actors that nothing kept refers to, with their mentions and
 * their own relations. Mutates `layer`.
 */
function withoutUnusedSpeakers(layer: ActorLayer, before: number, kept: readonly Statement[]): void {
  const used = new Set<string>();
  for (const st of kept) {
    for (const id of [st.speakerId, st.targetId, st.reportedById, ...st.aboutIds]) if (id) used.add(id);
  }
  const added = layer.actors.slice(before);
  const unused = new Set(added.filter((a: Actor) => !used.has(a.id)).map((a) => a.id));
  for (const r of layer.relations) if (!unused.has(r.sourceId) && unused.has(r.targetId)) unused.delete(r.targetId);
  for (const a of layer.actors) for (const role of a.roles) if (role.of && !unused.has(a.id) && unused.has(role.of)) unused.delete(role.of);
  if (unused.size === 0) return;
  layer.actors.splice(0, layer.actors.length, ...layer.actors.filter((a) => !unused.has(a.id)));
  layer.mentions.splice(0, layer.mentions.length, ...layer.mentions.filter((m) => !unused.has(m.actorId)));
  layer.relations.splice(0, layer.relations.length, ...layer.relations.filter((r) => !unused.has(r.sourceId) && !unused.has(r.targetId)));
}
