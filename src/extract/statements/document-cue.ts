// A participle cue after a verb of publishing and the document it names ("issued a statement
// saying …", "sent an email calling …"): annotators count the whole phrase as the cue.

import type { Token } from '../document.js';
import type { Attribution } from './detect.js';
import { lower } from './phrases.js';

const PUBLISHING = new Set(['issued', 'released', 'sent', 'posted', 'put', 'tweeted', 'wrote', 'published', 'issues', 'releases', 'sends', 'posts']);
const DOCUMENTS = new Set(['statement', 'note', 'letter', 'message', 'video', 'email', 'e-mail', 'memo', 'tweet', 'release', 'post']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Words between the speaker and the verb that belong to the cue ("also issued"). */
const LEADING = new Set(['also', 'later', 'then', 'quickly']);
const MAX_MODIFIERS = 2;

/** The first token of the cue of `att` widened over "issued a statement" before its participle, or its own start. */
export function documentCueStart(tokens: Token[], att: Attribution): number {
  const k = att.cue[0];
  if (!att.source || !/ing$/.test(lower(tokens[k])) || k < 3 || !DOCUMENTS.has(lower(tokens[k - 1]))) return k;
  let d = k - 2;
  while (d > k - 2 - MAX_MODIFIERS && d > 0 && !ARTICLES.has(lower(tokens[d]))) d--;
  if (!ARTICLES.has(lower(tokens[d]))) return k;
  let v = d - 1;
  if (v > 0 && lower(tokens[v]) === 'out' && lower(tokens[v - 1]) === 'put') v--;
  if (v < 0 || !PUBLISHING.has(lower(tokens[v]))) return k;
  const start = v > 0 && LEADING.has(lower(tokens[v - 1])) ? v - 1 : v;
  return att.source[1] === start ? start : k;
}
