// `whosaid export` as a user runs it: a child process against the test Neo4j, writing files.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { type SeedServer, startSeedServer } from './analytics-seed.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../bin/whosaid.mjs', import.meta.url));
let seed: SeedServer;
let dir: string;

beforeAll(async () => {
  seed = await startSeedServer();
  dir = mkdtempSync(path.join(tmpdir(), 'whosaid-export-'));
});
afterAll(async () => {
  await seed?.close();
  rmSync(dir, { recursive: true, force: true });
});

const env = () => ({ ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') ?? '' });

describe('whosaid export', () => {
  it('writes statements as CSV and the graph as GraphML', async () => {
    const csv = path.join(dir, 'statements.csv');
    const { stderr } = await run('node', [BIN, 'export', '--format', 'csv', '--out', csv], { env: env() });
    expect(stderr).toMatch(/wrote statements\.csv/);
    const { statements } = await seed.deps.store.counts();
    expect(parseCsv(readFileSync(csv, 'utf8'), { columns: true })).toHaveLength(statements);

    const graphml = path.join(dir, 'graph.graphml');
    await run('node', [BIN, 'export', '--format', 'graphml', '--out', graphml], { env: env() });
    const text = readFileSync(graphml, 'utf8');
    expect(text).toMatch(/^<\?xml/);
    expect(text).toContain('>Joe Biden</data>');
  });

  it('fails with a message naming the bad format', async () => {
    const err = await run('node', [BIN, 'export', '--format', 'xlsx', '--out', path.join(dir, 'x')], { env: env() }).catch((e: { code: number; stderr: string }) => e);
    expect(err).toMatchObject({ code: 1 });
    expect((err as { stderr: string }).stderr).toMatch(/--format "xlsx" is not known/);
  });
});
