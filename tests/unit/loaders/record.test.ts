// Records (JSON files, NDJSON lines, API input): every field checked, errors name the record
// and the field, ids come from the record, its URL or its text.

import { describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../../loaders/record.js';
import { WhosaidError } from '../../../src/errors.js';

function errorOf(record: unknown): WhosaidError {
  try {
    articleFromRecord(record, 'input #3');
  } catch (err) {
    if (err instanceof WhosaidError) return err;
    throw err;
  }
  throw new Error('expected a rejection');
}

describe('articleFromRecord', () => {
  it('builds an article from a full text record', () => {
    const a = articleFromRecord({
      id: 'r1', url: 'https://news.example/story', title: 'Bridge opens', text: 'Bridge opens\n\nThe bridge opened, the mayor said.',
      publishedAt: '2024-05-01T09:00:00+02:00', source: 'News Example', byline: 'A. Writer', tags: ['ignored'],
    }, 'input #1');
    expect(a).toMatchObject({
      id: 'r1', url: 'https://news.example/story', title: 'Bridge opens', source: 'News Example', byline: 'A. Writer',
      publishedAt: '2024-05-01T07:00:00.000Z', origin: 'input #1', excluded: [],
    });
  });

  it('derives the id from the URL, else from the text, and the title from the first line', () => {
    const byUrl = articleFromRecord({ url: 'https://news.example/story#comments', text: 'T\n\nBody.' }, 'x');
    expect(byUrl.id).toBe(articleFromRecord({ url: 'https://news.example/story', text: 'Other\n\nText.' }, 'y').id);
    const byText = articleFromRecord({ text: 'Headline here\n\nBody.' }, 'x');
    expect(byText.id).toMatch(/^t-/);
    expect(byText.title).toBe('Headline here');
  });

  it('reads an html record through the HTML reader, record fields winning', () => {
    const a = articleFromRecord({ title: 'Given title', html: '<html><head><title>Page</title></head><body><p>The council voted, a councillor said.</p></body></html>' }, 'x');
    expect(a.title).toBe('Given title');
    expect(a.text).toContain('The council voted, a councillor said.');
  });

  it.each([
    ['not an object', 'just a string', /^input #3 must be an object/],
    ['an array', [{ text: 'x' }], /^input #3 must be an object.*an array/],
    ['no text or html', { title: 'T' }, /^input #3: field "text" is missing or empty/],
    ['empty text', { text: '   ' }, /field "text" is missing or empty/],
    ['text of the wrong type', { text: 42 }, /^input #3: field "text" must be a string, got number/],
    ['both text and html', { text: 'a', html: '<p>b</p>' }, /has both "text" and "html"/],
    ['a numeric id', { id: 7, text: 'a' }, /field "id" must be a string, got number/],
    ['an overlong id', { id: 'x'.repeat(201), text: 'a' }, /field "id" is longer than 200/],
    ['a relative url', { url: '/news/1', text: 'a' }, /field "url" is not an absolute URL/],
    ['a non-http url', { url: 'javascript:alert(1)', text: 'a' }, /field "url" must be http\(s\)/],
    ['a bad date', { publishedAt: 'yesterday', text: 'a' }, /field "publishedAt" is not a date: "yesterday"/],
    ['a title of the wrong type', { title: ['a'], text: 'a' }, /field "title" must be a string, got an array/],
    ['binary text', { text: 'PK\u0000\u0003' }, /^input #3: looks like binary data/],
  ])('rejects %s with BAD_INPUT naming record and field', (_name, record, message) => {
    const err = errorOf(record);
    expect(err.code).toBe('BAD_INPUT');
    expect(err.message).toMatch(message);
  });
});
