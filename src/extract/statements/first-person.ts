// First person as a speaker: "I" and "we" inside a quotation or another report's content are
// that report's speaker ("“I think it will pass,” Ruiz said"); "I" or "we" outside any report is
// the writer, the publication ("We asked the airline what had gone wrong") or a reader commenting,
// never a name the text mentions, so it makes no statement.

import type { Document } from '../document.js';
import type { Attribution } from './detect.js';
import type { Speaker } from './speakers.js';
import { lower } from './phrases.js';

const FIRST_PERSON = /^(i|we)(?:[’'](m|ll|d|ve|re))?$/;

/** The attribution whose content holds offset `at`, other than `self`; the innermost when reports nest. */
function containing(atts: Attribution[], self: number, at: number): number {
  let best = -1;
  let width = Infinity;
  atts.forEach((a, j) => {
    if (j === self) return;
    for (const [s, e] of a.content) {
      if (at >= s && at < e && e - s < width) {
        best = j;
        width = e - s;
      }
    }
  });
  return best;
}

/**
 * Replaces the speakers of first-person sources (index-aligned with `atts`): the speakers of
 * the report that contains them. Returns the indexes of "I" outside every report, which are no statements. Runs after all other
 * speakers are known, since a quotation's own cue often comes after it.
 */
export function resolveFirstPerson(doc: Document, atts: Attribution[], speakers: Speaker[][]): Set<number> {
  const unspoken = new Set<number>();
  atts.forEach((att, i) => {
    if (!att.source || att.source[1] - att.source[0] !== 1) return;
    const word = lower(doc.tokens[att.source[0]]);
    const m = FIRST_PERSON.exec(word);
    if (!m) return;
    const outer = containing(atts, i, doc.tokens[att.source[0]].start);
    if (outer >= 0 && !FIRST_PERSON.test(lower(doc.tokens[atts[outer].source?.[0] ?? 0])) && speakers[outer].length > 0) {
      const span = speakers[i][0]?.span ?? [doc.tokens[att.source[0]].start, doc.tokens[att.source[0]].end];
      speakers[i] = speakers[outer].map((sp) => ({ ...sp, span }));
    } else if (outer < 0 && (m[1] === 'i' || m[1] === 'we')) {
      unspoken.add(i);
    }
  });
  return unspoken;
}
