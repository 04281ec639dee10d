// Bytes → text, refusing what is not text: empty files, binary data (NUL bytes, control
// characters), invalid UTF-8 (or invalid in an HTML page's declared charset). A leading
// byte-order mark is dropped by the decoder; a UTF-16 byte-order mark switches to UTF-16.

import { WhosaidError } from '../src/errors.js';

/** Files above this size are refused before decoding (a news article is far smaller). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
const CONTROL = /[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g;
const MAX_CONTROL_SHARE = 0.01;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const bad = (origin: string, problem: string): WhosaidError =>
  new WhosaidError('BAD_INPUT', `${origin}: ${problem}`);

/**
 * Checks that a string is article text: not blank, no NUL, few control characters, no lone
 * surrogates. Throws BAD_INPUT naming the origin and the problem; returns the text unchanged.
 */
export function assertText(text: string, origin: string): string {
  if (text.trim() === '') throw bad(origin, 'is empty (no text to extract from)');
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw bad(origin, `looks like binary data, not text (NUL character at offset ${nul})`);
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(8, text.length * MAX_CONTROL_SHARE)) {
    throw bad(origin, `looks like binary data, not text (${controls} control characters)`);
  }
  if (LONE_SURROGATE.test(text)) throw bad(origin, 'contains unpaired UTF-16 surrogates (broken text encoding)');
  return text;
}

/**
 * The character encoding an HTML page declares in its first 1024 bytes (`<meta charset>` or
 * `http-equiv="Content-Type"`), as a WHATWG label the TextDecoder knows; null when none.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const label = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase() ?? null;
  if (label === null) return null;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** 'utf-16le' or 'utf-16be' when the bytes open with that byte-order mark, else null. */
export function utf16ByBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Decodes bytes as text and checks the result with assertText. UTF-8 is decoded strictly (a
 * BOM is dropped); a UTF-16 BOM (as Windows editors write) decodes as UTF-16; `encoding` names
 * another charset (an HTML page's declared one).
 */
export function decodeText(bytes: Uint8Array, origin: string, encoding = 'utf-8'): string {
  if (bytes.length === 0) throw bad(origin, 'is empty (0 bytes)');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw bad(origin, `is ${bytes.length} bytes; whosaid reads inputs up to ${MAX_INPUT_BYTES} bytes`);
  }
  const utf16 = utf16ByBom(bytes);
  if (utf16) {
    let wide: string;
    try {
      wide = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw bad(origin, `opens with a ${utf16.toUpperCase()} byte-order mark but is not valid ${utf16.toUpperCase()} text`);
    }
    return assertText(wide, origin);
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw bad(origin, `looks like binary data, not text (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw bad(origin, `is not valid ${encoding === 'utf-8' ? 'UTF-8' : encoding} text (convert it to UTF-8 first, e.g. with iconv)`);
  }
  return assertText(text, origin);
}
