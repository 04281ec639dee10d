// Cursor windows and Relay connections: defaults, the cap, and bad arguments.
import { describe, expect, it } from 'vitest';
import { connection, cursorAt, PAGE, windowOf } from '../../../src/api/pagination.js';

describe('windowOf', () => {
  it('defaults to 20 and caps at 100', () => {
    expect(windowOf(undefined, undefined)).toEqual({ offset: 0, limit: PAGE.defaultSize });
    expect(windowOf(1000, null)).toEqual({ offset: 0, limit: 100 });
  });
  it('starts after the cursor', () => {
    expect(windowOf(5, cursorAt(9))).toEqual({ offset: 10, limit: 5 });
  });
  it.each([[-1, null], [1.5, null], [5, 'garbage'], [5, Buffer.from('o:-3').toString('base64url')]])(
    'rejects first=%s after=%s as BAD_INPUT', (first, after) => {
      expect(() => windowOf(first, after)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    });
});

describe('connection', () => {
  it('numbers cursors from the page offset and knows whether more follow', () => {
    const c = connection({ items: ['a', 'b'], totalCount: 5, offset: 2, hasNext: true });
    expect(c.edges).toEqual([{ cursor: cursorAt(2), node: 'a' }, { cursor: cursorAt(3), node: 'b' }]);
    expect(c.pageInfo).toEqual({ hasNextPage: true, endCursor: cursorAt(3) });
    expect(connection({ items: [], totalCount: 0, offset: 0, hasNext: false }).pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
