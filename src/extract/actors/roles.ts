// Roles and titles of named people: "Russian Foreign Minister Sergei Lavrov", "his US
// counterpart Anthony Blinken", "Russia's ambassador to the United Nations, Vasily Nebensia",
// "Its spokesman, David Mensah", "Anna Solberg, chief executive of Nordvik". Each role with a
// holder-of actor becomes an AFFILIATED_WITH relation.

import type { Document } from '../document.js';
import type { Actor, Relation } from '../types.js';
import type { Typed } from './classify.js';
import type { ActorLayer } from './index.js';
import { isHonorific } from './honorifics.js';
import { titleAt, titleEndingAt } from './titles.js';

const CORPORATE = new Set(['chief executive', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ceo', 'chief executive officer', 'founder', 'managing director']);
const OWNERS = new Set(['its', 'their']);
const SKIP_BEFORE_TITLE = new Set(['his', 'her', 'the', 'former', 'then', 'new', 'acting', 'a']);
const LINKS = new Set(['to', 'of', 'for', 'at']);
const ORG_TYPES = new Set(['ORGANIZATION', 'GROUP', 'MEDIA']);

interface Ctx {
  doc: Document;
  layer: ActorLayer;
  typed: Typed[];
  actorOf: string[];
  endAt: Map<number, number>;
  startAt: Map<number, number>;
  byId: Map<string, Actor>;
  /** Sentence index → index of its first organisation-like typed segment. */
  firstOrg: Map<number, number>;
}

/** The first organisation-like actor mentioned in the nearest earlier sentence that has one. */
function contextOrg(c: Ctx, before: number, sentence: number, skipSame: boolean): Actor | null {
  for (let s = sentence - (skipSame ? 1 : 0); s >= Math.max(0, sentence - 3); s--) {
    const i = c.firstOrg.get(s);
    if (i === undefined || (s === sentence && c.typed[i].seg.tokenStart >= before)) continue;
    return c.byId.get(c.actorOf[i]) ?? null;
  }
  return null;
}

/** Who the title at tokens [ts, te) is held for: an entity right before it, "its", or context. */
function owner(c: Ctx, ts: number, title: string, sentence: number): Actor | null {
  let p = ts - 1;
  while (p >= 0 && SKIP_BEFORE_TITLE.has(c.doc.tokens[p].text.toLowerCase())) p--;
  const seg = c.endAt.get(p + 1);
  if (seg !== undefined && c.typed[seg].seg.sentence === sentence) return c.byId.get(c.actorOf[seg]) ?? null;
  if (p >= 0 && OWNERS.has(c.doc.tokens[p].text.toLowerCase())) return contextOrg(c, ts, sentence, true);
  if (CORPORATE.has(title.toLowerCase())) return contextOrg(c, ts, sentence, false);
  return null;
}

/** Finds roles of PERSON actors; records them on the actors and returns the relations. */
export function findRoles(doc: Document, layer: ActorLayer, typed: Typed[], actorOf: string[]): Relation[] {
  const endAt = new Map<number, number>();
  const startAt = new Map<number, number>();
  typed.forEach((t, i) => { endAt.set(t.seg.tokenEnd, i); startAt.set(t.seg.tokenStart, i); });
  const byId = new Map(layer.actors.map((a) => [a.id, a]));
  const firstOrg = new Map<number, number>();
  typed.forEach((t, i) => {
    if (!firstOrg.has(t.seg.sentence) && ORG_TYPES.has(byId.get(actorOf[i])?.type ?? '')) firstOrg.set(t.seg.sentence, i);
  });
  const c: Ctx = { doc, layer, typed, actorOf, endAt, startAt, byId, firstOrg };
  const out: Relation[] = [];
  const add = (person: Actor, title: string, of: Actor | null, span: [number, number]): void => {
    if (isHonorific(title)) return;
    if (of && of.id === person.id) of = null;
    if (person.roles.some((r) => r.title.toLowerCase() === title.toLowerCase() && r.of === (of?.id ?? null))) return;
    person.roles.push({ title, of: of?.id ?? null });
    if (of) out.push({ sourceId: person.id, type: 'AFFILIATED_WITH', targetId: of.id, role: title, evidence: span });
  };
  typed.forEach((t, i) => {
    const person = byId.get(actorOf[i]);
    if (!person || person.type !== 'PERSON') return;
    const seg = t.seg;
    const sentence = doc.sentences[seg.sentence];
    if (seg.title) {
      const aff = seg.title.affiliation;
      const affIdx = aff ? startAt.get(aff.tokenStart) : undefined;
      const of = affIdx !== undefined ? byId.get(actorOf[affIdx]) ?? null : owner(c, seg.title.tokenStart, seg.title.title, seg.sentence);
      add(person, seg.title.title, of, [aff?.start ?? seg.title.start, seg.end]);
      return;
    }
    if (apposition(c, t, person, sentence.tokenEnd, add)) return;
    let p = seg.tokenStart - 1;
    if (p >= sentence.tokenStart && doc.tokens[p].text === ',') p--;
    if (p < sentence.tokenStart) return;
    let titleStart = titleEndingAt(doc, p, sentence.tokenStart);
    let titleEnd = p + 1;
    let linked: Actor | null = null;
    const ent = endAt.get(p + 1);
    if (titleStart < 0 && ent !== undefined && typed[ent].seg.sentence === seg.sentence) {
      let q = typed[ent].seg.tokenStart - 1;
      if (q >= sentence.tokenStart && doc.tokens[q].text.toLowerCase() === 'the') q--;
      if (q > sentence.tokenStart && LINKS.has(doc.tokens[q].text.toLowerCase())) {
        titleStart = titleEndingAt(doc, q - 1, sentence.tokenStart);
        linked = byId.get(actorOf[ent]) ?? null;
      }
    }
    if (titleStart < 0) return;
    const title = doc.text.slice(doc.tokens[titleStart].start, doc.tokens[titleEnd - 1].end);
    const headTitle = linked ? doc.text.slice(doc.tokens[titleStart].start, doc.tokens[titleStart + Math.max(titleAt(doc, titleStart), 1) - 1].end) : title;
    const of = owner(c, titleStart, headTitle, seg.sentence) ?? (linked && linked.type !== 'PERSON' ? linked : null);
    add(person, title, of, [doc.tokens[titleStart].start, seg.end]);
  });
  return out;
}

type Add = (person: Actor, title: string, of: Actor | null, span: [number, number]) => void;

/** "Anna Solberg, chief executive of Nordvik," / "David Mensah, Kenya's ambassador, said". */
function apposition(c: Ctx, t: Typed, person: Actor, sentenceEnd: number, add: Add): boolean {
  const { doc } = c;
  let k = t.seg.tokenEnd;
  if (doc.tokens[k]?.text !== ',') return false;
  k++;
  while (k < sentenceEnd && SKIP_BEFORE_TITLE.has(doc.tokens[k].text.toLowerCase())) k++;
  const ownerSeg = c.startAt.get(k);
  let of: Actor | null = null;
  if (ownerSeg !== undefined && c.typed[ownerSeg].seg.possessive) {
    of = c.byId.get(c.actorOf[ownerSeg]) ?? null;
    k = c.typed[ownerSeg].seg.tokenEnd;
  }
  const n = k < sentenceEnd ? titleAt(doc, k, sentenceEnd) : 0;
  if (n === 0) return false;
  const title = doc.text.slice(doc.tokens[k].start, doc.tokens[k + n - 1].end);
  let last = k + n - 1;
  if (!of && LINKS.has(doc.tokens[last + 1]?.text.toLowerCase() ?? '')) {
    let q = last + 2;
    if (doc.tokens[q]?.text.toLowerCase() === 'the') q++;
    const seg = c.startAt.get(q);
    if (seg !== undefined) {
      of = c.byId.get(c.actorOf[seg]) ?? null;
      last = c.typed[seg].seg.tokenEnd - 1;
    }
  }
  add(person, title, of, [t.seg.start, doc.tokens[last].end]);
  return true;
}
