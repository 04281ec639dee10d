// Who speaks in a transcript's turns. "VASQUEZ:" heading a turn names a person, even when the
// tagger takes the word in capitals for a place or finds no name in it at all. A printed
// interview's "A:" stands for the person interviewed, "Q:" for the outlet that asks.

import type { Document } from '../document.js';
import type { Actor, Mention } from '../types.js';
import { firstStartingAt } from '../lower-bound.js';
import { transcriptTurns, type Turn } from '../transcript.js';
import type { Typed } from './classify.js';
import { makeSegment } from './segments.js';
import { titleAt } from './titles.js';

/**
 * The first token of a label's name after its title: "DR. HALVORSEN", "SUPT. TRANH", "SENATOR
 * WARREN" name Halvorsen, Tranh and Warren, so they join the person the article names in full. A
 * label that is a title alone ("THE PRESIDENT", "CHAIRMAN") keeps it.
 */
function nameAfterTitle(doc: Document, a: number, b: number): number {
  const { tokens } = doc;
  let k = a + titleAt(doc, a, b);
  if (k > a && k < b && tokens[k].text === '.' && tokens[k].start === tokens[k - 1].end) k++;
  return k < b ? k : a;
}

/** `typed` with each named turn's label typed as a person, written in title case ("Vasquez"), replacing what overlapped it. */
export function withTurnSpeakers(doc: Document, typed: Typed[], turns: Map<number, Turn> = transcriptTurns(doc)): Typed[] {
  const { tokens } = doc;
  const labels = [...turns].filter(([, turn]) => turn.label === 'named').map(([si, turn]) => ({ si, a: turn.source[0], b: turn.source[1] }));
  if (labels.length === 0) return typed;
  const overlaps = (t: Typed): boolean => labels.some((l) => t.seg.start < tokens[l.b - 1].end && tokens[l.a].start < t.seg.end);
  const people: Typed[] = labels.map((l) => ({ seg: makeSegment(doc, nameAfterTitle(doc, l.a, l.b), l.b, l.si, true), type: 'PERSON', canonical: null, form: 'surface', strength: 3, partOf: null }));
  return [...typed.filter((t) => !overlaps(t)), ...people].sort((x, y) => x.seg.start - y.seg.start);
}

/**
 * Adds a mention of the person interviewed to each "A:" label, and of the outlet to each "Q:",
 * so the turns resolve to them: the interviewee is the first person the article names before its
 * first question or answer ("Rachel Amis has been housing minister … She spoke to Sunday
 * Review"), the interviewer the first media outlet there. Without one, that side's turns name no one.
 */
export function addInterviewMentions(doc: Document, actors: Actor[], mentions: Mention[], turns: Map<number, Turn> = transcriptTurns(doc)): Mention[] {
  const qa = [...turns.values()].filter((t) => t.label !== 'named');
  if (qa.length === 0) return mentions;
  const { tokens } = doc;
  const firstLabel = Math.min(...qa.map((t) => tokens[t.source[0]].start));
  const byId = new Map(actors.map((a) => [a.id, a]));
  const before = mentions.slice(0, firstStartingAt(mentions, firstLabel));
  const first = (type: Actor['type']): string | undefined => before.find((m) => byId.get(m.actorId)?.type === type)?.actorId;
  const who = { answer: first('PERSON'), question: first('MEDIA') };
  const added: Mention[] = [];
  for (const t of qa) {
    const actorId = t.label === 'answer' ? who.answer : who.question;
    if (actorId) added.push({ actorId, start: tokens[t.source[0]].start, end: tokens[t.source[1] - 1].end });
  }
  return [...mentions, ...added].sort((x, y) => x.start - y.start);
}
