// `npm run bench:api [-- --articles N --duration S --repeats R]`: whosaid's GraphQL server against
// the same queries as plain Cypher through neo4j-driver, at the same concurrency, on a throw-away
// Neo4j loaded with the examples plus N synthetic articles; prints req/s, p50, p99, errors and the
// ratio, for the server as shipped (response cache on), for one with the cache off, and for one
// with the cache off and reads not batched (WHOSAID_READ_BATCH=0). The plain
// Cypher runs two ways: in a managed read transaction (`executeRead`, the driver manual's way) and
// as an auto-commit query (`session.run`, the way the server sends a one-query read). A second
// table gives the CPU each process spent per request (server, Neo4j, load generator or script).

import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';
import { benchArticles } from './api-corpus.js';
import { shapes, type Shape } from './api-shapes.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`bench:api: --${name} needs a positive number, got ${process.argv[i + 1]}`);
  return n;
};
const ARTICLES = arg('articles', 300);
const DURATION = arg('duration', 3);
const REPEATS = arg('repeats', 3);
const CONNECTIONS = [10, 64];
/** `--only <text>`: measure only the shapes whose name contains it. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';

interface Run { rps: number; p50: number; p99: number; errors: number; cpu?: Cpu }
/** CPU milliseconds per request of each process in a run: the server, Neo4j, and this process (the load generator or the plain driver script). */
interface Cpu { server: number; neo4j: number; client: number }

const TICKS_PER_S = 100; // USER_HZ, 100 on Linux
/** CPU seconds a process has used (user + system), from /proc; NaN where /proc is missing. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
  } catch {
    return NaN;
  }
}
const ownCpuSeconds = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

/** Neo4j's process, charged with every run: set once it is up. */
const pids = { neo4j: 0 };
/** Runs `work` and returns its result with the CPU each process (the server: `server`, 0 for none) spent per request in it. */
async function metered(work: () => Promise<Run & { requests: number }>, server: number): Promise<Run> {
  const before = { server: server ? cpuSeconds(server) : 0, neo4j: cpuSeconds(pids.neo4j), client: ownCpuSeconds() };
  const { requests, ...run } = await work();
  const per = (now: number, then: number): number => ((now - then) * 1000) / Math.max(1, requests);
  return { ...run, cpu: { server: server ? per(cpuSeconds(server), before.server) : 0, neo4j: per(cpuSeconds(pids.neo4j), before.neo4j), client: per(ownCpuSeconds(), before.client) } };
}

/** Starts `whosaid serve` on a free port against the given Neo4j; resolves with its URL. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
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
    child.on('exit', (code) => reject(new Error(`bench:api: whosaid serve exited (${code}) before listening:\n${out}`)));
  });
}

async function gql(url: string, query: string, variables?: unknown): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors) throw new Error(`bench:api: ${query.slice(0, 60)}… answered ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function viaHttp(url: string, query: string, connections: number, server: number): Promise<Run> {
  return metered(async () => {
    const r = await autocannon({
      url, connections, duration: DURATION, method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }),
    });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx, requests: r.requests.total };
  }, server);
}

/**
 * `connections` loops, each running the query in a fresh read session for DURATION seconds: in a
 * managed read transaction (`executeRead`, what the driver's manual recommends and what whosaid
 * uses) or, with `autoCommit`, as an auto-commit query (`session.run`: one round trip fewer, no retry).
 */
async function viaDriver(driver: Driver, cypher: NonNullable<Shape['cypher']>, connections: number, autoCommit = false): Promise<Run> {
  return metered(() => driverLoops(driver, cypher, connections, autoCommit), 0);
}

async function driverLoops(driver: Driver, cypher: NonNullable<Shape['cypher']>, connections: number, autoCommit: boolean): Promise<Run & { requests: number }> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + DURATION * 1000;
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
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { rps: latencies.length / ((performance.now() - started) / 1000), p50: at(0.5), p99: at(0.99), errors, requests: latencies.length };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f = (n: number, d = 1): string => (Number.isFinite(n) ? n.toFixed(d) : '–');
/** "median [min–max]" of one figure over the repeats. */
const spread = (runs: Run[], k: 'rps' | 'p50' | 'p99', d = 1): string => {
  const xs = runs.map((r) => r[k]);
  return `${f(median(xs), d)} [${f(Math.min(...xs), d)}–${f(Math.max(...xs), d)}]`;
};

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await runNeo4jAttached({ dataDir: null, port: 0, password: config.neo4jPassword });
  const auth = config.neo4jPassword === null ? undefined : neo4j.auth.basic(config.neo4jUser, config.neo4jPassword);
  const driver = neo4j.driver(db.uri, auth);
  pids.neo4j = db.pid;
  const env = { ...process.env, NEO4J_URI: db.uri, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' };
  // The server as shipped (response cache on), and one with the cache off: the GraphQL layer's
  // own cost on a request that has to ask Neo4j.
  const { url, child } = await startServer({ ...env, WHOSAID_RESPONSE_CACHE: '1' });
  const { url: uncachedUrl, child: uncachedChild } = await startServer({ ...env, WHOSAID_RESPONSE_CACHE: '0' });
  // And one that also sends every read as its own query, as the plain script does.
  const { url: unbatchedUrl, child: unbatchedChild } = await startServer({ ...env, WHOSAID_RESPONSE_CACHE: '0', WHOSAID_READ_BATCH: '0' });
  try {
    const examples = readdirSync('examples').filter((n) => n.endsWith('.txt')).map((n) => {
      const text = readFileSync(`examples/${n}`, 'utf8');
      return { id: n.replace(/\.txt$/, ''), title: text.split('\n')[0], text, source: 'examples', publishedAt: '2022-01-31' };
    });
    const articles = [...examples, ...benchArticles(ARTICLES)];
    const t0 = Date.now();
    for (let i = 0; i < articles.length; i += 10) {
      await gql(url, 'mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { unchanged rejected { reason } } }', { a: articles.slice(i, i + 10) });
      process.stderr.write(`\rbench:api: ingested ${Math.min(i + 10, articles.length)}/${articles.length} articles`);
    }
    process.stderr.write('\n');
    const counts = (await driver.executeQuery('RETURN COUNT { (:Article) } AS a, COUNT { (:Actor) } AS b, COUNT { (:Statement) } AS s')).records[0];
    console.log(`bench:api: ${counts.get('a')} articles, ${counts.get('b')} actors, ${counts.get('s')} statements ingested in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    console.log(`machine: ${process.platform} ${process.arch}, Node ${process.version}, ${(await import('node:os')).cpus().length} cores (${(await import('node:os')).cpus()[0]?.model}); ${DURATION} s per run, ${REPEATS} repeats; median [min–max]\n`);
    console.log('shape | conns | GraphQL req/s | GraphQL p50 ms | GraphQL p99 ms | errors | uncached req/s | uncached p50 ms | uncached p99 ms | errors | Cypher req/s | Cypher p50 ms | Cypher p99 ms | errors | p50 ratio | uncached p50 ratio | auto-commit Cypher p50 ms | uncached / auto-commit | unbatched req/s | unbatched p50 ms | unbatched p99 ms | errors | unbatched / auto-commit');
    console.log('---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---');
    const cpuRows: string[] = [];
    // Warm every shape on every side first: the first shape measured must not pay for the JIT
    // warm-up of Neo4j and the servers that later shapes share.
    for (const shape of shapes('Ostrova').filter((s) => s.name.includes(ONLY))) {
      await gql(url, shape.graphql);
      await gql(uncachedUrl, shape.graphql);
      await viaHttp(url, shape.graphql, 10, child.pid!);
      await viaHttp(uncachedUrl, shape.graphql, 10, uncachedChild.pid!);
      await gql(unbatchedUrl, shape.graphql);
      await viaHttp(unbatchedUrl, shape.graphql, 10, unbatchedChild.pid!);
      if (shape.cypher) await viaDriver(driver, shape.cypher, 10);
      if (shape.cypher) await viaDriver(driver, shape.cypher, 10, true);
    }
    for (const shape of shapes('Ostrova').filter((s) => s.name.includes(ONLY))) {
      for (const c of CONNECTIONS) {
        const http: Run[] = [];
        const uncached: Run[] = [];
        const raw: Run[] = [];
        const auto: Run[] = [];
        const unbatched: Run[] = [];
        for (let r = 0; r < REPEATS; r++) {
          http.push(await viaHttp(url, shape.graphql, c, child.pid!));
          uncached.push(await viaHttp(uncachedUrl, shape.graphql, c, uncachedChild.pid!));
          unbatched.push(await viaHttp(unbatchedUrl, shape.graphql, c, unbatchedChild.pid!));
          if (shape.cypher) raw.push(await viaDriver(driver, shape.cypher, c));
          if (shape.cypher) auto.push(await viaDriver(driver, shape.cypher, c, true));
        }
        const ratio = (xs: Run[], base = raw): string => (base.length ? `${spread(xs.map((h, i) => ({ rps: 0, p50: h.p50 / base[i].p50, p99: 0, errors: 0 })), 'p50', 2)}×` : '–');
        const cols = (xs: Run[]): string => (xs.length ? `${spread(xs, 'rps', 0)} | ${spread(xs, 'p50')} | ${spread(xs, 'p99')} | ${xs.reduce((n, r) => n + r.errors, 0)}` : '– | – | – | –');
        console.log(`${shape.name} | ${c} | ${cols(http)} | ${cols(uncached)} | ${cols(raw)} | ${ratio(http)} | ${ratio(uncached)} | ${auto.length ? spread(auto, 'p50') : '–'} | ${ratio(uncached, auto)} | ${cols(unbatched)} | ${ratio(unbatched, auto)}`);
        if (c === CONNECTIONS[0]) {
          const cpu = (xs: Run[]): string => {
            if (!xs.length) return '– | – | – | –';
            const part = (k: keyof Cpu): number => median(xs.map((x) => x.cpu![k]));
            return `${f(part('server'), 2)} | ${f(part('neo4j'), 2)} | ${f(part('client'), 2)} | ${f(part('server') + part('neo4j') + part('client'), 2)}`;
          };
          cpuRows.push(`${shape.name} | ${cpu(uncached)} | ${cpu(unbatched)} | ${cpu(raw)} | ${cpu(auto)}`);
        }
      }
    }
    // Where the time goes: every process shares the machine's cores, so under load a request's
    // latency follows the CPU all of them spend on it.
    console.log(`\nCPU ms per request at ${CONNECTIONS[0]} connections, median of the repeats (from /proc, 10 ms ticks): the server, Neo4j, and the load generator or the plain script`);
    console.log('shape | uncached: server | Neo4j | autocannon | total | unbatched: server | Neo4j | autocannon | total | Cypher (executeRead): server | Neo4j | script | total | auto-commit: server | Neo4j | script | total');
    console.log('---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---');
    for (const row of cpuRows) console.log(row);
  } finally {
    child.kill('SIGTERM');
    uncachedChild.kill('SIGTERM');
    unbatchedChild.kill('SIGTERM');
    await driver.close();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
