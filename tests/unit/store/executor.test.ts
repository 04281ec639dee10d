// Driver errors become ours: unreachable Neo4j is STORE_UNAVAILABLE, a timeout LIMIT_EXCEEDED,
// anything else passes through (to be masked as internal at the API edge).
import { describe, expect, it } from 'vitest';
import { storeError } from '../../../src/store/executor.js';
import { luceneTerms } from '../../../src/store/search-queries.js';

describe('storeError', () => {
  it.each([
    ['ServiceUnavailable', 'STORE_UNAVAILABLE'],
    ['SessionExpired', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Security.Unauthorized', 'STORE_UNAVAILABLE'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'LIMIT_EXCEEDED'],
  ])('%s → %s, naming what was attempted', (code, ours) => {
    const e = storeError(Object.assign(new Error('boom'), { code }), 'actor lookup') as { code: string; message: string };
    expect(e.code).toBe(ours);
    expect(e.message).toMatch(/actor lookup/);
  });
  it('makes a pool that gave no connection in time STORE_UNAVAILABLE saying Neo4j is busy, not an internal error', () => {
    const err = Object.assign(new Error('Connection acquisition timed out in 4000 ms. Pool status: Active conn count = 19, Idle conn count = 10.'), { code: 'N/A' });
    const e = storeError(err, 'statements') as { code: string; message: string };
    expect(e.code).toBe('STORE_UNAVAILABLE');
    expect(e.message).toMatch(/busy.*statements/);
  });
  it('passes other errors through unchanged', () => {
    const err = Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(storeError(err, 'x')).toBe(err);
  });
});

describe('luceneTerms', () => {
  it('escapes query syntax so user text is only words', () => {
    expect(luceneTerms('create "hysteria" OR *:*')).toBe('create \\"hysteria\\" \\*\\:\\*');
  });
});
