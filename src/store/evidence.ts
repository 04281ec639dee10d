// Evidence for a statement: its spans with the text they point at, and the sentence around
// them, so an API user can check a statement against the article without re-reading it.

import type { Span, Statement } from '../extract/types.js';

export interface SpanText {
  start: number;
  end: number;
  text: string;
}

export interface Evidence {
  speaker: SpanText | null;
  cue: SpanText[];
  content: SpanText[];
  sentence: SpanText;
}

const at = (text: string, [start, end]: Span): SpanText => ({ start, end, text: text.slice(start, end) });

/** The sentence (or sentences) enclosing every span: from the previous terminator to the next. */
export function enclosingSentence(text: string, spans: readonly Span[]): SpanText {
  if (spans.length === 0) return { start: 0, end: 0, text: '' };
  let start = Math.min(...spans.map((s) => s[0]));
  let end = Math.max(...spans.map((s) => s[1]));
  while (start > 0 && !/(?:[.!?]\s|\n)$/.test(text.slice(start - 2, start))) start--;
  while (start < end && /\s/.test(text[start])) start++;
  const after = /[.!?](?=[\s"”’]|$)["”’]?|\n/g;
  after.lastIndex = Math.max(end - 1, 0);
  const m = after.exec(text);
  end = m ? (m[0] === '\n' ? m.index : m.index + m[0].length) : text.length;
  return { start, end, text: text.slice(start, end).trim() };
}

/** Resolves a statement's evidence spans against the article text. */
export function statementEvidence(text: string, ev: Statement['evidence']): Evidence {
  const all: Span[] = [...ev.cue, ...ev.content, ...(ev.speaker ? [ev.speaker] : [])];
  return {
    speaker: ev.speaker ? at(text, ev.speaker) : null,
    cue: ev.cue.map((s) => at(text, s)),
    content: ev.content.map((s) => at(text, s)),
    sentence: enclosingSentence(text, all),
  };
}
