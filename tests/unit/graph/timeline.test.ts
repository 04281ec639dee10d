import { describe, expect, it } from 'vitest';
import { bucketStart, timeline } from '../../../src/graph/timeline.js';
import { snapshot } from './fixture.js';

describe('bucketStart', () => {
  it.each([
    ['2024-03-04T10:00:00Z', 'DAY', '2024-03-04'],
    ['2024-03-10T23:00:00Z', 'WEEK', '2024-03-04'],
    ['2024-03-04T00:00:00Z', 'WEEK', '2024-03-04'],
    ['2024-03-31', 'MONTH', '2024-03-01'],
    ['not a date', 'DAY', null],
  ] as const)('%s by %s starts at %s', (date, interval, start) => {
    expect(bucketStart(date, interval)).toBe(start);
  });
});

describe('timeline', () => {
  it('counts dated statements per month, oldest first', () => {
    expect([...timeline(snapshot.statements, { interval: 'MONTH' })]).toEqual([['2024-03-01', 6], ['2024-04-01', 6]]);
  });

  it('counts one speaker per week', () => {
    expect([...timeline(snapshot.statements, { interval: 'WEEK', speakerId: 'biden' })]).toEqual([
      ['2024-03-04', 2], ['2024-03-11', 2],
    ]);
  });
});
