// waitForReady and terminate against small node processes standing in for the JVM: the ready
// line, an early exit, a timeout, and a process that ignores SIGTERM.

import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLaunchable, terminate, waitForReady } from '../../../src/db/launch.js';

const children: ChildProcess[] = [];

function fakeJvm(script: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (c: Buffer) => { text += c.toString(); });
  child.stderr?.on('data', (c: Buffer) => { text += c.toString(); });
  return { child, output: () => text };
}

const gone = (child: ChildProcess) => (): boolean => child.exitCode !== null || child.signalCode !== null;

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

describe('waitForReady', () => {
  it('resolves to the URI of the ready line', async () => {
    const { child, output } = fakeJvm("console.log('starting'); setTimeout(() => console.log('WHOSAID_NEO4J_READY bolt://127.0.0.1:7999'), 200); setInterval(() => {}, 1000)");
    await expect(waitForReady(child, output, 20_000)).resolves.toBe('bolt://127.0.0.1:7999');
  });

  it('rejects with STORE_UNAVAILABLE quoting the output when the process exits first', async () => {
    const { child, output } = fakeJvm("console.error('Address already in use'); process.exit(4)");
    await expect(waitForReady(child, output, 20_000)).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringMatching(/exit code 4[\s\S]*Address already in use/),
    });
  });

  it('kills the process and rejects when the ready line does not come in time', async () => {
    const { child, output } = fakeJvm('setInterval(() => {}, 1000)');
    await expect(waitForReady(child, output, 300)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('not ready after 300 ms') });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');
  });
});

describe('terminate', () => {
  it('ends a process with SIGTERM when it obeys', async () => {
    const { child, output } = fakeJvm("console.log('up'); setInterval(() => {}, 1000)");
    while (!output().includes('up')) await new Promise((r) => setTimeout(r, 20));
    await expect(terminate(child.pid as number, gone(child), 10_000)).resolves.toBe(false);
    expect(child.signalCode).toBe('SIGTERM');
  });

  it('falls back to SIGKILL when SIGTERM is ignored', async () => {
    const { child, output } = fakeJvm("process.on('SIGTERM', () => {}); console.log('up'); setInterval(() => {}, 1000)");
    while (!output().includes('up')) await new Promise((r) => setTimeout(r, 20));
    await expect(terminate(child.pid as number, gone(child), 300)).resolves.toBe(true);
    expect(child.signalCode).toBe('SIGKILL');
  });
});

describe('checkLaunchable', () => {
  it.each(['short', '1234567'])('rejects the password %j, shorter than Neo4j accepts, as CONFIG', (password) => {
    expect(() => checkLaunchable(password)).toThrow(expect.objectContaining({ code: 'CONFIG', message: expect.stringContaining('at least 8') }));
  });
});

describe('waitForReady on a program that cannot run', () => {
  it('rejects with STORE_UNAVAILABLE instead of crashing on the spawn error', async () => {
    const child = spawn('whosaid-no-such-java', [], { stdio: 'ignore' });
    await expect(waitForReady(child, () => '', 20_000)).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('ENOENT') });
  });
});
