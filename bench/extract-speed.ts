// Speed benchmark of the whole extraction (loader + extract) on one core, in words per second,
// beside baselines measured in the same run: a plain regex tokenizer, stage 1 (buildDocument),
// the statement filter alone over the short articles' statements, and, when installed, compromise. Run: `npm run bench` or `tsx bench/extract-speed.ts [file] [--words N]`.

import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { articleFromText } from '../loaders/text.js';
import { buildDocument } from '../src/extract/document.js';
import { extract } from '../src/extract/index.js';
import { likelyStatements } from '../src/extract/statements/learned/statement-filter.js';

const TARGET_WORDS_PER_SECOND = 50_000;
const DEFAULT_WORDS = 1_000_000;
const COMPROMISE_WORDS = 50_000;
const SAMPLE = new URL('../examples/white-house-russia-letter.txt', import.meta.url);

const countWords = (text: string): number => text.match(/\S+/g)?.length ?? 0;

function parseArgs(argv: string[]): { file: string | URL; words: number } {
  let file: string | URL = SAMPLE;
  let words = DEFAULT_WORDS;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--words') {
      words = Number(argv[++i]);
      if (!Number.isInteger(words) || words < 1) throw new Error(`bench: --words needs a positive integer, got ${argv[i]}`);
    } else file = argv[i];
  }
  return { file, words };
}

/**
 * The article without its excluded furniture: a comment section near the end of one copy
 * would otherwise exclude every later copy of a repeated text, and skipped words are no work.
 */
function storyOf(raw: string): string {
  const { excluded } = articleFromText(raw, 'bench input');
  let out = '';
  let at = 0;
  for (const [s, e] of excluded) {
    out += raw.slice(at, s);
    at = e;
  }
  return (out + raw.slice(at)).replace(/\n{3,}/g, '\n\n').trim();
}

/** Repeats `unit` (blank line between copies) until it holds at least `words` words. */
function repeatTo(unit: string, words: number): { text: string; copies: number } {
  const copies = Math.max(1, Math.ceil(words / Math.max(1, countWords(unit))));
  return { text: Array(copies).fill(unit.trim()).join('\n\n'), copies };
}

interface Row {
  label: string;
  words: number;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process (user + system): steadier than wall time on a busy machine. */
  cpuSeconds: number;
}

function time(label: string, words: number, fn: () => unknown): Row {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  return { label, words, seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 };
}

async function compromiseRow(text: string) {
  const mod = await import('compromise').catch(() => null);
  if (!mod) return null;
  const nlp = mod.default;
  const sample = text.split(/\s+/).slice(0, COMPROMISE_WORDS).join(' ');
  const words = countWords(sample);
  return time(`compromise tag + people() (first ${words.toLocaleString('en')} words)`, words, () => nlp(sample).people().out('array'));
}

const { file, words } = parseArgs(process.argv.slice(2));
const unit = storyOf(readFileSync(file, 'utf8'));
const { text, copies } = repeatTo(unit, words);
const total = countWords(text);
const WARM_UP_RUNS = 30;
for (let i = 0; i < WARM_UP_RUNS; i++) extract(articleFromText(unit, 'warm-up'));
const unfiltered = extract(articleFromText(unit, 'unfiltered'), { statementFilter: false });

const rows = [
  time('regex tokenizer /[\\p{L}\\p{N}]+/gu (baseline)', total, () => text.match(/[\p{L}\p{N}]+/gu)?.length),
  time('stage 1 buildDocument (paragraphs, sentences, tokens)', total, () => buildDocument(text)),
  await compromiseRow(text),
  time(`whosaid extract: ${copies.toLocaleString('en')} articles of ${countWords(unit).toLocaleString('en')} words`, total, () => {
    for (let i = 0; i < copies; i++) extract(articleFromText(unit, `copy ${i}`));
  }),
  time(`whosaid extract: one article of ${total.toLocaleString('en')} words`, total, () => extract(articleFromText(text, 'bench'))),
  // The learned statement filter's own cost: it alone, over the statements of the same articles.
  time(`  of which the statement filter alone, ${copies.toLocaleString('en')} × ${unfiltered.statements.length} statements`, total, () => {
    for (let i = 0; i < copies; i++) likelyStatements(unfiltered);
  }),
].filter((r) => r !== null);

const name = typeof file === 'string' ? file : 'examples/white-house-russia-letter.txt';
console.log(`input: ${name} repeated ${copies}× — ${total.toLocaleString('en')} words, ${(text.length / 1e6).toFixed(1)} M chars`);
console.log(`node ${process.version}, one core (${cpus()[0]?.model ?? 'unknown CPU'})\n`);
const width = Math.max(...rows.map((r) => r.label.length));
const rate = (words: number, seconds: number): string => Math.round(words / seconds).toLocaleString('en').padStart(12);
console.log(`${'measure'.padEnd(width)}  ${'words/s'.padStart(12)}  ${'seconds'.padStart(8)}  ${'words/CPU-s'.padStart(12)}`);
for (const r of rows) {
  console.log(`${r.label.padEnd(width)}  ${rate(r.words, r.seconds)}  ${r.seconds.toFixed(2).padStart(8)}  ${rate(r.words, r.cpuSeconds)}`);
}
const slowest = Math.min(...rows.filter((r) => r.label.startsWith('whosaid')).map((r) => r.words / r.seconds));
console.log(`\nwhole extraction, slower of the two (wall clock): ${Math.round(slowest).toLocaleString('en')} words/s — target ≥ ${TARGET_WORDS_PER_SECOND.toLocaleString('en')}: ${slowest >= TARGET_WORDS_PER_SECOND ? 'met' : 'NOT met'}`);
