// CoNLL-2003 evaluation of actor recognition (the learned tagger joined with the rules): rebuilds
// each document's text from its tokens, runs recognizeActors, maps mention spans back to tokens and
// scores typed PER/ORG/LOC mentions by exact span, as conlleval counts. GROUP, OTHER, ANONYMOUS
// and demonyms fall under MISC and are ignored.

import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { WhosaidError } from '../errors.js';
import { buildDocument } from '../extract/document.js';
import { recognizeActors } from '../extract/actors/index.js';
import { countryIndex, lookupCountry } from '../extract/lexicon/countries.js';
import { wordLists } from '../extract/lexicon/words.js';
import { NER_MODEL_PATH, nerModel } from '../extract/ner/model.js';
import type { ActorType } from '../extract/types.js';

export type ConllType = 'PER' | 'ORG' | 'LOC';
const TYPES: ConllType[] = ['PER', 'ORG', 'LOC'];

interface ConllDoc { tokens: string[][]; tags: string[][] }
type Entity = `${number}:${number}:${ConllType}`;

/** Maps an actor type onto the CoNLL classes; null for what CoNLL calls MISC or does not tag. */
export function conllType(t: ActorType): ConllType | null {
  switch (t) {
    case 'PERSON': return 'PER';
    case 'ORGANIZATION': case 'MEDIA': return 'ORG';
    case 'COUNTRY': case 'PLACE': return 'LOC';
    case 'GROUP': case 'OTHER': case 'ANONYMOUS': return null;
    default: { const never: never = t; return never; }
  }
}

/** Parses a CoNLL IOB2 file (token first, tag last on each line) into documents of sentences. */
export function parseConll(content: string, origin: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { tokens: [], tags: [] };
  let sent: { t: string[]; g: string[] } = { t: [], g: [] };
  const endSentence = (): void => {
    if (sent.t.length) { doc.tokens.push(sent.t); doc.tags.push(sent.g); }
    sent = { t: [], g: [] };
  };
  content.split(/\r?\n/).forEach((line, n) => {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      if (doc.tokens.length) docs.push(doc);
      doc = { tokens: [], tags: [] };
      return;
    }
    if (line.trim() === '') { endSentence(); return; }
    const parts = line.trim().split(/\s+/);
    const tag = parts[parts.length - 1];
    if (parts.length < 2 || !/^(?:O|[BI]-[A-Z]+)$/.test(tag)) {
      throw new WhosaidError('BAD_INPUT', `eval/conll: ${origin}:${n + 1} is not "token tag" with an IOB2 tag; is this a CoNLL file?`);
    }
    sent.t.push(parts[0]);
    sent.g.push(tag);
  });
  endSentence();
  if (doc.tokens.length) docs.push(doc);
  return docs.length === 1 ? splitAtDatelines(docs[0]) : docs;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isHeadline = (sent: string[]): boolean => sent.some((t) => /\p{Lu}{2}/u.test(t)) && !sent.some((t) => /\p{Ll}/u.test(t));

/**
 * A file without -DOCSTART- lines is cut into articles where a dateline ("LONDON 1996-08-30")
 * appears: the article starts at the all-capitals headline lines just before it.
 */
function splitAtDatelines(all: ConllDoc): ConllDoc[] {
  const cuts = [0];
  all.tokens.forEach((sent, i) => {
    if (sent.length > 8 || !DATE.test(sent[sent.length - 1]) || i === 0) return;
    let h = i;
    while (h > cuts[cuts.length - 1] && isHeadline(all.tokens[h - 1]) && i - h < 3) h--;
    if (h > cuts[cuts.length - 1]) cuts.push(h);
  });
  cuts.push(all.tokens.length);
  const out: ConllDoc[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    out.push({ tokens: all.tokens.slice(cuts[k], cuts[k + 1]), tags: all.tags.slice(cuts[k], cuts[k + 1]) });
  }
  return out;
}

/** Gold entities of a document as "firstToken:lastToken:TYPE" over its running token index. */
export function goldEntities(doc: ConllDoc): Set<Entity> {
  const out = new Set<Entity>();
  let idx = 0;
  for (const tags of doc.tags) {
    let open: { s: number; type: string } | null = null;
    const close = (end: number): void => {
      if (open && (TYPES as string[]).includes(open.type)) out.add(`${open.s}:${end}:${open.type as ConllType}`);
      open = null;
    };
    tags.forEach((tag, i) => {
      const type = tag.slice(2);
      if (tag === 'O' || tag.startsWith('B-') || (open && open.type !== type)) close(idx + i - 1);
      if (tag !== 'O' && !open) open = { s: idx + i, type };
    });
    close(idx + tags.length - 1);
    idx += tags.length;
  }
  return out;
}

/** Predicted entities: the document's text rebuilt, actors recognised, spans mapped to tokens. */
export function predictedEntities(doc: ConllDoc): Set<Entity> {
  const starts: number[] = [];
  const ends: number[] = [];
  let text = '';
  for (const sent of doc.tokens) {
    sent.forEach((t, i) => {
      if (i > 0) text += ' ';
      starts.push(text.length);
      text += t;
      ends.push(text.length);
    });
    text += '\n';
  }
  const layer = recognizeActors(buildDocument(text));
  const typeOf = new Map(layer.actors.map((a) => [a.id, a.type]));
  const tokenAt = (offset: number, fromEnd: boolean): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset - (fromEnd ? 1 : 0)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out = new Set<Entity>();
  for (const m of layer.mentions) {
    const type = conllType(typeOf.get(m.actorId)!);
    if (!type || lookupCountry(text.slice(m.start, m.end))?.form === 'demonym') continue;
    out.add(`${tokenAt(m.start, false)}:${tokenAt(m.end, true)}:${type}`);
  }
  return out;
}

interface Counts { tp: number; fp: number; fn: number }

const prf = (c: Counts): [number, number, number] => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};

/** Scores recognizeActors on a CoNLL IOB2 file; returns the printed table. */
export async function conllEval(file: string): Promise<string> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    throw new WhosaidError('BAD_INPUT', `eval/conll: cannot read ${file}; pass the path of a CoNLL IOB2 file`, { cause: e });
  }
  const docs = parseConll(content, file);
  const counts = new Map<ConllType | 'ALL', Counts>([...TYPES, 'ALL' as const].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let words = 0;
  const l0 = performance.now();
  wordLists();
  countryIndex();
  const tagger = nerModel();
  const t0 = performance.now();
  for (const doc of docs) {
    words += doc.tokens.reduce((n, s) => n + s.length, 0);
    const gold = goldEntities(doc);
    const pred = predictedEntities(doc);
    for (const e of pred) {
      const type = e.split(':')[2] as ConllType;
      const hit = gold.has(e);
      counts.get(type)![hit ? 'tp' : 'fp']++;
      counts.get('ALL')![hit ? 'tp' : 'fp']++;
    }
    for (const e of gold) if (!pred.has(e)) { counts.get(e.split(':')[2] as ConllType)!.fn++; counts.get('ALL')!.fn++; }
  }
  const secs = (performance.now() - t0) / 1000;
  const pct = (x: number): string => (100 * x).toFixed(2).padStart(7);
  const rate = Math.round(words / Math.max(secs, 1e-6)).toLocaleString('en-US');
  const lines = [`CoNLL eval of ${file}: ${docs.length} documents, ${words} tokens in ${secs.toFixed(2)} s (${rate} tokens/s; word lists and tagger loaded in ${((t0 - l0) / 1000).toFixed(2)} s)`,
    `learned pipeline: tagger ${relative(process.cwd(), NER_MODEL_PATH)} (${tagger.size.toLocaleString('en-US')} features) joined with the rules (src/extract/actors/learned.ts)`,
    'type    precision  recall      F1     tp     fp     fn'];
  for (const [type, c] of counts) {
    const [p, r, f] = prf(c);
    lines.push(`${type.padEnd(6)} ${pct(p)}   ${pct(r)} ${pct(f)} ${String(c.tp).padStart(6)} ${String(c.fp).padStart(6)} ${String(c.fn).padStart(6)}`);
  }
  return lines.join('\n');
}
