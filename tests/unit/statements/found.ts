// Shared by the table-driven attribution tests: the attributions of a sentence written for the
// project, with source, cue and content given as the text they cover.
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/index.js';

export interface Found {
  source: string | null;
  cue: string;
  content: string;
}

/** A table row: a sentence and one attribution it must (or must not) yield. */
export interface Case {
  name: string;
  text: string;
  expect: Found;
}

/** The attributions detectAttributions finds in `text`, as text; content pieces joined by " … ". */
export function found(text: string): Found[] {
  const doc = buildDocument(text);
  const span = (r: [number, number] | null): string | null => (r ? text.slice(doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end) : null);
  return detectAttributions(doc).map((a) => ({ source: span(a.source), cue: span(a.cue) ?? '', content: a.content.map(([s, e]) => text.slice(s, e)).join(' … ') }));
}

/** A table row: a sentence and a cue word that must not yield the attribution the table names. */
export interface CueCase {
  name: string;
  text: string;
  cue: string;
}
