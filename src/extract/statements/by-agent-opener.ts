// "Asked by Matt Lauer whether she had practised, Clinton said …", "Pressed by Senator Bell, a
// Democrat from Ohio, on whether the airline oversold, Whitlow conceded …": a participle of a
// question verb opening its sentence, with its agent after "by", reports the agent's question.
// The question runs to the comma before the main clause; the main clause is its own report.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import type { CueMatch } from './cue-match.js';
import { END } from './clause.js';
import { lower, phraseAfter, type Range } from './phrases.js';

/** Words a reported question opens with after its agent ("on whether", "about the delay", "to explain"). */
const QUESTION_OPENERS = new Set(['on', 'about', 'over', 'whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who', 'to']);
/** Prepositions left out of the content when a question word follows them ("on whether …" → "whether …"). */
const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over']);
const WH = new Set(['whether', 'if', 'why', 'what', 'how', 'when', 'where', 'who']);
/** Longest appositive skipped between the agent and the question (", a Democrat from Ohio,"). */
const MAX_APPOSITIVE = 12;

/** A phrase that describes rather than names: it opens with a determiner or possessive, or ends in a lower-case noun. */
const isDescription = (tokens: Token[], r: NonNullable<Range>): boolean =>
  /^(?:the|a|an|his|her|its|their|our)$/i.test(tokens[r[0]].text) || !/^[A-Z]/.test(tokens[r[1] - 1].text);

/** The agent and the question of a sentence-opening "Asked by X whether …," with cue `cue`, or null. */
export function byAgentOpener(tokens: Token[], cue: CueMatch, a: number, b: number): { source: Range; content: Span } | null {
  const opens = cue.start === a || cue.start === a + 1 && lower(tokens[a]) === 'when';
  if (!opens || cue.end !== cue.head + 1 || !/ed$/.test(lower(tokens[cue.head])) || cue.end >= b || lower(tokens[cue.end]) !== 'by') return null;
  const agent = phraseAfter(tokens, cue.end + 1, b);
  if (!agent) return null;
  let source = agent;
  let i = agent[1];
  if (tokens[i]?.text === ',') {
    let j = i + 1;
    while (j < b && j - i <= MAX_APPOSITIVE && tokens[j].text !== ',' && !END.has(tokens[j].text)) j++;
    if (j + 1 < b && tokens[j].text === ',' && QUESTION_OPENERS.has(lower(tokens[j + 1]))) {
      // "by the committee's chair, Labour MP Jane Cole, why …": a description's appositive names
      // the agent, so the source spans both and the speaker resolves to the name.
      if (isDescription(tokens, agent)) source = [agent[0], j];
      i = j + 1;
    }
  }
  if (i >= b || !QUESTION_OPENERS.has(lower(tokens[i]))) return null;
  if (TOPIC_PREPOSITIONS.has(lower(tokens[i])) && i + 1 < b && WH.has(lower(tokens[i + 1]))) i++;
  let stop = i + 1;
  while (stop < b && tokens[stop].text !== ',' && !END.has(tokens[stop].text)) stop++;
  if (stop >= b || tokens[stop].text !== ',') return null;
  return { source, content: [tokens[i].start, tokens[stop - 1].end] };
}
