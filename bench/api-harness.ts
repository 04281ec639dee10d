// What bench:api and bench:api-variants share: starting `whosaid serve` against a throw-away
// Neo4j, loading the corpus, driving load through HTTP (autocannon) or the driver, and reading
// the CPU each process spent.

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { benchArticles } from './api-corpus.js';
import type { Shape } from './api-shapes.js';

/** `--name N` of the command line as a positive number, `fallback` when absent; `tag` names the bench in the error. */
export function numberArg(tag: string, name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${tag}: --${name} needs a positive number, got ${process.argv[i + 1]}`);
  return n;
}

export interface Run { rps: number; p50: number; p99: number; errors: number; cpu?: Cpu }
/** CPU milliseconds per request of each process in a run: the server, Neo4j, and this process (the load generator or the plain driver script). */
export interface Cpu { server: number; neo4j: number; client: number }

const TICKS_PER_S = 100; // USER_HZ, 100 on Linux
/** A process's /proc/<pid>/stat fields after its name; null when it is gone or there is no /proc. */
function statOf(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null;
  }
}
/**
 * CPU seconds (user + system) a process and its live descendants have used, from /proc; NaN
 * where /proc is missing. `whosaid serve` answers from a child Node it starts (bin/launch.mjs).
 */
export function cpuSeconds(pid: number): number {
  const own = statOf(pid);
  if (!own) return NaN;
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = Number(statOf(Number(name))?.[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid)!.push(Number(name));
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const p = queue.pop()!;
    const fields = p === pid ? own : statOf(p);
    if (fields) total += (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
    queue.push(...(children.get(p) ?? []));
  }
  return total;
}
const ownCpuSeconds = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** Neo4j's process, charged with every run: set once it is up. */
export const pids = { neo4j: 0 };
/** Runs `work` and returns its result with the CPU each process (the server: `server`, 0 for none) spent per request in it. */
export async function metered(work: () => Promise<Run & { requests: number }>, server: number): Promise<Run> {
  const before = { server: server ? cpuSeconds(server) : 0, neo4j: cpuSeconds(pids.neo4j), client: ownCpuSeconds() };
  const { requests, ...run } = await work();
  const per = (now: number, then: number): number => ((now - then) * 1000) / Math.max(1, requests);
  return { ...run, cpu: { server: server ? per(cpuSeconds(server), before.server) : 0, neo4j: per(cpuSeconds(pids.neo4j), before.neo4j), client: per(ownCpuSeconds(), before.client) } };
}

/** Starts `whosaid serve` on a free port against the given Neo4j; resolves with its URL. */
export function startServer(env: NodeJS.ProcessEnv, tag = 'bench:api'): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/whosaid.mjs', 'serve', '--port', '0'], { env, stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    // Read stdout until the URL shows, then keep draining it unread: the request log must not
    // pile up in this process, which also drives the load.
    let out = '';
    const listen = (c: Buffer): void => {
      out += c.toString();
      const m = /at (http:\/\/\S+\/graphql)/.exec(out);
      if (!m) return;
      child.stdout!.off('data', listen).on('data', () => {});
      out = '';
      resolve({ url: m[1], child });
    };
    child.stdout!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`${tag}: whosaid serve exited (${code}) before listening:\n${out}`)));
  });
}

export async function gql(url: string, query: string, variables?: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`bench: ${query.slice(0, 60)}… answered ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The examples plus `n` synthetic articles, ingested through the API; prints what the store then holds. */
export async function loadCorpus(url: string, driver: Driver, n: number, tag = 'bench:api'): Promise<void> {
  const examples = readdirSync('examples').filter((name) => name.endsWith('.txt')).map((name) => {
    const text = readFileSync(`examples/${name}`, 'utf8');
    return { id: name.replace(/\.txt$/, ''), title: text.split('\n')[0], text, source: 'examples', publishedAt: '2022-01-31' };
  });
  const articles = [...examples, ...benchArticles(n)];
  const t0 = Date.now();
  for (let i = 0; i < articles.length; i += 10) {
    await gql(url, 'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { unchanged rejected { reason } } }', { a: articles.slice(i, i + 10) });
    process.stderr.write(`\r${tag}: ingested ${Math.min(i + 10, articles.length)}/${articles.length} articles`);
  }
  process.stderr.write('\n');
  const counts = (await driver.executeQuery('RETURN COUNT { (:Article) } AS a, COUNT { (:Actor) } AS b, COUNT { (:Statement) } AS s')).records[0];
  console.log(`${tag}: ${counts.get('a')} articles, ${counts.get('b')} actors, ${counts.get('s')} statements ingested in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/** The value at quantile q of sorted xs. */
const at = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

/**
 * `connections` HTTP clients posting `query` for `duration` seconds (autocannon). Latencies are
 * taken from each response's own timing, in fractions of a millisecond: autocannon's summary
 * rounds them to whole milliseconds, a tenth of a p50 near 8 ms.
 */
export async function viaHttp(url: string, query: string, connections: number, server: number, duration: number): Promise<Run> {
  return metered(async () => {
    const latencies: number[] = [];
    const instance = autocannon({
      url, connections, duration, method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) latencies.push(ms);
    });
    const r = await instance;
    latencies.sort((a, b) => a - b);
    return { rps: r.requests.average, p50: at(latencies, 0.5), p99: at(latencies, 0.99), errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
  }, server);
}

/**
 * `connections` loops, each running the query in a fresh read session for `duration` seconds: in
 * a managed read transaction (`executeRead`, what the driver's manual recommends) or, with
 * `autoCommit`, as an auto-commit query (`session.run`: one round trip fewer, no retry).
 */
export async function viaDriver(driver: Driver, cypher: NonNullable<Shape['cypher']>, connections: number, duration: number, autoCommit = false): Promise<Run> {
  return metered(async () => {
    const latencies: number[] = [];
    let errors = 0;
    const end = Date.now() + duration * 1000;
    const loop = async (): Promise<void> => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          if (autoCommit) await session.run(cypher.text, cypher.params);
          else await session.executeRead((tx) => tx.run(cypher.text, cypher.params));
          latencies.push(performance.now() - t0);
        } catch {
          errors++;
        } finally {
          await session.close();
        }
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: connections }, loop));
    latencies.sort((a, b) => a - b);
    return { rps: latencies.length / ((performance.now() - started) / 1000), p50: at(latencies, 0.5), p99: at(latencies, 0.99), errors, requests: latencies.length };
  }, 0);
}

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
export const f = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '–');
/** "median [min–max]" of numbers. */
export const spreadOf = (xs: number[], d = 1): string => `${f(median(xs), d)} [${f(Math.min(...xs), d)}–${f(Math.max(...xs), d)}]`;
/** "median [min–max]" of one figure over the repeats. */
export const spread = (runs: Run[], k: 'rps' | 'p50' | 'p99', d = 1): string => spreadOf(runs.map((r) => r[k]), d);
