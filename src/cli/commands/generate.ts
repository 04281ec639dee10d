// `whosaid generate --articles N --seed S --out DIR`: writes a synthetic news corpus (NDJSON
// shards of SHARD_ARTICLES records) for benchmarks; the same N and seed give the same files.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { WhosaidError } from '../../errors.js';
import { SHARD_ARTICLES, shardName, synthCorpus } from '../../synth/index.js';

function positiveInt(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new WhosaidError('BAD_INPUT', `generate: --${name} must be an integer ≥ ${min}, got ${JSON.stringify(raw)}`);
  return n;
}

/** Writes the corpus into `dir` and returns the files written. */
export function writeSynthCorpus(dir: string, articles: number, seed: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let lines: string[] = [];
  let i = 0;
  const flush = (): void => {
    if (lines.length === 0) return;
    const file = join(dir, shardName(i - 1));
    writeFileSync(file, `${lines.join('\n')}\n`);
    files.push(file);
    lines = [];
  };
  for (const a of synthCorpus(articles, seed)) {
    lines.push(JSON.stringify(a));
    i++;
    if (i % SHARD_ARTICLES === 0) flush();
  }
  flush();
  return files;
}

/** Registers `whosaid generate`. */
export function register(program: Command): void {
  program
    .command('generate')
    .description('write a seeded synthetic news corpus (NDJSON) for benchmarks')
    .requiredOption('--articles <n>', 'how many articles')
    .option('--seed <s>', 'random seed', '1')
    .requiredOption('--out <dir>', 'directory to write into (created if missing)')
    .action((flags: { articles: string; seed: string; out: string }) => {
      const files = writeSynthCorpus(flags.out, positiveInt('articles', flags.articles, 1), positiveInt('seed', flags.seed, 0));
      process.stdout.write(`generate: ${flags.articles} articles in ${files.length} file(s) under ${flags.out}\n`);
    });
}
