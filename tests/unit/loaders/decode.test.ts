// Decoding refuses what is not text, with a message naming the input and the problem.

import { describe, expect, it } from 'vitest';
import { assertText, declaredHtmlCharset, decodeText } from '../../../loaders/decode.js';
import { WhosaidError } from '../../../src/errors.js';

const bytes = (...b: number[]): Uint8Array => Uint8Array.from(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function rejection(fn: () => unknown): WhosaidError {
  try {
    fn();
  } catch (err) {
    if (err instanceof WhosaidError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('decodeText', () => {
  it('decodes UTF-16 text that opens with its byte-order mark, either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zürich said: “yes”', 'utf16le')]);
    expect(decodeText(le, 'le.txt')).toBe('Zürich said: “yes”');
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'be.txt')).toBe('Zürich said: “yes”');
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41]), 'odd.txt')).toThrow(/odd\.txt: opens with a UTF-16LE byte-order mark but is not valid UTF-16LE text/);
  });

  it('decodes UTF-8 and drops a byte-order mark', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Zürich said: “yes”')), 'a.txt')).toBe('Zürich said: “yes”');
  });

  it('keeps CRLF line ends and trailing space as they are', () => {
    expect(decodeText(utf8('Title\r\n\r\nBody.  \n'), 'a.txt')).toBe('Title\r\n\r\nBody.  \n');
  });

  it.each([
    ['an empty file', bytes(), /a\.txt: is empty/],
    ['white space only', utf8('  \n\t\n'), /a\.txt: is empty/],
    ['NUL bytes', bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), /a\.txt: looks like binary data.*NUL byte at offset 4/],
    ['invalid UTF-8', bytes(0x48, 0x69, 0xff, 0xfe, 0x20, 0x61), /a\.txt: is not valid UTF-8/],
    ['Latin-1 text', bytes(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72), /a\.txt: is not valid UTF-8/],
    ['control characters', utf8('\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f abc'), /a\.txt: looks like binary data.*control characters/],
  ])('rejects %s with BAD_INPUT', (_name, input, message) => {
    const err = rejection(() => decodeText(input, 'a.txt'));
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(message);
  });
});

describe('assertText', () => {
  it('rejects unpaired surrogates (broken encodings in JSON strings)', () => {
    expect(rejection(() => assertText('abc \ud800 def', 'input #2')).message).toMatch(/^input #2: .*surrogates/);
  });

  it('accepts non-English text, emoji and paired surrogates', () => {
    const text = 'Мэр заявил, что мост откроют в мае. 市长说桥将在五月开放。 🚧';
    expect(assertText(text, 'x')).toBe(text);
  });
});

describe('declaredHtmlCharset', () => {
  it.each([
    ['<meta charset="windows-1252">', 'windows-1252'],
    ["<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-1'>", 'windows-1252'],
    ['<meta charset=utf-8>', 'utf-8'],
    ['<meta charset="no-such-charset">', null],
    ['<p>no declaration</p>', null],
  ])('reads %s as %s', (head, expected) => {
    expect(declaredHtmlCharset(utf8(`<html><head>${head}</head></html>`))).toBe(expected);
  });

  it('lets a declared Latin-1 page decode where strict UTF-8 refuses it', () => {
    const page = bytes(...utf8('<meta charset="windows-1252"><p>caf'), 0xe9, ...utf8(' said</p>'));
    expect(() => decodeText(page, 'p.html')).toThrow(/not valid UTF-8/);
    expect(decodeText(page, 'p.html', declaredHtmlCharset(page)!)).toContain('café said');
  });
});
