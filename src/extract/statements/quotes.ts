// Finds quotations in a Document: curly, straight and typewriter (``…'') marks, paired within
// a paragraph, and quotes that run over several paragraphs (each new paragraph reopens the
// quote with an opening mark). One linear scan; unbalanced marks never cost more than that.

import type { Document } from '../document.js';
import type { Span } from '../types.js';

export interface Quote {
  /** Offset of the opening mark. */
  start: number;
  /** One past the closing mark (or the end of the last paragraph when never closed). */
  end: number;
  /** One span per paragraph the quote covers, marks included. */
  pieces: Span[];
  closed: boolean;
}

const MARK = /“|”|"|``|'''|''|«|»|„/g;
const OPENERS = new Set(['“', '``', '«', '„']);
const CLOSERS = new Set(['”', '»']);
/** Only spaces and invisible direction marks: a closing mark after them opens a paragraph's quote. */
const BLANK = /^[\s\u200b-\u200f\u202a-\u202e\ufeff]*$/;

/** All quotations of the document in text order, spans include the marks. */
export function findQuotes(doc: Document): Quote[] {
  const { text } = doc;
  const marks = [...text.matchAll(MARK)];
  const quotes: Quote[] = [];
  let pending: Span[] | null = null;
  let mi = 0;
  doc.paragraphs.forEach(([ps, pe], pi) => {
    while (mi < marks.length && marks[mi].index < ps) mi++;
    let openAt = -1;
    let carried: Span[] | null = null;
    let first = true;
    for (; mi < marks.length && marks[mi].index < pe; mi++) {
      const mark = marks[mi][0];
      const at = marks[mi].index;
      if (first && pending && text.slice(ps, at).trim() === '' && !CLOSERS.has(mark)) {
        carried = pending;
        openAt = at;
        first = false;
        continue;
      }
      first = false;
      if (openAt < 0) {
        if (!CLOSERS.has(mark) || BLANK.test(text.slice(ps, at))) openAt = at;
        continue;
      }
      if (OPENERS.has(mark) && !misusedOpener(text, at, pe)) {
        openAt = at;
        carried = null;
        continue;
      }
      const end = at + mark.length;
      const pieces: Span[] = [...(carried ?? []), [openAt, end]];
      quotes.push({ start: pieces[0][0], end, pieces, closed: true });
      openAt = -1;
      carried = null;
    }
    pending = openAt >= 0 ? [...(carried ?? []), [openAt, pe]] : null;
    if (pending && !opensWithQuote(text, doc.paragraphs[pi + 1])) {
      quotes.push({ start: pending[0][0], end: pe, pieces: pending, closed: false });
      pending = null;
    }
  });
  return quotes;
}

/** An opening mark typed where a closing one belongs: right after “,” or “.” and before a space or the paragraph end ("…,“ said Ruiz"). */
function misusedOpener(text: string, at: number, pe: number): boolean {
  return at > 0 && /[,.?!]/.test(text[at - 1]) && (at + 1 >= pe || /\s/.test(text[at + 1]));
}

function opensWithQuote(text: string, next: Span | undefined): boolean {
  if (!next) return false;
  const head = text.slice(next[0], next[0] + 3).trimStart();
  return head.startsWith('“') || head.startsWith('"') || head.startsWith('``') || head.startsWith("''") || head.startsWith('«');
}

/** Index over quotes for offset look-ups in O(log n). */
export class QuoteIndex {
  readonly quotes: Quote[];
  constructor(quotes: Quote[]) {
    this.quotes = quotes;
  }
  /** The quote whose piece contains offset, or null. */
  at(offset: number): Quote | null {
    let lo = 0;
    let hi = this.quotes.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const q = this.quotes[mid];
      if (offset < q.start) hi = mid - 1;
      else if (offset >= q.end) lo = mid + 1;
      else return q.pieces.some(([s, e]) => offset >= s && offset < e) ? q : null;
    }
    return null;
  }
}
