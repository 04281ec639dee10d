// `whosaid train ner`: trains the named-entity tagger on a CoNLL IOB2 file, scores the dev file
// after every epoch (P/R/F1 per type), and writes the model (gzipped JSON, byte-identical per input).

import { readFile, writeFile } from 'node:fs/promises';
import { WhosaidError } from '../errors.js';
import { parseConll } from '../eval/iob-ner.js';
import { Perceptron } from './perceptron.js';
import { seededShuffle } from './shuffle.js';
import { encodeModel } from './model-file.js';
import { NER_LABELS, decode, spansOf, staticFeatures, staticIds, tagDocument } from '../extract/ner/tagger.js';
import { NER_MODEL_PATH, nerModelData } from '../extract/ner/model.js';

/** A training document: sentences of words and their gold IOB2 tags. */
export interface TaggedDoc { tokens: string[][]; tags: string[][] }

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Static features seen fewer times than this in training are left out (they only memorise). */
  minCount?: number;
  log?: (line: string) => void;
  dev?: TaggedDoc[];
}

export const DEFAULT_EPOCHS = 12;
const SEED = 20240917;
const MIN_COUNT = 1;

/** Trains a tagger deterministically (seeded document order per epoch). */
export function trainNer(docs: readonly TaggedDoc[], opts: TrainOptions): Perceptron {
  const model = new Perceptron(NER_LABELS);
  const counts = new Map<string, number>();
  for (const d of docs) for (const sent of staticFeatures(d.tokens)) for (const fs of sent) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const minCount = opts.minCount ?? MIN_COUNT;
  const ids = docs.map((d) => staticIds(model, d.tokens, true, (f) => counts.get(f)! >= minCount));
  const order = docs.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    for (const i of seededShuffle(order, opts.seed + epoch)) decode(model, docs[i].tokens, ids[i], { gold: docs[i].tags });
    if (opts.log) {
      const line = `epoch ${epoch}: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${model.size} features`;
      if (opts.dev) {
        const snapshot = cloneAveraged(model);
        opts.log(`${line}\n${scoreTable(snapshot, opts.dev)}`);
      } else opts.log(line);
    }
  }
  model.average();
  return model;
}

/** The averaged weights without ending training: averages a copy through the serialised form. */
function cloneAveraged(model: Perceptron): Perceptron {
  const copy = Object.create(Perceptron.prototype) as Perceptron;
  Object.assign(copy, model);
  for (const k of ['w', 'total', 'stamp'] as const) (copy as unknown as Record<string, Float64Array>)[k] = (model as unknown as Record<string, Float64Array>)[k].slice();
  copy.average();
  return copy;
}

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

/** Exact-span P/R/F1 per type (PER, ORG, LOC, MISC) and over PER/ORG/LOC, as the eval counts. */
export function scoreTable(model: Perceptron, docs: readonly TaggedDoc[]): string {
  const c: Counts = {};
  const get = (t: string): Counts[string] => (c[t] ??= { tp: 0, fp: 0, fn: 0 });
  for (const d of docs) {
    const key = (s: { sentence: number; start: number; end: number; type: string }): string => `${s.sentence}:${s.start}:${s.end}:${s.type}`;
    const gold = new Set(spansOf(d.tags).map(key));
    const pred = new Set(spansOf(tagDocument(model, d.tokens)).map(key));
    for (const e of pred) { const t = e.split(':')[3]; const hit = gold.has(e); get(t)[hit ? 'tp' : 'fp']++; if (t !== 'MISC') get('PER/ORG/LOC')[hit ? 'tp' : 'fp']++; }
    for (const e of gold) if (!pred.has(e)) { const t = e.split(':')[3]; get(t).fn++; if (t !== 'MISC') get('PER/ORG/LOC').fn++; }
  }
  const rows = ['  type          P      R     F1'];
  for (const t of ['PER', 'ORG', 'LOC', 'MISC', 'PER/ORG/LOC']) {
    const x = get(t);
    const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : 0;
    const r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    rows.push(`  ${t.padEnd(11)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f.toFixed(3)}`);
  }
  return rows.join('\n');
}

async function readDocs(file: string): Promise<TaggedDoc[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    throw new WhosaidError('BAD_INPUT', `train ner: cannot read ${file}; pass a CoNLL IOB2 file`, { cause: e });
  }
  return parseConll(content, file);
}

/**
 * The CLI action: `whosaid train ner --train F [--dev F] [--out F] [--epochs N] [--holdout 0.1]`.
 * With --holdout, trains on the head of the training file and scores its tail (for error
 * analysis away from dev); the model is then written only when --out is given.
 */
export async function trainNerCommand(opts: Record<string, string | undefined>): Promise<void> {
  const epochs = opts.epochs === undefined ? DEFAULT_EPOCHS : Number(opts.epochs);
  if (!Number.isInteger(epochs) || epochs < 1 || epochs > 100) throw new WhosaidError('BAD_INPUT', `train ner: --epochs ${opts.epochs} is not a whole number from 1 to 100`);
  if (!opts.train) throw new WhosaidError('BAD_INPUT', 'train ner: --train <file> is required');
  const holdout = opts.holdout === undefined ? 0 : Number(opts.holdout);
  if (!(holdout >= 0 && holdout < 1)) throw new WhosaidError('BAD_INPUT', `train ner: --holdout ${opts.holdout} is not a fraction from 0 to below 1`);
  const all = await readDocs(opts.train);
  const cut = Math.round(all.length * (1 - holdout));
  const train = all.slice(0, cut);
  const dev = opts.dev ? await readDocs(opts.dev) : undefined;
  const t0 = performance.now();
  const log = (l: string): void => { process.stdout.write(`${l}\n`); };
  const model = trainNer(train, { epochs, seed: SEED, log, dev });
  if (holdout > 0) {
    log(`held out: the last ${all.length - cut} of ${all.length} training documents (not trained on)\n${scoreTable(model, all.slice(cut))}`);
    if (!opts.out) return;
  }
  const bytes = encodeModel(nerModelData(model));
  const out = opts.out ?? NER_MODEL_PATH;
  await writeFile(out, bytes);
  log(`trained on ${train.length} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${out}: ${(bytes.length / 1e6).toFixed(2)} MB`);
}
