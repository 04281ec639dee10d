// The speakers of a transcript's turns are people: "VASQUEZ:" heading a turn names a person even
// when the tagger takes the word in capitals for a place, or finds no name in it at all.

import type { Document } from '../document.js';
import { transcriptTurns } from '../transcript.js';
import type { Typed } from './classify.js';
import { makeSegment } from './segments.js';

/** `typed` with each turn label typed as a person, written in title case ("Vasquez"), replacing what overlapped it. */
export function withTurnSpeakers(doc: Document, typed: Typed[]): Typed[] {
  const turns = transcriptTurns(doc);
  if (turns.size === 0) return typed;
  const { tokens } = doc;
  const labels = [...turns].map(([si, turn]) => ({ si, a: turn.source[0], b: turn.source[1] }));
  const overlaps = (t: Typed): boolean => labels.some((l) => t.seg.start < tokens[l.b - 1].end && tokens[l.a].start < t.seg.end);
  const people: Typed[] = labels.map((l) => ({ seg: makeSegment(doc, l.a, l.b, l.si, true), type: 'PERSON', canonical: null, form: 'surface', strength: 3, partOf: null }));
  return [...typed.filter((t) => !overlaps(t)), ...people].sort((x, y) => x.seg.start - y.seg.start);
}
