// Cues that name no source: "the plan seems to work", "the deal is expected to pass" and
// agentless passives ("Sanders was declared the winner", "it was revealed that …"). The
// subject is not the speaker but part of what is said, so it joins the content.

import type { Token } from '../document.js';
import type { Span } from '../types.js';
import { contentAfter, type ContentContext } from './content.js';
import { CLAUSE_OPENERS, END, isQuoteOpen } from './clause.js';
import type { CueMatch } from './cue-match.js';
import { leadingName } from './leading-subject.js';
import { lower, phraseAfter, phraseBefore } from './phrases.js';
import { EXPERIENCER_PARTICIPLES, IRREGULAR_PARTICIPLES } from './words.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Prepositions after "appear" that make it a showing up, not a seeming ("appeared on a show"). */
const PLACES = new Set(['on', 'in', 'at', 'before', 'with', 'alongside', 'onstage', 'together', 'during', 'for']);

/**
 * Whether the cue is a passive with no agent after it: an auxiliary "be" before a past
 * participle ("has been criticized", "was widely reported"), no "by" right after, and not
 * a participle whose subject feels or holds the view ("is convinced that", "was worried").
 */
export function agentlessPassive(tokens: Token[], cue: CueMatch, b: number): boolean {
  if (!cue.verb || cue.verb.unsourced) return false;
  const head = lower(tokens[cue.head]);
  if (!/ed$/.test(head) && !IRREGULAR_PARTICIPLES.has(head)) return false;
  if (EXPERIENCER_PARTICIPLES.has(head) || lower(tokens[cue.end - 1]) === 'by' || cue.end < b && lower(tokens[cue.end]) === 'by') return false;
  for (let i = cue.start; i < cue.head; i++) if (BE.has(lower(tokens[i]))) return true;
  return false;
}

const AGENT_WINDOW = 12;

/**
 * The agent of a passive cue a few words on, in the same clause: "was declared the winner
 * by news organizations". Returns the index of "by" and the agent phrase, or null.
 */
export function laterAgent(tokens: Token[], from: number, b: number): { by: number; agent: [number, number] } | null {
  for (let i = from + 1; i < b && i < from + AGENT_WINDOW; i++) {
    const w = lower(tokens[i]);
    if (w === ',' || END.has(w) || isQuoteOpen(tokens, i, b) || CLAUSE_OPENERS.has(w)) return null;
    if (w !== 'by' || i + 1 >= b || /ing$/.test(lower(tokens[i + 1]))) continue;
    const agent = phraseAfter(tokens, i + 1, b);
    return agent && agent[0] === i + 1 ? { by: i, agent } : null;
  }
  return null;
}

/**
 * The content of a cue without a source: the subject before the cue (`left` is the last token
 * before it) and the words after it, up to `by` when a later agent is the source. Null when there is no subject, or when a "seem"/"expected"
 * cue has no infinitive or complement after it.
 */
export function unsourcedContent(ctx: ContentContext, cue: CueMatch, left: number, floor: number, passive: boolean, by = -1): Span[] | null {
  const { tokens } = ctx.doc;
  if (!passive) {
    if (cue.end >= ctx.b) return null;
    const next = tokens[cue.end];
    const complement = cue.lemma === 'seem' && (lower(next) === 'like' || /^[a-z]+$/.test(next.text) && !CLAUSE_OPENERS.has(next.text) && !PLACES.has(next.text));
    if (lower(next) !== 'to' && !complement) return null;
  }
  const subject = phraseBefore(tokens, left, floor) ?? (left > floor && tokens[left].text === ',' ? leadingName(tokens, floor, left) : null);
  if (!subject) return null;
  const rest: Span[] = by > cue.end ? [[tokens[cue.end].start, tokens[by - 1].end]] : cue.end < ctx.b ? contentAfter(ctx, cue.end, passive).spans : [];
  if (rest.length === 0 && !passive) return null;
  return [[tokens[subject[0]].start, tokens[subject[1] - 1].end], ...rest];
}
