// The dashboard's URL <-> filter state: a shared link restores exactly the filters it was made
// from, bad values drop out instead of breaking the page, and brushed buckets become dates.

import { describe, expect, it } from 'vitest';
import { bucketEnd, bucketsOfRange, DEFAULT_STATE, rangeOfBuckets, stateFromQuery, stateToQuery, whereOf, type DashboardState } from '../../../src/dashboard/state.js';

describe('dashboard filter state in the URL', () => {
  it('round-trips every field through the query string', () => {
    const s: DashboardState = { from: '2024-03-01', to: '2024-03-31', source: 'Valley Times', kinds: ['ACCUSATION', 'CLAIM'], actorTypes: ['PERSON', 'COUNTRY'], interval: 'WEEK' };
    const q = stateToQuery(s);
    expect(q).toBe('from=2024-03-01&to=2024-03-31&source=Valley+Times&kinds=CLAIM%2CACCUSATION&actorTypes=PERSON%2CCOUNTRY&interval=WEEK');
    // Lists come back in the canonical order, so one selection has one URL.
    expect(stateFromQuery(`?${q}`)).toEqual({ ...s, kinds: ['CLAIM', 'ACCUSATION'], actorTypes: ['PERSON', 'COUNTRY'] });
  });

  it('leaves defaults out, so the unfiltered dashboard has a bare URL', () => {
    expect(stateToQuery(DEFAULT_STATE)).toBe('');
    expect(stateFromQuery('')).toEqual(DEFAULT_STATE);
  });

  it('accepts repeated and lower-case lists, as the exports do', () => {
    const s = stateFromQuery('kinds=claim&kinds=Warning,praise&actorTypes=person');
    expect(s.kinds).toEqual(['CLAIM', 'PRAISE', 'WARNING']);
    expect(s.actorTypes).toEqual(['PERSON']);
  });

  it('drops malformed values instead of sending them to the API', () => {
    const s = stateFromQuery('from=yesterday&to=2024-13&kinds=NOPE,CLAIM&actorTypes=ALIEN&interval=YEAR&source=%20');
    expect(s).toEqual({ ...DEFAULT_STATE, kinds: ['CLAIM'] });
  });

  it('swaps a from after a to', () => {
    const s = stateFromQuery('from=2024-05-01&to=2024-04-01');
    expect([s.from, s.to]).toEqual(['2024-04-01', '2024-05-01']);
  });

  it('gives the GraphQL where, with or without the dates', () => {
    const s = stateFromQuery('from=2024-01-01&source=Harbour Post&kinds=CLAIM');
    expect(whereOf(s)).toEqual({ from: '2024-01-01', source: 'Harbour Post', kinds: ['CLAIM'] });
    expect(whereOf(s, false)).toEqual({ source: 'Harbour Post', kinds: ['CLAIM'] });
    expect(whereOf(DEFAULT_STATE)).toBeNull();
  });
});

describe('timeline buckets and dates', () => {
  it('ends a bucket on its last day', () => {
    expect(bucketEnd('2024-02-01', 'MONTH')).toBe('2024-02-29');
    expect(bucketEnd('2023-12-01', 'MONTH')).toBe('2023-12-31');
    expect(bucketEnd('2024-03-04', 'WEEK')).toBe('2024-03-10');
    expect(bucketEnd('2024-03-04', 'DAY')).toBe('2024-03-04');
  });

  it('turns brushed buckets into a date range and back', () => {
    const starts = ['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01'];
    expect(rangeOfBuckets(starts, 2, 1, 'MONTH')).toEqual({ from: '2024-02-01', to: '2024-03-31' });
    expect(rangeOfBuckets([], 0, 0, 'MONTH')).toBeNull();
    expect(bucketsOfRange(starts, '2024-02-01', '2024-03-31', 'MONTH')).toEqual([1, 2]);
    expect(bucketsOfRange(starts, '2024-02-15', null, 'MONTH')).toEqual([1, 3]);
    expect(bucketsOfRange(starts, null, null, 'MONTH')).toBeNull();
    expect(bucketsOfRange(starts, '2025-01-01', null, 'MONTH')).toBeNull();
  });
});
