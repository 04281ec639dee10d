// Where a noun object after a cue ends ("praised the bill in a statement", "defended him on
// Monday"): before an adverbial clause, the occasion of speaking or a circumstance; at a
// comma unless a modifier, a quotation or more list items follow.

import type { Token } from '../document.js';
import { lower } from './phrases.js';
import { ARTICLES_AND_POSSESSIVES } from './words.js';

/** Adverbial clause openers that end the object of a non-speech cue ("defended the remarks when …"). */
const OBJECT_BREAK = new Set(['when', 'after', 'while', 'because', 'during', 'before', 'since', 'until', 'although', 'though', 'despite', 'whereas']);
/** Words after a comma that continue a noun object ("praised the plan, including its cost"). */
const OBJECT_GOES_ON = new Set(['including', 'as', 'with', 'of', 'like', 'especially', 'such', 'particularly', 'or', 'his', 'her', 'their', 'its', 'not']);
/** Words that cannot be inside a list item: clause openers and finite verbs. */
const LIST_BREAKERS = new Set(['who', 'which', 'that', 'when', 'where', 'while', 'because', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'said', 'says']);
/** A pronoun object is complete: what follows it ("supported her by a wide margin", "defended him on Monday") is circumstance. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'me', 'us']);
/** What follows a complete pronoun object: time, place, manner. */
const CIRCUMSTANCE = new Set(['by', 'in', 'on', 'at', 'when', 'after', 'during', 'last', 'this', 'before', 'while', 'again', 'since', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** "in a statement", "on Twitter": prepositions and determiners of an occasion of speaking. */
const VENUE_PREPOSITIONS = new Set(['in', 'on', 'at', 'during']);
/** Occasions and media of speaking: "in a statement", "at a rally", "in an interview with …". */
const VENUES = new Set(['statement', 'tweet', 'interview', 'speech', 'post', 'letter', 'email', 'rally', 'conference', 'debate', 'appearance', 'op-ed', 'broadcast', 'hearing', 'video', 'memo']);
const PLATFORMS = new Set(['twitter', 'facebook', 'instagram', 'television']);

/** Whether the object ends before token `j`: an adverbial clause opener or the occasion of speaking. */
export function objectBreaksAt(tokens: Token[], j: number): boolean {
  return OBJECT_BREAK.has(lower(tokens[j])) || venueAt(tokens, j);
}

/** Whether a pronoun object at `i` is complete, a circumstance following it ("supported her by a wide margin"). */
export function pronounObjectEnds(tokens: Token[], i: number): boolean {
  return OBJECT_PRONOUNS.has(lower(tokens[i])) && i + 1 < tokens.length && CIRCUMSTANCE.has(lower(tokens[i + 1]));
}

/** Whether the object ends at comma `j`: not before a modifier ("including …"), a quotation or more list items. */
export function objectCommaEnds(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1] ? lower(tokens[j + 1]) : '';
  return !OBJECT_GOES_ON.has(next) && !/^["“'‘`]/.test(next) && !listGoesOn(tokens, j);
}

/** "named Ruiz, Park and Lee": a short item after the comma, then another comma or "and"/"or". */
function listGoesOn(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 5; k++) {
    const w = lower(tokens[k]);
    if (w === ',' || w === 'and' || w === 'or') return k > j + 1 || w !== ',' && listItemBefore(tokens, j);
    if (!/^[\p{L}\p{N}]/u.test(w) || LIST_BREAKERS.has(w)) return false;
  }
  return false;
}

/** ", and" closes a list when a short item after another comma precedes it ("Ruiz, Park, and Lee"). */
function listItemBefore(tokens: Token[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
    const w = lower(tokens[k]);
    if (w === ',') return k < j - 1;
    if (!/^[\p{L}\p{N}]/u.test(w) || LIST_BREAKERS.has(w)) return false;
  }
  return false;
}

/** "… in a statement", "… at a rally", "… on Twitter": where the speaker spoke, after a noun object. */
function venueAt(tokens: Token[], j: number): boolean {
  if (!VENUE_PREPOSITIONS.has(lower(tokens[j]))) return false;
  const next = tokens[j + 1] ? lower(tokens[j + 1]) : '';
  if (PLATFORMS.has(next)) return true;
  return ARTICLES_AND_POSSESSIVES.has(next) && (VENUES.has(lower(tokens[j + 2] ?? tokens[j])) || VENUES.has(lower(tokens[j + 3] ?? tokens[j])));
}
