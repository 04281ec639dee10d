// Features of one rule attribution for the learned confidence: the rule that found it (frame,
// rule confidence, cue lemma), the shape of its roles and single words around the cue.

import type { Document } from '../../document.js';
import type { Attribution } from '../attribution.js';
import { lower } from '../phrases.js';

/** A count as a feature value: `<=edge` of the first edge it does not pass, `>last` past them all. */
export const bucket = (n: number, edges: number[]): string => {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
};

/** Feature names of `att` in `doc`; single words and abstract shapes only, never word n-grams. */
export function confidenceFeatures(doc: Document, att: Attribution): string[] {
  const { tokens } = doc;
  const [c0, c1] = att.cue;
  const src = att.source;
  const contentChars = att.content.reduce((n, [s, e]) => n + e - s, 0);
  const side = src === null ? 'none' : src[0] < c0 ? 'before' : 'after';
  const word = (i: number): string => (i >= 0 && i < tokens.length ? lower(tokens[i]) : '<none>');
  return [
    `frame=${att.frame}`,
    `direct=${att.direct}`,
    `frame*direct=${att.frame}|${att.direct}`,
    `rule=${att.confidence}`,
    `lemma=${att.lemma}`,
    `lemma*direct=${att.lemma}|${att.direct}`,
    `kind=${att.kind}`,
    `side=${side}`,
    `srclen=${src === null ? 0 : bucket(src[1] - src[0], [1, 2, 3, 5, 8])}`,
    `src0=${src === null ? '<none>' : word(src[0])}`,
    `cuelen=${bucket(c1 - c0, [1, 2, 3])}`,
    `cue0=${word(c0)}`,
    `after=${word(c1)}`,
    `before=${word(c0 - 1)}`,
    `spans=${bucket(att.content.length, [1, 2, 3])}`,
    `clen=${bucket(contentChars, [20, 50, 100, 200, 400])}`,
    `addressee=${att.addressee !== null}`,
    `reporter=${att.reporter !== null}`,
  ];
}
