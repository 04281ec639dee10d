// Test helpers: run the pipeline (before the learned statement filter) on a short text written for the project and read its
// statements back as plain records (speaker name, cue, kind, target, content).

import { extract } from '../../../src/extract/index.js';
import type { Extraction } from '../../../src/extract/types.js';

export interface Said {
  speaker: string | null;
  cue: string;
  kind: string;
  target: string | null;
  reportedBy: string | null;
  direct: boolean;
  content: string;
}

/** The statements the rules and the attribution model make, before the learned statement filter (tested on its own in statement-filter.test.ts). */
export function run(text: string, id = 'test'): Extraction {
  return extract({ id, title: '', text, url: null, source: null, publishedAt: null, byline: null, excluded: [], origin: 'test' }, { statementFilter: false });
}

export function said(text: string): Said[] {
  const x = run(text);
  const name = (id: string | null): string | null => (id ? x.actors.find((a) => a.id === id)?.name ?? id : null);
  return x.statements.map((s) => ({
    speaker: name(s.speakerId), cue: s.cue, kind: s.kind, target: name(s.targetId),
    reportedBy: name(s.reportedById), direct: s.direct, content: s.content,
  }));
}
