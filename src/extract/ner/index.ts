// The tagger applied to an extraction Document: its sentences become words (a possessive "'s" split
// off as the training data writes it), the shipped model tags them, and the entity spans come
// back as document token ranges.

import type { Document } from '../document.js';
import type { Perceptron } from '../../learn/perceptron.js';
import { nerModel } from './model.js';
import { spansOf, tagDocument } from './tagger.js';

export type NerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** An entity the tagger found: document tokens [tokenStart, tokenEnd) of one sentence. */
export interface TaggedEntity { sentence: number; tokenStart: number; tokenEnd: number; type: NerType }

/** A name starts and ends with a capital or a digit: lower-case words at an entity's edges are dropped. */
const NAME_EDGE = /^[\p{Lu}\p{N}]/u;
const POSSESSIVE = /^(\p{L}[\p{L}\p{N}.-]*)(['’]s)$/u;

/** Tags every sentence of the document (the article is the tagger's document); entity edges trimmed to names. */
export function tagEntities(doc: Document, model: Perceptron = nerModel()): TaggedEntity[] {
  const tokenOf: number[][] = [];
  const words = doc.sentences.map((s) => {
    const ws: string[] = [];
    const at: number[] = [];
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = doc.tokens[k].text;
      const m = t.length > 2 ? POSSESSIVE.exec(t) : null;
      if (m) { ws.push(m[1], m[2]); at.push(k, k); } else { ws.push(t); at.push(k); }
    }
    tokenOf.push(at);
    return ws;
  });
  const out: TaggedEntity[] = [];
  for (const e of spansOf(tagDocument(model, words))) {
    const ws = words[e.sentence];
    let { start, end } = e;
    while (start < end && !NAME_EDGE.test(ws[start])) start++;
    while (end > start && !NAME_EDGE.test(ws[end - 1])) end--;
    if (start === end) continue;
    const at = tokenOf[e.sentence];
    out.push({ sentence: e.sentence, tokenStart: at[start], tokenEnd: at[end - 1] + 1, type: e.type as NerType });
  }
  return out;
}
