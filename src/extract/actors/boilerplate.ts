// Page furniture that is not article text: "Leave a Reply", "See also …" teasers, comment-form
// notices. Sentences in such paragraphs yield no actors, whether or not a cleaner ran first.

import type { Document } from '../document.js';
import { gazetteer } from '../lexicon/gazetteer.js';

let pattern: RegExp | null = null;

function boilerplateRe(): RegExp {
  const escaped = gazetteer().boilerplate.map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  pattern ??= new RegExp(`^\\s*(?:${escaped.join('|')})\\b`, 'i');
  return pattern;
}

/** The document without sentences of boilerplate paragraphs (same text and tokens). */
export function withoutBoilerplate(doc: Document): Document {
  const re = boilerplateRe();
  const skip = new Set<number>();
  doc.paragraphs.forEach(([s, e], i) => {
    if (re.test(doc.text.slice(s, Math.min(e, s + 80)))) skip.add(i);
  });
  if (skip.size === 0) return doc;
  return { ...doc, sentences: doc.sentences.filter((s) => !skip.has(s.paragraph)) };
}
