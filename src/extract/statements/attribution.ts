// The attribution record every detection rule produces: token ranges for the source and cue,
// character spans for the content, the frame that found it, kind and confidence.

import type { Span, StatementKind } from '../types.js';
import type { Range } from './phrases.js';

export type Frame = 'preposed' | 'postposed' | 'inverted' | 'according' | 'participial' | 'passive' | 'colon' | 'turn' | 'unsourced' | 'learned';

export interface Attribution {
  sentence: number;
  frame: Frame;
  /** Token range of the speaker phrase, or null when the text names none. */
  source: Range;
  /** Token range of the cue words (auxiliaries and particles included). */
  cue: [number, number];
  /** Extra cue tokens, e.g. "quoted by AFP as" before "saying". */
  content: Span[];
  kind: StatementKind;
  lemma: string;
  direct: boolean;
  /** Token range of the addressee ("told the Tribune") or reporter ("quoted by AFP"). */
  addressee: Range;
  reporter: Range;
  confidence: number;
}
