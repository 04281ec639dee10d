// INTERACTS_WITH relations: "X met (with) Y", "X spoke with Y", "talks between X and Y",
// "a telephone conversation between X and Y". Both ends are actors mentioned in one sentence.

import type { Document } from '../document.js';
import type { Actor, Mention, Relation } from '../types.js';
import type { ActorLayer } from '../actors/index.js';

const NOUNS = new Set(['conversation', 'conversations', 'talks', 'talk', 'meeting', 'meetings', 'call', 'calls', 'summit', 'negotiations', 'discussions', 'discussion', 'phone', 'exchange', 'dialogue']);
const VERBS = new Set(['met', 'meet', 'meets', 'spoke', 'speaks', 'talked', 'talks', 'telephoned', 'phoned', 'hosted']);
const HOLD = new Set(['held', 'hold', 'holds', 'holding']);
const VERB_PREPS = new Set(['with', 'to']);
const NEEDS_PREP = new Set(['spoke', 'speaks', 'talked', 'talks', 'meet']);
const STOP = new Set([',', ';', ':', '.', 'on', 'in', 'over', 'about', 'which', 'that', 'who', 'to', 'for']);

/** The mention to use from a chunk of consecutive mentions: the person if there is one, else the last. */
function pick(ms: Mention[], byId: Map<string, Actor>): Mention | null {
  if (ms.length === 0) return null;
  return ms.find((m) => byId.get(m.actorId)?.type === 'PERSON') ?? ms[ms.length - 1];
}

/** Finds interactions sentence by sentence; linear in tokens plus mentions. */
export function findInteractions(doc: Document, layer: ActorLayer): Relation[] {
  const byId = new Map(layer.actors.map((a) => [a.id, a]));
  const out: Relation[] = [];
  const seen = new Set<string>();
  const add = (x: Mention | null, y: Mention | null, span: [number, number]): void => {
    if (!x || !y || x.actorId === y.actorId) return;
    const key = [x.actorId, y.actorId].sort().join('|');
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ sourceId: x.actorId, type: 'INTERACTS_WITH', targetId: y.actorId, role: null, evidence: span });
  };
  let mi = 0;
  for (const s of doc.sentences) {
    while (mi < layer.mentions.length && layer.mentions[mi].start < s.start) mi++;
    if (mi + 1 >= layer.mentions.length || layer.mentions[mi + 1].start >= s.end) continue;
    const toks = doc.tokens;
    let trigger = false;
    for (let i = s.tokenStart; i < s.tokenEnd && !trigger; i++) trigger = toks[i].text === 'between' || VERBS.has(toks[i].text);
    if (!trigger) continue;
    const ms: Mention[] = [];
    for (let k = mi; k < layer.mentions.length && layer.mentions[k].start < s.end; k++) ms.push(layer.mentions[k]);
    const chunk = (from: number, to: number): Mention[] => {
      let end = to;
      for (let k = from; k < to; k++) if (STOP.has(toks[k].text.toLowerCase()) && k > from) { end = k; break; }
      const a = toks[from]?.start ?? 0;
      const b = end < toks.length ? toks[end].start : doc.text.length;
      return ms.filter((m) => m.start >= a && m.end <= b);
    };
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const w = toks[i].text.toLowerCase();
      if (w === 'between' && i > s.tokenStart && NOUNS.has(toks[i - 1].text.toLowerCase())) {
        let and = i + 1;
        while (and < s.tokenEnd && toks[and].text !== 'and') and++;
        if (and >= s.tokenEnd) continue;
        add(pick(ms.filter((m) => m.start >= toks[i].end && m.end <= toks[and].start), byId), pick(chunk(and + 1, s.tokenEnd), byId), [toks[i - 1].start, s.end]);
      } else if (VERBS.has(w) && i > s.tokenStart && (w !== 'talks' || HOLD.has(toks[i - 1].text.toLowerCase()))) {
        let j = i + 1;
        if (j < s.tokenEnd && VERB_PREPS.has(toks[j].text.toLowerCase())) j++;
        else if (NEEDS_PREP.has(w)) continue;
        const before = ms.filter((m) => m.end <= toks[i].start);
        if (before.length === 0) continue;
        const people = before.filter((m) => byId.get(m.actorId)?.type === 'PERSON');
        const subj = people.length ? people[people.length - 1] : before[before.length - 1];
        add(subj, pick(chunk(j, s.tokenEnd), byId), [before[0].start, s.end]);
      }
    }
  }
  return out;
}
