// Soak: 64 connections send the README's tour queries (20,000 requests by default) to a whosaid
// server while a separate `whosaid ingest` process writes a synthetic corpus into the same fresh
// Neo4j. Prints requests, errors, p50/p99, the server's memory before and after, and the final
// counts beside those one clean run gives (articles and statements of the extractions, no
// duplicate actors). Not a test: run `npm run soak -- [--requests N] [--connections C] [--articles N]`.

import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import neo4j from 'neo4j-driver';
import { articleFromRecord } from '../loaders/record.js';
import { buildApp } from '../src/app/build.js';
import { ingestArticles } from '../src/app/ingest-files.js';
import { writeSynthCorpus } from '../src/cli/commands/generate.js';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';
import { extract } from '../src/extract/index.js';
import { createLogger } from '../src/obs/logger.js';
import { createApp } from '../src/server/app.js';
import { listen } from '../src/server/listen.js';
import { person } from '../src/synth/cast.js';
import { synthCorpus } from '../src/synth/index.js';

function args(argv: string[]) {
  const o = { requests: 20_000, connections: 64, preload: 500, articles: 1_000, seed: 7 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, '') as keyof typeof o;
    if (!(key in o)) throw new Error(`soak: unknown argument ${argv[i]} (use --requests, --connections, --preload, --articles, --seed)`);
    o[key] = Number(argv[++i]);
    if (!Number.isInteger(o[key]) || o[key] < 1) throw new Error(`soak: --${key} must be a positive integer`);
  }
  return o;
}

const o = args(process.argv.slice(2));
const gc = (globalThis as { gc?: () => void }).gc;
const mb = (): number => { gc?.(); return Math.round(process.memoryUsage().rss / 1024 / 1024); };
const heapMb = (): number => { gc?.(); return Math.round(process.memoryUsage().heapUsed / 1024 / 1024); };

// One corpus: the first `preload` articles are stored before the load starts, the rest are
// written by a separate `whosaid ingest` process while the queries run.
const records = [...synthCorpus(o.preload + o.articles, o.seed)];
const dir = mkdtempSync(join(tmpdir(), 'whosaid-soak-'));
writeSynthCorpus(dir, o.preload + o.articles, o.seed);
const expected = { articles: records.length, statements: records.reduce((n, r, i) => n + extract(articleFromRecord(r, `soak #${i}`)).statements.length, 0) };

const neo = await runNeo4jAttached({ dataDir: null, port: 0, password: null });
const config = { ...loadConfig({}), neo4jPassword: null, neo4jUri: neo.uri };
const built = await buildApp({ config, logger: createLogger('error', process.stderr), uri: neo.uri, defaultMetrics: false });
const driver = neo4j.driver(neo.uri);
try {
  await ingestArticles(built.deps.services.pipeline, records.slice(0, o.preload).map((r, i) => articleFromRecord(r, `soak #${i}`)), {}, () => undefined);
  const { app } = await createApp(built.deps);
  const { server, url } = await listen(app, { host: '127.0.0.1', port: 0, apiToken: null, insecure: false });
  const star = person(0);
  const tour = [
    `{ actor(name: "${star.first} ${star.surname}") { name said(first: 10) { totalCount edges { node { kind cue content target { name } } } } } }`,
    '{ statements(where: { kind: ACCUSATION }, first: 50) { edges { node { speaker { name } target { name } article { title } content } } } }',
    '{ search(text: "pipeline") { __typename ... on Statement { content speaker { name } } } }',
    '{ articles(first: 20) { edges { node { title statements(first: 5) { totalCount } } } } }',
    '{ analytics { stale topSpeakers { actor { name } count } kindBreakdown { kind count } } }',
  ];
  const requests = tour.map((query) => ({ method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }));
  for (const r of requests) await fetch(url, { method: 'POST', headers: r.headers, body: r.body });
  const before = { rss: mb(), heap: heapMb() };

  const started = performance.now();
  const ingest = promisify(execFile)('node', ['bin/whosaid.mjs', 'ingest', '--quiet', dir], {
    env: { ...process.env, NEO4J_URI: neo.uri, NEO4J_PASSWORD: '', LOG_FORMAT: 'json' },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    (r) => ({ ok: true, seconds: (performance.now() - started) / 1000, out: r.stdout.split('\n')[0] }),
    (e: { stdout?: string; stderr?: string }) => ({ ok: false, seconds: (performance.now() - started) / 1000, out: `${e.stdout ?? ''}${e.stderr ?? ''}`.slice(0, 500) }),
  );
  let bodyErrors = 0;
  const load = await autocannon({
    url: new URL(url).origin,
    connections: o.connections,
    amount: o.requests,
    requests,
    timeout: 30,
    setupClient: (client: { on: (e: string, f: (status: number, body: string) => void) => void }) => {
      client.on('body', (body) => { if (String(body).includes('"errors"')) bodyErrors++; });
    },
  });
  const ing = await ingest;
  const after = { rss: mb(), heap: heapMb() };

  const session = driver.session();
  const one = async (q: string): Promise<number> => (await session.run(q)).records[0].get(0).toNumber();
  const got = {
    articles: await one('MATCH (a:Article) RETURN count(a)'),
    statements: await one('MATCH (s:Statement) RETURN count(s)'),
    duplicateActors: await one('MATCH (a:Actor) WITH a.id AS id, count(*) AS c WHERE c > 1 RETURN count(id)'),
  };
  await session.close();
  server.close();

  console.log(`soak — ${o.connections} connections, ${o.requests} requests over ${tour.length} tour queries, while \`whosaid ingest\` writes ${o.articles} synthetic articles (seed ${o.seed}) onto ${o.preload} stored`);
  console.log(`  requests: ${load.requests.total} in ${load.duration.toFixed(1)} s (${Math.round(load.requests.average)} req/s)`);
  console.log(`  errors: ${load.errors} connection, ${load.timeouts} timeouts, ${load.non2xx} non-2xx, ${bodyErrors} GraphQL errors`);
  console.log(`  latency: p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, max ${load.latency.max} ms`);
  console.log(`  ingest process: ${ing.ok ? 'ok' : 'FAILED'} in ${ing.seconds.toFixed(1)} s — ${ing.out}`);
  console.log(`  server memory: rss ${before.rss} → ${after.rss} MB, heap ${before.heap} → ${after.heap} MB${gc ? '' : ' (run with node --expose-gc for settled figures)'}`);
  console.log(`  final counts: articles ${got.articles} (one clean run: ${expected.articles}), statements ${got.statements} (${expected.statements}), duplicate actor ids ${got.duplicateActors} (0)`);
  const ok = ing.ok && load.errors === 0 && load.non2xx === 0 && bodyErrors === 0 && got.articles === expected.articles && got.statements === expected.statements && got.duplicateActors === 0;
  console.log(ok ? 'soak: passed' : 'soak: FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  await driver.close();
  await built.close();
  await neo.stop();
  rmSync(dir, { recursive: true, force: true });
}
