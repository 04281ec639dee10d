// Roles and titles of named people: "Russian Foreign Minister Sergei Lavrov", "his US
// counterpart Anthony Blinken", "Russia's ambassador to the United Nations, Vasily Nebensia",
// "Its spokesman, David Mensah", "Anna Solberg, chief executive of Nordvik". Each role with a
// holder-of actor becomes an AFFILIATED_WITH relation.

import type { Document } from '../document.js';
import type { Actor, Relation } from '../types.js';
import type { Typed } from './classify.js';
import type { ActorLayer } from './index.js';
import { isHonorific } from './honorifics.js';
import { modifiesRole, titleAt, titleEndingAt } from './titles.js';

const CORPORATE = new Set(['chief executive', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'ceo', 'chief executive officer', 'founder', 'managing director']);
const OWNERS = new Set(['its', 'their']);
const SKIP_BEFORE_TITLE = new Set(['his', 'her', 'the', 'former', 'then', 'new', 'acting', 'a', 'an']);
/** Lower-case words that belong to the title they precede ("chief economist", "deputy head"). */
const TITLE_MODIFIERS = new Set(['chief', 'senior', 'deputy', 'managing', 'vice', 'assistant', 'principal', 'lead', 'executive', 'general', 'associate', 'acting', 'interim', 'joint']);
const LINKS = new Set(['to', 'of', 'for', 'at']);
const APOSTROPHES = new Set(["'", '’']);
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
  if (p > 0 && APOSTROPHES.has(c.doc.tokens[p].text) && c.endAt.get(p) !== undefined) p--;
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
    // "Prime Minister Dr Ansel Thorne": an honorific between the title and the name is no part of the title.
    title = withoutTrailingHonorific(title);
    if (isHonorific(title)) return;
    if (of && of.id === person.id) of = null;
    of ??= sameHeadOrg(out, byId, title, person.id);
    if (person.roles.some((r) => r.title.toLowerCase() === title.toLowerCase() && r.of === (of?.id ?? null))) return;
    person.roles.push({ title, of: of?.id ?? null });
    if (of) out.push({ sourceId: person.id, type: 'AFFILIATED_WITH', targetId: of.id, role: title, evidence: span });
  };
  typed.forEach((t, i) => {
    const person = byId.get(actorOf[i]);
    if (!person || person.type !== 'PERSON') return;
    const seg = t.seg;
    const sentence = doc.sentences[seg.sentence];
    // "Alhaji Musa Bello", "Mr. Tunde Ajayi": a form of address is no role; the description before it may hold one.
    const addressed = seg.title !== null && isHonorific(seg.title.title) && seg.title.affiliation === null;
    if (seg.title && !addressed) {
      const aff = seg.title.affiliation;
      const affIdx = aff ? startAt.get(aff.tokenStart) : undefined;
      const portfolio = aff && affIdx !== undefined ? portfolioOwner(c, affIdx) : null;
      if (aff && portfolio) {
        add(person, doc.text.slice(aff.start, seg.title.end), portfolio, [c.typed[endAt.get(aff.tokenStart)!].seg.start, seg.end]);
        return;
      }
      const of = affIdx !== undefined ? byId.get(actorOf[affIdx]) ?? null : owner(c, seg.title.tokenStart, seg.title.title, seg.sentence) ?? orgAfter(c, t);
      add(person, seg.title.title, of, [aff?.start ?? seg.title.start, seg.end]);
      return;
    }
    if (apposition(c, t, person, sentence.tokenEnd, add)) return;
    let p = (addressed ? seg.title!.tokenStart : seg.tokenStart) - 1;
    // "Commissioner for Environment, Mrs Hauwa Adamu-Lafia,": an honorific outside the name is skipped too.
    if (p > sentence.tokenStart && isHonorific(doc.tokens[p].text.replace(/\.$/, '')) && doc.tokens[p - 1].text === ',') p--;
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
    // "Minister for Health Cathal Dineen": a title, "for" or "of", then a portfolio in capitals no actor holds.
    if (titleStart < 0 && ent === undefined) {
      let q = p;
      while (q > sentence.tokenStart && q > p - 4 && /^\p{Lu}\p{Ll}+$/u.test(doc.tokens[q].text) && endAt.get(q + 1) === undefined) q--;
      if (q < p && q > sentence.tokenStart && /^(?:for|of)$/.test(doc.tokens[q].text)) {
        const head = titleEndingAt(doc, q - 1, sentence.tokenStart);
        if (head >= 0) titleStart = head;
      }
    }
    if (titleStart < 0 && p > sentence.tokenStart && endAt.get(p) === undefined && modifiesRole(doc, p - 1)) titleStart = p - 1;
    // "Counsel for the applicant, Fiona Dunleavy SC,": a title with a lower-case complement set off before the name.
    if (titleStart < 0 && doc.tokens[p + 1]?.text === ',') titleStart = titleBeforeComplement(doc, p, sentence.tokenStart);
    if (titleStart < 0) return;
    while (titleStart - 1 >= sentence.tokenStart && TITLE_MODIFIERS.has(doc.tokens[titleStart - 1].text.toLowerCase())) titleStart--;
    if (!linked) titleStart = afterPossessiveOwner(c, titleStart, sentence.tokenStart, seg.sentence);
    const before = endAt.get(titleStart);
    const portfolio = !linked && before !== undefined && typed[before].seg.sentence === seg.sentence ? portfolioOwner(c, before) : null;
    if (portfolio) titleStart = typed[before!].seg.tokenStart;
    const title = doc.text.slice(doc.tokens[titleStart].start, doc.tokens[titleEnd - 1].end);
    const headTitle = linked ? doc.text.slice(doc.tokens[titleStart].start, doc.tokens[titleStart + Math.max(titleAt(doc, titleStart), 1) - 1].end) : title;
    const of = portfolio ?? owner(c, titleStart, headTitle, seg.sentence) ?? (linked && linked.type !== 'PERSON' ? linked : null) ?? orgAfter(c, t);
    add(person, title, of, [doc.tokens[titleStart].start, seg.end]);
  });
  return out;
}

/**
 * "Chief economist Tom Hart of Fenwick Partners", "Senator Jo Park of Ohio": the organisation or
 * place named right after a titled name by "of" or "at" is whom the title is held for.
 */
function orgAfter(c: Ctx, t: Typed): Actor | null {
  const k = t.seg.tokenEnd;
  if (!['of', 'at'].includes(c.doc.tokens[k]?.text ?? '')) return null;
  const q = c.doc.tokens[k + 1]?.text === 'the' ? k + 2 : k + 1;
  const idx = c.startAt.get(q);
  if (idx === undefined || c.typed[idx].seg.sentence !== t.seg.sentence) return null;
  const of = c.byId.get(c.actorOf[idx]) ?? null;
  return of && of.type !== 'PERSON' ? of : null;
}

/**
 * "Labour's education spokesman, X", "the party's former health spokesman X": lower-case portfolio
 * words between a possessive name and the title belong to the title. Returns the title's new first
 * token (the first portfolio word), or `titleStart` when no possessive name owns it.
 */
function afterPossessiveOwner(c: Ctx, titleStart: number, sentenceStart: number, sentence: number): number {
  let q = titleStart - 1;
  let first = titleStart;
  for (let n = 0; q >= sentenceStart && n < 3 && /^[a-z]+$/.test(c.doc.tokens[q].text); q--, n++) {
    if (!SKIP_BEFORE_TITLE.has(c.doc.tokens[q].text) && first === q + 1) first = q;
  }
  if (q > sentenceStart && APOSTROPHES.has(c.doc.tokens[q].text)) q--;
  const poss = c.endAt.get(q + 1);
  if (first === titleStart || poss === undefined || c.typed[poss].seg.sentence !== sentence) return titleStart;
  const seg = c.typed[poss].seg;
  return seg.possessive || APOSTROPHES.has(c.doc.tokens[seg.tokenEnd]?.text ?? '') ? first : titleStart;
}

/**
 * "Bank of England governor X … Deputy governor Y": a title held for no one named takes the
 * organisation of the article's earlier roles with the same head noun, when they all share one.
 */
function sameHeadOrg(out: Relation[], byId: Map<string, Actor>, title: string, personId: string): Actor | null {
  const head = title.toLowerCase().split(/\s+/).pop() ?? '';
  const orgs = new Set(out.filter((r) => r.sourceId !== personId && (r.role ?? '').toLowerCase().split(/\s+/).pop() === head).map((r) => r.targetId));
  return orgs.size === 1 ? byId.get([...orgs][0]) ?? null : null;
}

/**
 * "Britain's Europe Director X": a place right before the title, itself right after a possessive
 * name, is the title's portfolio; the possessive is whom the title is held for.
 */
function portfolioOwner(c: Ctx, affIdx: number): Actor | null {
  const place = c.byId.get(c.actorOf[affIdx]);
  if (!place || (place.type !== 'PLACE' && place.type !== 'COUNTRY')) return null;
  const before = c.endAt.get(c.typed[affIdx].seg.tokenStart);
  if (before === undefined || !c.typed[before].seg.possessive || c.typed[before].seg.sentence !== c.typed[affIdx].seg.sentence) return null;
  const of = c.byId.get(c.actorOf[before]);
  return of && of.type !== 'PERSON' ? of : null;
}

/** The first token of "Counsel for the applicant" ending at token p: a title, a link word, an optional article, lower-case words; -1 if none. */
function titleBeforeComplement(doc: Document, p: number, floor: number): number {
  // "Counsel for the applicant", "Minister of Energy and Minerals": the complement's words may be capitalised.
  for (let q = p; q > floor && q >= p - 5; q--) {
    const w = doc.tokens[q].text;
    if (LINKS.has(w.toLowerCase()) && q < p) return titleEndingAt(doc, q - 1, floor);
    if (!/^\p{L}+$/u.test(w)) return -1;
  }
  return -1;
}

/** Words that end an appositive title ("chief economist who...", "director, said"). */
const TITLE_STOP = new Set(['who', 'which', 'that', 'and', 'but', 'or', 'said', 'says', 'told', 'was', 'is', 'has', 'had', 'will', 'would', 'since', 'until', 'when', 'in', 'on', 'with', 'from', 'by']);
const MAX_TITLE_TAIL = 4;

/**
 * How far an appositive title at [k, k+n) runs: lower-case words and "of/for + word" phrases
 * that name no actor ("director of product", "director general for Europe" when an
 * organisation follows). Returns the index of the title's last token.
 */
function titleTail(c: Ctx, k: number, n: number, sentenceEnd: number): number {
  const { doc } = c;
  let last = k + n - 1;
  for (let q = last + 1, added = 0; q < sentenceEnd && added < MAX_TITLE_TAIL; q++, added++) {
    const w = doc.tokens[q].text;
    const low = w.toLowerCase();
    // "a logistics executive making his first run for office": a participle ends the title.
    if (TITLE_STOP.has(low) || !/^[A-Za-z-]+$/.test(w) || /^[a-z]{3,}ing$/.test(w) && !LINKS.has(doc.tokens[q - 1].text.toLowerCase())) break;
    const seg = c.startAt.get(q);
    if (LINKS.has(low)) {
      const next = c.startAt.get(q + 1) ?? (doc.tokens[q + 1]?.text.toLowerCase() === 'the' ? c.startAt.get(q + 2) : undefined);
      if (next === undefined) { if (/^[a-z]+$/.test(doc.tokens[q + 1]?.text ?? '') && doc.tokens[q + 1].text !== 'the') continue; break; }
      const after = c.typed[next].seg.tokenEnd;
      if (!LINKS.has(doc.tokens[after]?.text.toLowerCase() ?? '')) break;
      last = after - 1; q = after - 1;
      continue;
    }
    if (seg !== undefined || w !== low) break;
    last = q;
  }
  return last;
}

type Add = (person: Actor, title: string, of: Actor | null, span: [number, number]) => void;

/** "Anna Solberg, chief executive of Nordvik," / "David Mensah, Kenya's ambassador, said". */
function apposition(c: Ctx, t: Typed, person: Actor, sentenceEnd: number, add: Add): boolean {
  const { doc } = c;
  let k = t.seg.tokenEnd;
  if (doc.tokens[k]?.text !== ',') return false;
  k++;
  while (k < sentenceEnd && (SKIP_BEFORE_TITLE.has(doc.tokens[k].text.toLowerCase()) || /^\d+-years?-old$/i.test(doc.tokens[k].text))) k++;
  const ownerSeg = c.startAt.get(k);
  let of: Actor | null = null;
  if (ownerSeg !== undefined && c.typed[ownerSeg].seg.possessive) {
    of = c.byId.get(c.actorOf[ownerSeg]) ?? null;
    k = c.typed[ownerSeg].seg.tokenEnd;
  }
  let n = k < sentenceEnd ? titleAt(doc, k, sentenceEnd) : 0;
  // "Priya Raman, an independent researcher who …": up to two lower-case modifiers before the title belong to it.
  for (let j = 1; n === 0 && j <= 2 && k + j < sentenceEnd; j++) {
    const w = doc.tokens[k + j - 1].text;
    // "Sarah Okonjo, Labour MP for Thornmoor": one capitalised word (a party) right before the title.
    const party = j === 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && titleAt(doc, k + 1, sentenceEnd) > 0;
    if (!party && (!/^\p{Ll}[\p{Ll}-]*$/u.test(w) || TITLE_STOP.has(w) || LINKS.has(w))) break;
    const m = titleAt(doc, k + j, sentenceEnd);
    if (m > 0) n = j + m;
  }
  if (n === 0) return false;
  let last = titleTail(c, k, n, sentenceEnd);
  const title = doc.text.slice(doc.tokens[k].start, doc.tokens[last].end);
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

/** "Prime Minister Dr" → "Prime Minister": a title's last words that are honorifics ("Dr", "Mr", "Cde") are dropped. */
function withoutTrailingHonorific(title: string): string {
  const words = title.split(/\s+/);
  while (words.length > 1 && isHonorific(words[words.length - 1].replace(/\.$/, ''))) words.pop();
  return words.join(' ');
}
