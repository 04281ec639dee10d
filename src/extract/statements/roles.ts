// The actors a statement points at: its target (who is accused, warned, rejected, praised),
// the actors its content mentions, and the outlet that relays it ("quoted by AFP",
// "…, the Associated Press reported", "told the Tribune").

import { SAY_LIKE } from './postposed-frame.js';
import type { Document } from '../document.js';
import type { Actor, Mention, Span, StatementKind } from '../types.js';
import type { ActorLayer } from '../actors/index.js';
import type { Attribution } from './detect.js';
import type { Range } from './phrases.js';
import { definiteAntecedent } from './speakers.js';
import { firstStartingAt } from '../lower-bound.js';

const RELAYS = new Set(['reports', 'according to']);

/** Kinds whose speech act is aimed at someone. */
const AIMED: ReadonlySet<StatementKind> = new Set(['ACCUSATION', 'CRITICISM', 'PRAISE', 'WARNING', 'REJECTION', 'DEMAND']);

/** Mentions lying inside any of the spans, in text order. */
export function mentionsIn(layer: ActorLayer, spans: Span[]): Mention[] {
  const out: Mention[] = [];
  for (const [s, e] of spans) {
    for (let i = firstStartingAt(layer.mentions, s); i < layer.mentions.length && layer.mentions[i].start < e; i++) {
      if (layer.mentions[i].end <= e) out.push(layer.mentions[i]);
    }
  }
  return out;
}

function rangeSpan(doc: Document, r: Range): Span | null {
  return r ? [doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end] : null;
}

/** The actor a token range names: the first mention inside it. */
export function actorIn(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, r: Range): Actor | null {
  const span = rangeSpan(doc, r);
  if (!span) return null;
  const m = mentionsIn(layer, [span])[0];
  return m ? byId.get(m.actorId) ?? null : null;
}

/** Distinct actors mentioned in the content, in order of first mention. */
export function aboutIds(layer: ActorLayer, content: Span[]): string[] {
  return [...new Set(mentionsIn(layer, content).map((m) => m.actorId))];
}

/** The target of an aimed speech act: the addressee, else the first other actor the content names. */
export function targetOf(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, att: Attribution, kind: StatementKind, speakerId: string | null): string | null {
  if (!AIMED.has(kind)) return null;
  const addressee = actorIn(doc, layer, byId, att.addressee);
  if (addressee && addressee.id !== speakerId) return addressee.id;
  const first = mentionsIn(layer, att.content).find((m) => m.actorId !== speakerId && byId.get(m.actorId)?.type !== 'PLACE');
  if (first) return first.actorId;
  const k = tokenAt(doc, att.content[0][0]);
  if (k < 0) return null;
  const end = Math.min(k + 3, doc.tokens.length);
  return (definiteAntecedent(doc, layer, byId, [k, end], speakerId) ?? definiteAntecedent(doc, layer, byId, [k, end - 1], speakerId))?.id ?? null;
}

function tokenAt(doc: Document, offset: number): number {
  const lo = firstStartingAt(doc.tokens, offset);
  return lo < doc.tokens.length && doc.tokens[lo].start === offset ? lo : -1;
}

/** The outlet relaying an attribution named in its own cue: "quoted by AFP", "told the Tribune". */
export function ownReporter(doc: Document, layer: ActorLayer, byId: Map<string, Actor>, att: Attribution): string | null {
  const reporter = actorIn(doc, layer, byId, att.reporter);
  if (reporter) return reporter.id;
  const addressee = actorIn(doc, layer, byId, att.addressee);
  return addressee && addressee.type === 'MEDIA' ? addressee.id : null;
}

/**
 * For each attribution, the index of an enclosing relay in the same sentence: a media outlet's
 * "reported" / "according to" whose content holds this attribution's cue. -1 when none.
 */
export function relayOf(doc: Document, atts: Attribution[], isMedia: (i: number) => boolean): number[] {
  const relays = atts.map(() => -1);
  let first = 0;
  for (let i = 0; i < atts.length; i++) {
    while (atts[first].sentence !== atts[i].sentence) first++;
    const cueAt = doc.tokens[atts[i].cue[0]].start;
    for (let j = first; j < atts.length && atts[j].sentence === atts[i].sentence; j++) {
      const outer = atts[j];
      if (j === i || !RELAYS.has(outer.lemma) || !isMedia(j)) continue;
      // "…, according to a source, after executives argued …": a report in the clause tacked on after "according to X" is not what X relays.
      // And "according to" relays only words said ("Reeves told officers …, according to a complaint"), not a poll's finding it reports ("71% of teachers backed the change, according to Hull").
      if (outer.lemma === 'according to' && !SAY_LIKE.has(atts[i].lemma)) continue;
      const held = outer.lemma === 'according to' ? outer.content.slice(0, 1) : outer.content;
      if (held.some(([s, e]) => cueAt >= s && cueAt < e)) {
        relays[i] = j;
        break;
      }
    }
  }
  return relays;
}
