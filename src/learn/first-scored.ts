// `whosaid train statement-filter-data`: the statement filter's training rows are the statements
// older code wrote for speaker-key articles it had never seen. Each development article of
// tests/fixtures/speaker-keys was scored once when it was written, before any rule was written
// from it; `first-scored.tsv` there names that commit. This checks each commit out (git worktree,
// sharing this checkout's node_modules), extracts its articles with that commit's code, and writes
// the actors, mentions and statements (no text) to models/statement-filter.data.json.gz. The rows
// thus show what the extractor gets wrong on unseen text, which the current code's output on the
// same articles (fitted to them) no longer shows.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../errors.js';
import type { Actor, Mention, Statement } from '../extract/types.js';
import { encodeModel } from './model-file.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const EXPORTER = fileURLToPath(new URL('./first-scored-export.mts', import.meta.url));
export const SPEAKER_KEYS_DIR = join(REPO, 'tests/fixtures/speaker-keys');
export const FILTER_DATA_PATH = join(REPO, 'models/statement-filter.data.json.gz');

/** One article as the commit that first scored it extracted it. */
export interface FirstScoredArticle {
  name: string;
  commit: string;
  /** The fold group, when first-scored.tsv gives one; else the commit. */
  group?: string;
  actors: Actor[];
  mentions: Mention[];
  statements: Statement[];
}

/** One line of the first-scored file. */
export interface FirstScoredLine { commit: string; group?: string }

/**
 * The first-scored file: article name → commit and, optionally, the fold group (articles written
 * together, when the commit is shared by articles of different batches), tab-separated, one article
 * per line; # starts a comment.
 */
export function readFirstScored(path: string): Map<string, FirstScoredLine> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new WhosaidError('BAD_INPUT', `train statement-filter-data: cannot read ${path}`, { cause: e });
  }
  const out = new Map<string, FirstScoredLine>();
  text.split('\n').forEach((line, i) => {
    const l = line.trim();
    if (!l || l.startsWith('#')) return;
    const [name, commit, group, extra] = l.split('\t');
    if (!name || !commit || group === '' || extra !== undefined || !/^[0-9a-f]{40}$/.test(commit)) {
      throw new WhosaidError('BAD_INPUT', `train statement-filter-data: ${path} line ${i + 1} is not "<article>\\t<40-hex commit>[\\t<group>]"`);
    }
    if (out.has(name)) throw new WhosaidError('BAD_INPUT', `train statement-filter-data: ${path} names ${name} twice`);
    out.set(name, group === undefined ? { commit } : { commit, group });
  });
  return out;
}

/** Extracts every article listed in `<keysDir>/first-scored.tsv` with its commit's code; returns them sorted by name. */
export function firstScoredArticles(keysDir: string, log: (line: string) => void): FirstScoredArticle[] {
  const listed = readFirstScored(join(keysDir, 'first-scored.tsv'));
  for (const name of listed.keys()) {
    if (!existsSync(join(keysDir, `${name}.txt`))) throw new WhosaidError('BAD_INPUT', `train statement-filter-data: first-scored.tsv names ${name}, which ${keysDir} does not hold`);
  }
  const byCommit = new Map<string, string[]>();
  for (const [name, { commit }] of [...listed].sort()) byCommit.set(commit, [...(byCommit.get(commit) ?? []), name]);
  const work = mkdtempSync(join(tmpdir(), 'whosaid-first-scored-'));
  const out: FirstScoredArticle[] = [];
  try {
    for (const [commit, names] of [...byCommit].sort()) {
      const tree = join(work, commit.slice(0, 12));
      try {
        execFileSync('git', ['-C', REPO, 'worktree', 'add', '--quiet', '--detach', tree, commit], { stdio: ['ignore', 'ignore', 'pipe'] });
      } catch (e) {
        throw new WhosaidError('MISSING_PREREQUISITE', `train statement-filter-data: cannot check out ${commit} (a clone with its full history is needed)`, { cause: e });
      }
      try {
        symlinkSync(join(REPO, 'node_modules'), join(tree, 'node_modules'));
        const lines = execFileSync(process.execPath, ['--import', 'tsx', EXPORTER, tree, keysDir, ...names], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 28 });
        for (const line of lines.split('\n').filter(Boolean)) {
          const article = JSON.parse(line) as Omit<FirstScoredArticle, 'commit' | 'group'>;
          const group = listed.get(article.name)?.group;
          out.push({ ...article, commit, ...(group === undefined ? {} : { group }) });
        }
        log(`${commit.slice(0, 7)}: ${names.length} articles`);
      } finally {
        execFileSync('git', ['-C', REPO, 'worktree', 'remove', '--force', tree], { stdio: 'ignore' });
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Builds and writes the filter's training data. */
export async function buildFilterDataCommand(opts: { keys?: string; out?: string }): Promise<void> {
  const started = Date.now();
  const log = (line: string): void => { process.stdout.write(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`); };
  const articles = firstScoredArticles(opts.keys ?? SPEAKER_KEYS_DIR, log);
  const out = opts.out ?? FILTER_DATA_PATH;
  const bytes = encodeModel({ format: 'whosaid-first-scored/1', articles });
  await writeFile(out, bytes);
  log(`wrote ${out}: ${articles.length} articles, ${articles.reduce((n, a) => n + a.statements.length, 0)} statements (${bytes.length} bytes)`);
}
