// pickPort: the preferred port when free, the next free one when it is taken, and a
// MISSING_PREREQUISITE error when the whole range is busy.

import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { anyFreePort, isPortFree, pickPort } from '../../../src/db/ports.js';
import { WhosaidError } from '../../../src/errors.js';

const servers: net.Server[] = [];

function occupy(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host: '127.0.0.1' }, () => resolve());
    servers.push(server);
  });
}

/** A free port p such that p+1 and p+2 are free too. */
async function freeRun(): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await anyFreePort();
    if (p < 65000 && (await isPortFree(p + 1)) && (await isPortFree(p + 2))) return p;
  }
  throw new Error('no run of three free ports');
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
});

describe('pickPort', () => {
  it('takes the preferred port when it is free', async () => {
    const p = await freeRun();
    expect(await pickPort(p)).toBe(p);
  });

  it('takes the next free port when the preferred one is busy', async () => {
    const p = await freeRun();
    await occupy(p);
    expect(await isPortFree(p)).toBe(false);
    expect(await pickPort(p)).toBe(p + 1);
  });

  it('asks the OS for any free port when given 0', async () => {
    const p = await pickPort(0);
    expect(p).toBeGreaterThan(0);
    expect(await isPortFree(p)).toBe(true);
  });

  it('throws MISSING_PREREQUISITE naming the range when every port in it is busy', async () => {
    const p = await freeRun();
    await occupy(p);
    await occupy(p + 1);
    const err = await pickPort(p, 2).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WhosaidError);
    expect((err as WhosaidError).code).toBe('MISSING_PREREQUISITE');
    expect((err as WhosaidError).message).toContain(`${p}-${p + 1}`);
  });

  it.each([-1, 65536, 1.5])('rejects %s as BAD_INPUT', async (port) => {
    await expect(pickPort(port)).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
