// Evidence openers: a sentence that opens with the poll or study it reports from ("In a poll
// released Monday, 50 percent chose Ruiz"). "In" is the cue, the poll the source, the rest of
// the sentence the content. Only where the sentence has no other attribution.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { Attribution } from './detect.js';
import type { ContentContext } from './content.js';
import { isWord, lower } from './phrases.js';
import { EVIDENCE_NOUNS } from './words.js';

const MAX_SOURCE = 15;
const MIN_CONTENT_WORDS = 3;
const TRAILING = new Set(['.', '!', '?', ';', ':']);

function words(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (isWord(tokens[i])) n++;
  return n;
}

/** "In a poll released Monday, 50 percent chose Ruiz": the opener names the source, the rest is content. */
function opener(ctx: ContentContext, si: number): Attribution | null {
  const { doc: { tokens }, a, b } = ctx;
  if (a + 3 >= b || lower(tokens[a]) !== 'in') return null;
  let comma = a + 1;
  let evidence = false;
  while (comma < b && comma < a + MAX_SOURCE && tokens[comma].text !== ',') {
    if (EVIDENCE_NOUNS.has(lower(tokens[comma]))) evidence = true;
    comma++;
  }
  if (!evidence || comma >= b || tokens[comma].text !== ',') return null;
  let end = b - 1;
  while (end > comma && TRAILING.has(tokens[end].text)) end--;
  if (words(tokens, comma + 1, end) < MIN_CONTENT_WORDS) return null;
  const content: Span = [tokens[comma + 1].start, tokens[end].end];
  return { sentence: si, frame: 'according', source: [a + 1, comma], cue: [a, a + 1], content: [content], kind: 'CLAIM', lemma: 'in', direct: false, addressee: null, reporter: null, confidence: 0.6 };
}

/** Adds the evidence-opener attribution of sentence `si` to `found` when it has no other. */
export function addEvidenceOpener(ctx: ContentContext, si: number, found: Attribution[]): void {
  if (found.length > 0) return;
  const att = opener(ctx, si);
  if (att) found.push(att);
}
