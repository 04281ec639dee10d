// Scores who an extraction credits each statement to against hand-written speaker keys
// (tests/fixtures/speaker-keys: NAME.txt and NAME.keys.json): the share of output statements
// with the right speaker actor, and the share of key attributions found with the right speaker.

import type { Extraction } from '../extract/types.js';
import { normalizeName } from './gold.js';

/** One attribution of a key: the speaker actor's name, the cue, the kind and the content's first words. */
export interface SpeakerKey { speaker: string; cue: string; kind: string; content: string }

/** Counts of one article or of a whole directory. */
export interface SpeakerScore {
  /** Output statements, and those matching a key with the key's speaker. */
  output: number; outputRight: number;
  /** Key attributions, and those found with the right speaker. */
  keys: number; keysFound: number;
}

/** Lower case, quotation marks dropped (English, German „…“ and French «…» ones), spaces collapsed. */
const words = (s: string): string => s.toLowerCase().replace(/[“”"‘’'„‟«»‚‹›]/g, '').replace(/\s+/g, ' ').trim();

/** Whether a statement's content and cue are those of a key: the content, or one of its quoted paragraphs, opens with the key's words. */
function sameAttribution(content: string, cue: string, key: SpeakerKey): boolean {
  const k = words(key.content);
  const opens = content.split(' … ').map(words).some((c) => c.startsWith(k) || c.startsWith(`that ${k}`));
  return opens && words(cue).includes(words(key.cue));
}

/** For each statement, the indices of the keys it matches with the key's speaker (same content start and cue). */
export function keysRightPerStatement(ex: Pick<Extraction, 'actors' | 'statements'>, keys: SpeakerKey[]): number[][] {
  const names = new Map(ex.actors.map((a) => [a.id, [a.name, ...a.aliases].map(normalizeName)]));
  const speaks = (id: string | null, name: string): boolean => id !== null && (names.get(id) ?? []).includes(normalizeName(name));
  return ex.statements.map((st) => keys.flatMap((k, i) => (sameAttribution(st.content, st.cue, k) && speaks(st.speakerId, k.speaker) ? [i] : [])));
}

/** Scores one extraction against its key. A statement matches a key with the same content start and cue. */
export function scoreSpeakers(ex: Pick<Extraction, 'actors' | 'statements'>, keys: SpeakerKey[]): SpeakerScore {
  const right = keysRightPerStatement(ex, keys);
  return { output: ex.statements.length, outputRight: right.filter((r) => r.length > 0).length, keys: keys.length, keysFound: new Set(right.flat()).size };
}

/** Adds one score into a running total. */
export function addScore(total: SpeakerScore, s: SpeakerScore): void {
  total.output += s.output;
  total.outputRight += s.outputRight;
  total.keys += s.keys;
  total.keysFound += s.keysFound;
}
