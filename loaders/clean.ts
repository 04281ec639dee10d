// Cleaning: finds the spans of an article's text that are page furniture (teasers, comment
// forms, share/cookie/newsletter notices) without changing the text, so offsets stay valid.

import type { Span } from '../src/extract/types.js';
import { BOILERPLATE_RULES, COMMENT_SECTION_HEADING, COMMENT_SECTION_MIN_POSITION, type BoilerplateKind } from './boilerplate-rules.js';

export interface ExcludedSpan {
  span: Span;
  kind: BoilerplateKind;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Each line's span with surrounding white space (and a CR) trimmed away; blank lines dropped. */
function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}

function classify(line: string): BoilerplateKind | null {
  for (const rule of BOILERPLATE_RULES) {
    if (line.length <= rule.maxLength && rule.pattern.test(line)) return rule.kind;
  }
  return null;
}

/** Like findExcluded, with the kind of furniture each span is (for tests and diagnostics). */
export function classifyExcluded(text: string): ExcludedSpan[] {
  const out: ExcludedSpan[] = [];
  for (const line of lines(text)) {
    if (line.text.length <= 60 && COMMENT_SECTION_HEADING.test(line.text)
      && line.start >= text.length * COMMENT_SECTION_MIN_POSITION) {
      out.push({ span: [line.start, text.trimEnd().length], kind: 'comment-form' });
      break;
    }
    const kind = classify(line.text);
    if (kind) out.push({ span: [line.start, line.end], kind });
  }
  return out;
}

/**
 * The spans of `text` that are not the article, sorted and disjoint, each covering whole
 * lines (a comment section found near the end runs to the end of the text).
 */
export function findExcluded(text: string): Span[] {
  return classifyExcluded(text).map((e) => e.span);
}
