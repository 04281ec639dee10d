// Checks an extraction and its patch against what the store can hold before anything is written:
// unique ids, and every name and indexed value bounded (Neo4j refuses index keys over ~8 KB).

import type { Extraction } from '../extract/types.js';
import { WhosaidError } from '../errors.js';
import type { GraphPatch } from './patch.js';

export const STORE_LIMITS = Object.freeze({
  /** Longest actor name or alias, in characters: a longer "name" is no actor. */
  nameChars: 300,
  /** Longest value of an indexed property (ids, keys, url, source, …), in UTF-8 bytes. */
  indexedBytes: 4000,
});

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');
const preview = (s: string): string => (s.length > 40 ? `${s.slice(0, 40)}… (${s.length} characters)` : s);

function bounded(value: string | null | undefined, what: string, articleId: string): void {
  if (value != null && bytes(value) > STORE_LIMITS.indexedBytes) {
    throw new WhosaidError('BAD_INPUT', `store/validate: ${what} of article ${articleId} is ${bytes(value)} bytes, over the ${STORE_LIMITS.indexedBytes}-byte limit of an indexed value: "${preview(value)}"`);
  }
}

/**
 * Throws BAD_INPUT naming the article and the value when an extraction cannot be stored:
 * no article id, a statement id twice, an actor name or alias over STORE_LIMITS.nameChars,
 * an id, URL or source over STORE_LIMITS.indexedBytes. Call it before opening a transaction.
 */
export function validateExtraction(x: Extraction): void {
  if (!x.article?.id) throw new WhosaidError('BAD_INPUT', 'store/validate: extraction has no article id');
  const id = x.article.id;
  bounded(id, 'the id', id);
  bounded(x.article.url, 'the url', id);
  bounded(x.article.source, 'the source', id);
  bounded(x.article.publishedAt, 'the publication date', id);
  for (const a of x.actors) {
    for (const name of [a.name, ...a.aliases]) {
      if (name.length > STORE_LIMITS.nameChars) {
        throw new WhosaidError('BAD_INPUT', `store/validate: actor ${a.id} of article ${id} has a ${name.length}-character name, over the ${STORE_LIMITS.nameChars} limit: "${preview(name)}"`);
      }
    }
  }
  const ids = new Set<string>();
  for (const s of x.statements) {
    if (ids.has(s.id)) throw new WhosaidError('BAD_INPUT', `store/validate: statement id ${s.id} appears twice in article ${id}`);
    ids.add(s.id);
    bounded(s.id, `statement id ${preview(s.id)}`, id);
  }
}

/** Throws BAD_INPUT when a row of the patch holds an indexed value the store would refuse. */
export function validatePatch(p: GraphPatch): void {
  const id = p.article.id;
  for (const a of p.actors) {
    bounded(a.id, 'an actor id', id);
    bounded(a.name, `the name of actor ${preview(a.id)}`, id);
    for (const k of a.keys) bounded(k, `a name key of actor ${preview(a.id)}`, id);
  }
  for (const s of p.statements) bounded(s.id, 'a statement id', id);
  for (const m of p.merges) bounded(m.id, 'a merge record id', id);
}
