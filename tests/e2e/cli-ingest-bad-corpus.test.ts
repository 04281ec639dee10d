// A generated bad-input corpus through `whosaid ingest` against the real Neo4j (issue 12, fault
// suite): every file gets a result or a clear reason in bounded time, the batch goes on past
// each, the good articles are stored, and the exit code says something was rejected.

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';

let driver: Driver;
const dir = mkdtempSync(join(tmpdir(), 'whosaid-bad-corpus-'));

function writeCorpus(): void {
  const good = (title: string, who: string) => `${title}\n\n${who} said the harbour would reopen next week.\n`;
  writeFileSync(join(dir, '01-good.txt'), good('Harbour reopens', 'Harbour master Ana Ruiz'));
  writeFileSync(join(dir, '02-latin1.txt'), Buffer.from('Caf\xe9 prices\n\nThe caf\xe9 owner said prices would rise.\n', 'latin1'));
  writeFileSync(join(dir, '03-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good('Ferry fares', 'Mayor Jo Park'), 'utf16le')]));
  writeFileSync(join(dir, '04-no-space.txt'), `Long\n\n${'a'.repeat(1024 * 1024)}\n`);
  writeFileSync(join(dir, '05-quotes.txt'), `Quotes\n\n${'"'.repeat(100_000)}\n\nLee Chan said the quotes were odd.\n`);
  writeFileSync(join(dir, '06-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, '07-empty.txt'), '');
  writeFileSync(join(dir, '08-bad.json'), '{"text": "unterminated');
  writeFileSync(join(dir, '09-lines.ndjson'), `${JSON.stringify({ id: 'nd-1', title: 'Bridge', text: 'Engineer Sam Okafor said the bridge was safe.' })}\n{not json}\n`);
  writeFileSync(join(dir, '10-deep.html'), `<html><body>${'<div>'.repeat(10_000)}<p>Deep text, the clerk said.</p></body></html>`);
  execFileSync('mkfifo', [join(dir, '11-pipe.txt')]);
  mkdirSync(join(dir, '12-folder.txt'));
  writeFileSync(join(dir, '13-good.txt'), good('Dock strike ends', 'Union leader Mia Berg'));
  writeFileSync(join(dir, '14-huge.txt'), `Huge\n\n${'The clerk said so. '.repeat(120_000)}`);
}

async function ingest(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, NEO4J_URI: inject('neo4jUri'), NEO4J_USER: inject('neo4jUser'), NEO4J_PASSWORD: inject('neo4jPassword') ?? '', LOG_FORMAT: 'json', WHOSAID_MAX_ARTICLE_BYTES: '2000000' };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/whosaid.mjs', 'ingest', '--quiet', ...args], { env, timeout: 150_000, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string; killed?: boolean };
    if (e.killed) throw new Error('whosaid ingest did not finish in bounded time');
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

beforeAll(async () => {
  driver = openTestDriver();
  await clearDatabase(driver);
  writeCorpus();
});
afterAll(async () => driver?.close());

describe('whosaid ingest over a bad-input corpus', () => {
  it('stores what it can, gives each bad file its reason, goes on, and exits 1', async () => {
    const { code, stdout, stderr } = await ingest(dir);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(1);
    const at = (f: string) => join(dir, f);
    expect(stdout).toMatch(new RegExp(`rejected ${at('02-latin1.txt')}: is not valid UTF-8 text`));
    expect(stdout).toMatch(new RegExp(`rejected ${at('06-binary.txt')}: looks like binary data`));
    expect(stdout).toMatch(new RegExp(`rejected ${at('07-empty.txt')}: is empty`));
    expect(stdout).toMatch(new RegExp(`rejected ${at('08-bad.json')}: is not valid JSON`));
    expect(stdout).toContain(`rejected ${at('09-lines.ndjson')}:2: is not valid JSON`);
    expect(stdout).toMatch(new RegExp(`skipped ${at('11-pipe.txt')}: is not a regular file`));
    expect(stdout).toContain(`rejected ${at('14-huge.txt')}: the file is 2.2 MB (2280006 bytes), over the 1.9 MB article limit; split it or raise WHOSAID_MAX_ARTICLE_BYTES`);
    const s = driver.session();
    try {
      const titles = (await s.run('MATCH (a:Article) RETURN a.title AS t ORDER BY t')).records.map((r) => r.get('t'));
      expect(titles).toEqual(expect.arrayContaining(['Bridge', 'Dock strike ends', 'Ferry fares', 'Harbour reopens']));
      const speakers = (await s.run('MATCH (p:Actor)-[:SAID]->(:Statement) RETURN DISTINCT p.name AS n')).records.map((r) => r.get('n'));
      expect(speakers).toEqual(expect.arrayContaining(['Ana Ruiz', 'Jo Park', 'Mia Berg', 'Sam Okafor']));
      expect(stdout).toMatch(/^ingested 7, unchanged 0, rejected 6/);
    } finally {
      await s.close();
    }
  }, 180_000);

  it('stores nothing new when run again: each good file is unchanged', async () => {
    const { stdout } = await ingest(dir);
    expect(stdout).toMatch(/^ingested 0, unchanged 7, rejected 6/);
  }, 180_000);
});
