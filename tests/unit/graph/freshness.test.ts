// AnalyticsService freshness without a store: a version source that never answers fails fast
// with STORE_UNAVAILABLE before any graph was read, and marks answers stale after one was.

import { describe, expect, it } from 'vitest';
import { AnalyticsService } from '../../../src/graph/AnalyticsService.js';
import type { GraphSnapshot } from '../../../src/graph/snapshot.js';

const SNAPSHOT: GraphSnapshot = {
  actors: [{ id: 'a', name: 'Ana', type: 'PERSON' }, { id: 'b', name: 'Bo', type: 'PERSON' }],
  statements: [{ id: 's1', speakerId: 'a', targetId: 'b', kind: 'ACCUSATION', articleId: 't1', date: null, source: null }],
  relations: [],
};
const never = (): Promise<{ version: number }> => new Promise(() => {});

describe('AnalyticsService.ensureFresh', () => {
  it('throws STORE_UNAVAILABLE within the check timeout when no graph was ever read', async () => {
    const service = new AnalyticsService(async () => SNAPSHOT, { version: never, checkTimeoutMs: 50 });
    const started = Date.now();
    await expect(service.ensureFresh()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('keeps the last good graph and says stale when the store stops answering', async () => {
    let up = true;
    let clock = 0;
    const service = new AnalyticsService(async () => SNAPSHOT, {
      version: () => (up ? Promise.resolve({ version: 7 }) : never()),
      checkTimeoutMs: 50, checkEveryMs: 1000, now: () => clock,
    });
    await service.ensureFresh();
    expect(service.status()).toEqual({ version: 7, asOf: new Date(0).toISOString(), stale: false });
    up = false;
    clock = 5000;
    await service.ensureFresh();
    expect(service.status()).toEqual({ version: 7, asOf: new Date(0).toISOString(), stale: true });
    expect(service.topSpeakers(5, null).map((r) => r.id)).toEqual(['a']);
  });
});

describe('AnalyticsService.refresh', () => {
  it('keeps the copy and its answers when nothing changed, and is not sent back by an older check', async () => {
    let version = 1;
    let reads = 0;
    let clock = 0;
    const service = new AnalyticsService(async () => { reads++; return SNAPSHOT; }, {
      version: () => Promise.resolve({ version, epoch: 'e1' }), checkEveryMs: 1000, now: () => clock,
    });
    await service.ensureFresh();
    expect(reads).toBe(1);
    const answer = service.topSpeakers(5, null);
    await service.refresh(); // the store is still at version 1
    expect(reads).toBe(1);
    expect(service.topSpeakers(5, null)).toBe(answer);

    // This server wrote (version 2) and refreshed at once; its throttled check still says 1.
    version = 2;
    await service.refresh();
    expect(reads).toBe(2);
    const fresh = service.topSpeakers(5, null);
    clock = 500;
    await service.ensureFresh();
    expect(reads).toBe(2);
    expect(service.topSpeakers(5, null)).toBe(fresh);
    expect(service.status().version).toBe(2);
  });
});

describe('VersionCheck.invalidate', () => {
  it('does not keep a check that began before it: the next caller asks the store again', async () => {
    const { VersionCheck } = await import('../../../src/graph/freshness.js');
    let version = 1;
    const releases: (() => void)[] = [];
    const calls: number[] = [];
    const check = new VersionCheck(() => {
      calls.push(version);
      const seen = version;
      return new Promise((res) => { releases.push(() => res({ version: seen })); });
    }, { checkEveryMs: 60_000 });
    const early = check.check();
    version = 2;
    check.invalidate();
    const late = check.check();
    releases[0]();
    expect(await early).toMatchObject({ ok: true, version: 1 });
    releases[1]();
    expect(await late).toMatchObject({ ok: true, version: 2 });
    expect(await check.check()).toMatchObject({ ok: true, version: 2 });
    expect(calls).toEqual([1, 2]);
  });
});
