// Stage 1 of extraction: RawArticle text → Document (paragraphs, sentences, tokens), all as
// offsets into the unchanged text. Excluded spans (teasers, comment forms) yield no sentences.

import type { Span } from './types.js';
import { isAbbreviation } from './lexicon/abbreviations.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token of this sentence in Document.tokens, and one past its last. */
  tokenStart: number;
  tokenEnd: number;
  /** Index of the paragraph this sentence belongs to. */
  paragraph: number;
}

export interface Document {
  /** The text the stages read: the article's, with single quotation marks read as double ones (same length). */
  text: string;
  /** The article's text as given, for the words a statement quotes. */
  source?: string;
  paragraphs: Span[];
  sentences: Sentence[];
  tokens: Token[];
}

/**
 * A word, or one punctuation mark. A period inside a word joins only an initialism ("U.S", "a.m"),
 * a number ("2.5") or a lower-case part ("Amazon.com"), so "said.Trump" is two words; a number
 * with thousands separators ("50,000", "1,500.5bn") is one token, and so is a clock time ("09:40",
 * a live blog's entry stamp), which would otherwise read as a colon cue.
 */
const TOKEN = /\p{N}{1,2}:\p{N}{2}(?![\p{N}:])|\p{N}{1,3}(?:,\p{N}{3}(?!\p{N}))+(?:\.\p{N}+)?\p{L}*|[\p{L}\p{N}]+(?:[-'’&][\p{L}\p{N}]+|\.(?:(?<=(?:^|[^\p{L}\p{N}])[\p{L}\p{N}]\.)|(?=[\p{Ll}\p{N}]))[\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;
const MAX_SENTENCE_TOKENS = 400;

function overlapsAny(start: number, end: number, spans: Span[]): boolean {
  return spans.some(([s, e]) => start < e && end > s);
}

/** Splits text into tokens; a trailing period stays on a token only for known abbreviations. */
function tokenize(text: string, start: number, end: number, out: Token[]): void {
  TOKEN.lastIndex = start;
  const slice = text.slice(0, end);
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    let t = m[0];
    let s = m.index;
    if (t.length > 1 && t.endsWith('.') && !isAbbreviation(t) && !/\.\p{L}/u.test(t) && !givenNameInitial(text, t, s, out)) {
      out.push({ start: s, end: s + t.length - 1, text: t.slice(0, -1) });
      s = s + t.length - 1;
      t = '.';
    }
    out.push({ start: s, end: s + t.length, text: t });
  }
}

/**
 * "Ma. Lourdes C. Dimaculangan", "Sen. Ma. Teresa Villaroman": the Filipino abbreviation of Maria
 * opens a given name of two capitalised words; not "Jack Ma. Alibaba said", a surname after a name.
 */
function givenNameInitial(text: string, t: string, s: number, out: Token[]): boolean {
  if (t !== 'Ma.') return false;
  const prev = out[out.length - 1];
  if (prev && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && text.slice(prev.end, s).trim() === '') return false;
  return /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text.slice(s + 3, s + 60));
}

const CLOSERS = new Set(['"', '”', '’', "'", ')', '»']);

/** The token after `i` and any closing marks attached to it: "(D-Ore.) said" and "?” he said" continue the sentence. */
function nextAfterClosers(tokens: Token[], i: number): Token | undefined {
  let k = i + 1;
  while (k < tokens.length && CLOSERS.has(tokens[k].text) && tokens[k].start === tokens[k - 1].end) k++;
  return tokens[k];
}

/**
 * Whether the sentence goes on after the stop at `i`: a lower-case word or comma follows ("?” she
 * said"), or a number follows a short word the stop abbreviates ("No. 10", "pp. 12"). A number after
 * any other word opens a sentence ("… on Monday. 12 people were hurt").
 */
function continuesAfterStop(tokens: Token[], i: number): boolean {
  const next = nextAfterClosers(tokens, i)?.text ?? '';
  if (/^[a-z,]/.test(next)) return true;
  if (!/^\p{N}/u.test(next) || tokens[i].text !== '.' || i === 0) return false;
  const before = tokens[i - 1];
  return before.end === tokens[i].start && /^\p{L}{1,3}$/u.test(before.text);
}

/** Whether a line ends as a sentence does (a full stop, question or exclamation mark, a closing quote after it); a headline does not. */
export const endsSentence = (line: string): boolean => /[.!?]["”’]?\s*$/.test(line);

/** The article's headline: its first paragraph when that has no closing full stop, else null. */
export function headlineOf(doc: Document): Span | null {
  const first = doc.paragraphs[0];
  return first && !endsSentence(doc.text.slice(first[0], first[1])) ? first : null;
}

/** A wire desk's slug before a headline: "EXCLUSIVE-", "UPDATE 2-", "RPT-EXCLUSIVE-", in capitals and glued to the next word. */
const WIRE_SLUG = /^\s*(?:[A-Z]{3,}(?: \d{1,2})?-)+(?=\p{Lu}\p{Ll})/u;

/** Longest quotation in single marks looked for, in characters, and most apostrophes passed inside one. */
const MAX_SINGLE_QUOTE = 3000;
const MAX_MARKS_LOOKED_AT = 60;

/**
 * A house style that quotes with single marks (‘…’, British papers, some magazines; or plain
 * '…' in text copied without curly marks) read as one that quotes with double marks: each mark
 * opening a quotation and the one that closes it become “ and ”, character for character, so
 * every offset stays the text's. Curly single marks only when the text has no curly double marks
 * at all; straight ones only when it has no double marks of either kind (two straight marks count
 * as one) and no curly single ones.
 * A closing mark is one after the sentence's punctuation ("…,’ says"), else the first after a word
 * not ending in s and before no letter (not "don’t", "growers’ union"). A straight opener must
 * come before a letter ("'90s" opens nothing). Each opener looks ahead within its paragraph,
 * MAX_SINGLE_QUOTE characters and MAX_MARKS_LOOKED_AT marks only.
 */
export function withDoubleQuotes(text: string): string {
  if (/[“”]/.test(text)) return text;
  if (text.includes('‘')) return pairSingleMarks(text, '’', /(?:^|[\s(\[—–-])‘(?=\S)/gmu);
  // Two straight marks typed for a double one ('' … '') are double quotation marks of their own.
  if (text.includes('"') || !text.includes("'") || text.includes("''")) return text;
  return pairSingleMarks(text, "'", /(?:^|[\s(\[—–])'(?=\p{L})/gmu);
}

/** Replaces each opener `openerAt` finds and the `closer` mark that ends its quotation with “ and ”. */
function pairSingleMarks(text: string, closer: string, openerAt: RegExp): string {
  const out = text.split('');
  const marks: number[] = [];
  for (let k = text.indexOf(closer); k >= 0; k = text.indexOf(closer, k + 1)) marks.push(k);
  let next = 0;
  let resume = 0;
  let newline = -1;
  for (const m of text.matchAll(openerAt)) {
    const at = m.index + m[0].length - 1;
    if (at < resume) continue;
    // Within the paragraph and at most MAX_SINGLE_QUOTE characters on: a text of unclosed marks costs linear time.
    if (newline !== text.length && newline < at) newline = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
    const paraEnd = Math.min(newline, at + MAX_SINGLE_QUOTE);
    let close = -1;
    let loose = -1;
    while (next < marks.length && marks[next] <= at) next++;
    for (let q = next; q < marks.length && marks[q] < paraEnd && q < next + MAX_MARKS_LOOKED_AT; q++) {
      const k = marks[q];
      if (/[\p{L}\p{N}]/u.test(text[k + 1] ?? ' ')) continue;
      if (/[.,!?;:…]/.test(text[k - 1])) { close = k; break; }
      if (loose < 0 && /\p{L}/u.test(text[k - 1]) && text[k - 1] !== 's') loose = k;
    }
    if (close < 0) close = loose;
    if (close < 0) continue;
    out[at] = '“';
    out[close] = '”';
    resume = close + 1;
  }
  return out.join('');
}

/** Builds the Document: paragraphs are blank-line or newline separated, sentences end at . ! ? */
export function buildDocument(source: string, excluded: Span[] = []): Document {
  const text = withDoubleQuotes(source);
  const paragraphs: Span[] = [];
  const para = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = para.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (m[0].trim() === '' || overlapsAny(s, e, excluded)) continue;
    // A wire slug glued to the headline ("EXCLUSIVE-Carmaker …", "UPDATE 2-…") is the desk's label, not the headline's words.
    const slug = paragraphs.length === 0 ? WIRE_SLUG.exec(m[0]) : null;
    paragraphs.push([s + (slug ? slug[0].length : 0), e]);
  }
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach(([ps, pe], p) => {
    const first = tokens.length;
    tokenize(text, ps, pe, tokens);
    let open = first;
    for (let i = first; i < tokens.length; i++) {
      const t = tokens[i].text;
      let boundary = (t === '.' || t === '!' || t === '?') || i - open + 1 >= MAX_SENTENCE_TOKENS;
      if (boundary && (t === '.' || t === '?' || t === '!') && continuesAfterStop(tokens, i)) boundary = false;
      if (!boundary) continue;
      let j = i;
      while (j + 1 < tokens.length && CLOSERS.has(tokens[j + 1].text) && tokens[j + 1].start === tokens[j].end) j++;
      sentences.push({ start: tokens[open].start, end: tokens[j].end, tokenStart: open, tokenEnd: j + 1, paragraph: p });
      open = j + 1;
      i = j;
    }
    if (open < tokens.length) {
      sentences.push({ start: tokens[open].start, end: tokens[tokens.length - 1].end, tokenStart: open, tokenEnd: tokens.length, paragraph: p });
    }
  });
  return { text, source, paragraphs, sentences, tokens };
}
