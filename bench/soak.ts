// `npm run soak`: 64 connections against the GraphiQL tour queries for a bounded number of
// requests (default 20,000) while a `whosaid ingest` of generated articles runs; prints requests,
// errors, p99, the final article/statement counts against what the ingests reported, and the
// server's memory before and after. The server and the ingest are child processes (the CLI as
// users run it); Neo4j is a throw-away one unless NEO4J_URI names one (it must then be empty).
// Options: --requests N, --connections N, --articles N, --max-seconds N.

import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { runNeo4jAttached } from '../src/db/index.js';

const { values } = parseArgs({ options: {
  requests: { type: 'string', default: '20000' }, connections: { type: 'string', default: '64' },
  articles: { type: 'string', default: '60' }, 'max-seconds': { type: 'string', default: '300' },
} });
const REQUESTS = Number(values.requests);
const CONNECTIONS = Number(values.connections);
const ARTICLES = Number(values.articles);
const MAX_SECONDS = Number(values['max-seconds']);
const PORT = 4600 + Math.floor(Math.random() * 300);
const URL_ = `http://127.0.0.1:${PORT}`;

const TOUR = [
  '{ actor(name: "Biden") { name aliases said(first: 10) { totalCount edges { node { kind cue content target { name } evidence { sentence { text } } } } } } }',
  '{ statements(where: { kind: ACCUSATION }) { edges { node { speaker { name } target { name } content } } } }',
  '{ actor(name: "AFP") { relayed { edges { node { speaker { name type } cue content } } } } }',
  '{ path(from: "Lavrov", to: "Thomas-Greenfield") { length steps { from { name } via to { name } statement { kind content } } } }',
  '{ search(text: "hysteria") { __typename ... on Statement { content speaker { name } } } }',
  '{ merges { edges { node { localName reason candidates actor { name } article { id } } } } }',
];

/** Generated articles in the project's own words: a speaker, a cue and a target each. */
function writeArticles(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-soak-'));
  const people = ['Jo Park', 'Lee Chan', 'Ana Ruiz', 'Mia Holt', 'Sam Odell', 'Rita Vance'];
  const topics = ['the bridge', 'the harbour budget', 'the ferry timetable', 'the new school', 'the water tariff'];
  for (let i = 0; i < n; i++) {
    const a = people[i % people.length], b = people[(i + 2) % people.length], t = topics[i % topics.length];
    writeFileSync(join(dir, `soak-${String(i).padStart(4, '0')}.txt`),
      `Council report ${i}\n\n${a} accused ${b} of misleading residents about ${t}. "The numbers in report ${i} do not add up," ${a} said on day ${i}. ${b} denied the claim and said the figures were checked twice.`);
  }
  return dir;
}

interface Run { child: ChildProcess; output(): string; done: Promise<{ code: number | null; out: string }> }

/** Runs the whosaid CLI as a child, collecting what it prints. */
function run(args: string[], env: NodeJS.ProcessEnv): Run {
  const child = spawn(process.execPath, ['bin/whosaid.mjs', ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (out += c));
  return { child, output: () => out, done: new Promise((r) => child.once('close', (code) => r({ code, out }))) };
}

async function gql(query: string): Promise<any> {
  const res = await fetch(`${URL_}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return res.json();
}

async function rssMb(): Promise<number> {
  const text = await (await fetch(`${URL_}/metrics`)).text();
  return Math.round(Number(/^whosaid_process_resident_memory_bytes (\S+)/m.exec(text)?.[1] ?? NaN) / 1048576);
}

/** "ingested 3 (+1 replaced), unchanged 0, rejected 0 — 12 statements" → counts. */
function summaryCounts(out: string): { articles: number; statements: number } {
  const m = /ingested (\d+)(?: \(\+(\d+) replaced\))?, unchanged (\d+).*? — (\d+) statements/.exec(out);
  if (!m) throw new Error(`soak: no ingest summary in:\n${out}`);
  return { articles: Number(m[1]) + Number(m[2] ?? 0), statements: Number(m[4]) };
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const neo4j = config.neo4jUri ? null : await runNeo4jAttached({ dataDir: null, port: 0, password: config.neo4jPassword });
  const env = { ...process.env, NEO4J_URI: config.neo4jUri ?? neo4j!.uri, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' };
  const server = run(['serve', '--port', String(PORT), '--ingest', 'examples'], env);
  try {
    for (let i = 0; ; i++) {
      if ((await fetch(`${URL_}/health`).then((r) => r.status).catch(() => 0)) === 200) break;
      if (i > 600) throw new Error('soak: the server did not become healthy in 5 minutes');
      await new Promise((r) => setTimeout(r, 500));
    }
    const examples = summaryCounts(server.output());
    const before = await rssMb();
    const ingest = run(['ingest', '--quiet', writeArticles(ARTICLES)], env);
    const started = Date.now();
    const result = await autocannon({
      url: `${URL_}/graphql`, connections: CONNECTIONS, amount: REQUESTS, duration: MAX_SECONDS,
      requests: TOUR.map((query) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })),
    });
    const seconds = (Date.now() - started) / 1000;
    const ingested = await ingest.done;
    const after = await rssMb();
    const generated = summaryCounts(ingested.out);
    const counts = await gql('{ articles { totalCount } statements { totalCount } }');
    const expected = { articles: examples.articles + generated.articles, statements: examples.statements + generated.statements };
    const actual = { articles: counts.data?.articles.totalCount, statements: counts.data?.statements.totalCount };
    process.stdout.write([
      `soak: ${CONNECTIONS} connections, ${result.requests.total} requests in ${seconds.toFixed(1)} s (${Math.round(result.requests.average)} req/s) while ingesting ${ARTICLES} articles (exit ${ingested.code})`,
      `errors: ${result.errors} socket errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx`,
      `latency ms: p50 ${result.latency.p50}, p99 ${result.latency.p99}, max ${result.latency.max}`,
      `counts: articles ${actual.articles} (expected ${expected.articles}), statements ${actual.statements} (expected ${expected.statements})`,
      `server memory (RSS): ${before} MB before, ${after} MB after`,
      '',
    ].join('\n'));
    const ok = result.errors === 0 && result.non2xx === 0 && ingested.code === 0 && actual.articles === expected.articles && actual.statements === expected.statements;
    process.exitCode = ok ? 0 : 1;
  } finally {
    server.child.kill('SIGTERM');
    await server.done;
    await neo4j?.stop();
  }
}

await main();
