// `npm run bench:api [-- --articles N --duration S --repeats R]`: whosaid's GraphQL server against
// the same queries as plain Cypher through neo4j-driver, at the same concurrency, on a throw-away
// Neo4j loaded with the examples plus N synthetic articles; prints req/s, p50, p99, errors and the
// ratio, for the server as shipped (response cache on), for one with the cache off, and for one
// with the cache off and reads not batched (WHOSAID_READ_BATCH=0). The plain
// Cypher runs two ways: in a managed read transaction (`executeRead`, the driver manual's way) and
// as an auto-commit query (`session.run`, the way the server sends a one-query read). A second
// table gives the CPU each process spent per request (server, Neo4j, load generator or script).

import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';
import { f, gql, loadCorpus, median, numberArg, pids, spread, startServer, viaDriver as driverRun, viaHttp as httpRun, type Cpu, type Run } from './api-harness.js';
import { shapes, type Shape } from './api-shapes.js';

const arg = (name: string, fallback: number): number => numberArg('bench:api', name, fallback);
const ARTICLES = arg('articles', 300);
const DURATION = arg('duration', 3);
const REPEATS = arg('repeats', 3);
const CONNECTIONS = [10, 64];
/** `--only <text>`: measure only the shapes whose name contains it. */
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : '';

const viaHttp = (url: string, query: string, connections: number, server: number): Promise<Run> => httpRun(url, query, connections, server, DURATION);
const viaDriver = (driver: Driver, cypher: NonNullable<Shape['cypher']>, connections: number, autoCommit = false): Promise<Run> =>
  driverRun(driver, cypher, connections, DURATION, autoCommit);

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
    await loadCorpus(url, driver, ARTICLES);
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
