// `whosaid serve` as a user starts it, through bin/whosaid.mjs: it answers from a second Node with
// 64 MB semi-spaces (bin/launch.mjs), and a signal to the command stops both processes cleanly.

import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';

/** Live processes whose parent is `pid`, with their command lines. */
function childrenOf(pid: number): { pid: number; cmdline: string[] }[] {
  const out: { pid: number; cmdline: string[] }[] = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) !== pid) continue;
      out.push({ pid: Number(name), cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').filter(Boolean) });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}
/** Whether a process runs (a zombie, exited but not yet reaped by whoever adopted it, does not). */
const alive = (pid: number): boolean => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};

function serve(env: Record<string, string>) {
  const password = inject('neo4jPassword');
  const child = spawn(process.execPath, ['bin/whosaid.mjs', 'serve', '--port', '0'], {
    env: { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), ...(password === null ? {} : { NEO4J_PASSWORD: password }), LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => { err += c; });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c) => {
      out += c;
      const m = /at (http:\/\/\S+\/graphql)/.exec(out);
      if (m) resolve(m[1]);
    });
    void exited.then(({ code }) => reject(new Error(`serve exited (${code}) before listening: ${out}${err}`)));
  });
  return { child, url, exited, stderr: () => err, stdout: () => out };
}

const started: ReturnType<typeof serve>[] = [];
afterAll(() => {
  for (const s of started) s.child.kill('SIGKILL');
});

describe('whosaid serve through bin/whosaid.mjs', () => {
  it('answers from a child Node with 64 MB semi-spaces and stops both on SIGTERM', async () => {
    const s = serve({});
    started.push(s);
    const url = await s.url;
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
    const kids = childrenOf(s.child.pid!);
    expect(kids).toHaveLength(1);
    expect(kids[0].cmdline).toContain('--max-semi-space-size=64');
    expect(kids[0].cmdline.slice(-3)).toEqual(['serve', '--port', '0']);
    expect(kids[0].cmdline.at(-4)).toMatch(/bin\/whosaid\.mjs$/);
    s.child.kill('SIGTERM');
    expect(await s.exited).toEqual({ code: 0, signal: null });
    expect(alive(kids[0].pid)).toBe(false);
    await expect(fetch(url, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('stops the server when the command is killed outright', async () => {
    const s = serve({});
    started.push(s);
    await s.url;
    const [kid] = childrenOf(s.child.pid!);
    s.child.kill('SIGKILL');
    await s.exited;
    const until = Date.now() + 15_000;
    while (alive(kid.pid) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
    expect(alive(kid.pid)).toBe(false);
  });

  it('runs in one process when WHOSAID_SEMI_SPACE_MB=0', async () => {
    const s = serve({ WHOSAID_SEMI_SPACE_MB: '0' });
    started.push(s);
    await s.url;
    expect(childrenOf(s.child.pid!).filter((k) => k.cmdline[0] === process.execPath)).toEqual([]);
    s.child.kill('SIGINT');
    expect({ ...(await s.exited), stderr: s.stderr() }).toEqual({ code: 0, signal: null, stderr: '' });
    expect(s.stdout()).toMatch(/stopping/);
  });

  it('refuses a size that is not a whole number, naming the variable', async () => {
    const s = serve({ WHOSAID_SEMI_SPACE_MB: 'lots' });
    await expect(s.url).rejects.toThrow();
    expect((await s.exited).code).toBe(1);
    expect(s.stderr()).toMatch(/WHOSAID_SEMI_SPACE_MB: expected a whole number of megabytes.*"lots"/);
  });
});
