// `npm run bench:api-variants [-- --shape <text> --variant name:K=V,K=V … --rounds R --duration S --articles N]`:
// servers started with different settings, side by side on one query shape, each round beside
// the same query as an auto-commit Cypher query through neo4j-driver (the floor bench:api uses).
// For a setting that moves a figure by less than the machine's noise between runs: every round
// measures every variant, in alternating order, so they share the load the machine had then.
// Variants set environment variables (Node flags go in NODE_OPTIONS); the response cache is off.
// Without --variant it compares the server's young generation: Node's default against the
// 64 MB semi-spaces `serve` starts with (bin/launch.mjs).

import neo4j from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';
import { f, gql, loadCorpus, numberArg, pids, spreadOf, startServer, viaDriver, viaHttp, type Run } from './api-harness.js';
import { shapes } from './api-shapes.js';

const TAG = 'bench:api-variants';
const value = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? undefined : process.argv[i + 1];
};
const num = (name: string, fallback: number): number => numberArg(TAG, name, fallback);

interface Variant { name: string; env: Record<string, string> }
/** `name:K=V,K=V` (no settings after the colon: the server as started by default). */
function parseVariant(spec: string): Variant {
  const colon = spec.indexOf(':');
  if (colon <= 0) throw new Error(`${TAG}: --variant needs name:K=V,K=V, got "${spec}"`);
  const env: Record<string, string> = {};
  for (const kv of spec.slice(colon + 1).split(',').filter(Boolean)) {
    const eq = kv.indexOf('=');
    if (eq <= 0) throw new Error(`${TAG}: --variant ${spec}: "${kv}" is not K=V`);
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return { name: spec.slice(0, colon), env };
}

const SHAPE = value('shape') ?? 'statements';
const ROUNDS = num('rounds', 6);
const DURATION = num('duration', 5);
const ARTICLES = num('articles', 200);
const CONNECTIONS = 10;
const specs = process.argv.flatMap((a, i) => (a === '--variant' ? [process.argv[i + 1]] : []));
const variants = specs.length ? specs.map(parseVariant) : [
  { name: 'Node default semi-space', env: { WHOSAID_SEMI_SPACE_MB: '0' } },
  { name: 'as started (64 MB)', env: {} },
];

async function main(): Promise<void> {
  const shape = shapes('Ostrova').find((s) => s.name.includes(SHAPE));
  if (!shape?.cypher) throw new Error(`${TAG}: no shape with Cypher matches "${SHAPE}"`);
  const config = loadConfig();
  const db = await runNeo4jAttached({ dataDir: null, port: 0, password: config.neo4jPassword });
  const auth = config.neo4jPassword === null ? undefined : neo4j.auth.basic(config.neo4jUser, config.neo4jPassword);
  const driver = neo4j.driver(db.uri, auth);
  pids.neo4j = db.pid;
  const servers: (Variant & { url: string; pid: number; kill: () => void })[] = [];
  try {
    for (const v of variants) {
      const { url, child } = await startServer({ ...process.env, NEO4J_URI: db.uri, LOG_LEVEL: 'error', WHOSAID_RESPONSE_CACHE: '0', ...v.env }, TAG);
      servers.push({ ...v, url, pid: child.pid!, kill: () => child.kill('SIGTERM') });
    }
    await loadCorpus(servers[0].url, driver, ARTICLES, TAG);
    console.log(`shape: ${shape.name}; ${CONNECTIONS} connections, ${DURATION} s per run, ${ROUNDS} rounds; p50 ratio = variant p50 / auto-commit Cypher p50 of the same round\n`);
    for (const s of servers) {
      await gql(s.url, shape.graphql);
      await viaHttp(s.url, shape.graphql, CONNECTIONS, s.pid, DURATION);
    }
    await viaDriver(driver, shape.cypher, CONNECTIONS, DURATION, true);
    const runs = new Map<string, { run: Run; ratio: number }[]>(servers.map((s) => [s.name, []]));
    console.log(`round | auto-commit p50 ms | ${servers.map((s) => `${s.name}: req/s | p50 ms | ratio`).join(' | ')}`);
    console.log(`---|---|${servers.map(() => '---|---|---').join('|')}`);
    for (let r = 0; r < ROUNDS; r++) {
      const floor = await viaDriver(driver, shape.cypher, CONNECTIONS, DURATION, true);
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const run = await viaHttp(s.url, shape.graphql, CONNECTIONS, s.pid, DURATION);
        runs.get(s.name)!.push({ run, ratio: run.p50 / floor.p50 });
      }
      console.log(`${r + 1} | ${f(floor.p50, 2)} | ${servers.map((s) => { const { run, ratio } = runs.get(s.name)![r]; return `${f(run.rps, 0)} | ${f(run.p50, 2)} | ${f(ratio, 2)}`; }).join(' | ')}`);
    }
    console.log('\nvariant | req/s | p50 ms | p50 / auto-commit | server CPU ms per request | errors   (median [min–max] over the rounds)');
    console.log('---|---|---|---|---|---');
    for (const s of servers) {
      const xs = runs.get(s.name)!;
      console.log(`${s.name} | ${spreadOf(xs.map((x) => x.run.rps), 0)} | ${spreadOf(xs.map((x) => x.run.p50), 2)} | ${spreadOf(xs.map((x) => x.ratio), 2)} | ${spreadOf(xs.map((x) => x.run.cpu!.server), 2)} | ${xs.reduce((n, x) => n + x.run.errors, 0)}`);
    }
  } finally {
    for (const s of servers) s.kill();
    await driver.close();
    await db.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
