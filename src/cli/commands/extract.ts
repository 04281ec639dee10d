// `whosaid extract <file|dir>... [--json]`: loaders → extraction, printed as one JSON array
// (one Extraction per article, input order) or as a readable summary. Bad inputs are reported
// on stderr and the batch goes on; the run ends with a summary line and exit code 1 if any failed.

import type { Command } from 'commander';
import { loadSources, type LoadOptions } from '../../../loaders/index.js';
import { loadConfig } from '../../config.js';
import { extract } from '../../extract/index.js';
import { formatSummary } from '../../extract/summary.js';
import type { Extraction, RawArticle } from '../../extract/types.js';

export interface ExtractRun {
  extracted: number;
  rejected: number;
  skipped: number;
}

export interface ExtractIo {
  out: (chunk: string) => void;
  err: (chunk: string) => void;
}

export type Extractor = (article: RawArticle) => Extraction;

/**
 * Runs the extract command over the given paths, writing results to `io.out` and problems to
 * `io.err`. The JSON array is streamed, one article at a time, so its size is not bounded by memory.
 */
export async function runExtract(paths: readonly string[], json: boolean, io: ExtractIo, run: Extractor = extract, load: LoadOptions = {}): Promise<ExtractRun> {
  const counts: ExtractRun = { extracted: 0, rejected: 0, skipped: 0 };
  if (json) io.out('[');
  for await (const event of loadSources(paths, load)) {
    if (event.kind === 'skipped') {
      counts.skipped++;
      io.err(`whosaid extract: skipped ${event.origin}: ${event.reason}\n`);
      continue;
    }
    if (event.kind === 'rejected') {
      counts.rejected++;
      io.err(`whosaid extract: rejected ${event.origin}: ${event.reason}\n`);
      continue;
    }
    let extraction: Extraction;
    try {
      extraction = run(event.article);
    } catch (err) {
      counts.rejected++;
      io.err(`whosaid extract: rejected ${event.article.origin}: extraction failed (${err instanceof Error ? err.message : String(err)})\n`);
      continue;
    }
    if (json) io.out(`${counts.extracted > 0 ? ',' : ''}\n${JSON.stringify(extraction)}`);
    else io.out(`${counts.extracted > 0 ? '\n' : ''}${formatSummary(extraction)}`);
    counts.extracted++;
  }
  if (json) io.out(counts.extracted > 0 ? '\n]\n' : ']\n');
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  io.err(`whosaid extract: ${plural(counts.extracted, 'article')} extracted, ${counts.rejected} rejected, ${counts.skipped} skipped\n`);
  return counts;
}

/** Registers `extract` on the program; it sets process.exitCode to 1 when anything was rejected. */
export function register(program: Command): void {
  program
    .command('extract')
    .description('extract actors, statements and relations from articles (.txt, .html, .json, .ndjson files or directories)')
    .argument('<paths...>', 'files or directories (walked recursively in name order)')
    .option('--json', 'print one JSON array with one Extraction per article, in input order')
    .action(async (paths: string[], options: { json?: boolean }) => {
      let closed = false;
      process.stdout.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code !== 'EPIPE') throw err;
        closed = true;
      });
      const io: ExtractIo = { out: (s) => void (closed || process.stdout.write(s)), err: (s) => void process.stderr.write(s) };
      const result = await runExtract(paths, options.json === true, io, extract, { maxArticleBytes: loadConfig().maxArticleBytes });
      process.exitCode = result.rejected > 0 || result.extracted === 0 ? 1 : 0;
    });
}
