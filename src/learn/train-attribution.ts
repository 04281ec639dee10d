// Trainer of the attribution model (`whosaid train attribution <dir>`): the cue and role taggers
// of the learned cue stage, then a logistic regression estimating P(all three roles right).

import { writeFile } from 'node:fs/promises';
import { WhosaidError } from '../errors.js';
import { buildDocument } from '../extract/document.js';
import { detectAttributions } from '../extract/statements/detect.js';
import { nestedFlags } from '../extract/statements/tidy.js';
import { confidenceFeatures } from '../extract/statements/learned/confidence-features.js';
import { withLearnedCues, type CueTaggers } from '../extract/statements/learned/learned-cues.js';
import { ATTRIBUTION_FORMAT, ATTRIBUTION_MODEL_PATH, type AttributionModelFile } from '../extract/statements/learned/confidence-model.js';
import { correctFlags, foldOf, readPolnear, type PolnearArticle } from '../eval/brat-attribution.js';
import { Logistic, type LogisticRow } from './logistic.js';
import { encodeModel } from './model-file.js';
import { calibrationTable } from './calibration.js';
import { Perceptron, type PerceptronData } from './perceptron.js';
import { trainCueTagger, trainRoleTagger, type CueDoc } from './train-cues.js';

interface FoldRow extends LogisticRow { fold: number }

/** Cue score margin above which a token is proposed as a cue; chosen on the held-out fold (see docs/models/attribution.md). */
export const DEFAULT_CUE_THRESHOLD = 10;
/** Confidence a learned report needs to be kept; chosen on the held-out fold. */
export const DEFAULT_MIN_CONFIDENCE = 0.15;

/** The documents of `articles` with their rule attributions, ready for the taggers' trainers. */
export function cueDocs(articles: PolnearArticle[]): (CueDoc & { name: string })[] {
  return articles.map((a) => {
    const doc = buildDocument(a.text);
    return { name: a.name, doc, rules: detectAttributions(doc), gold: a.gold };
  });
}

/** Rows of one corpus: each attribution of rules and taggers (nested reports left out, as scored) with its label. */
export function attributionRows(docs: (CueDoc & { name: string })[], taggers: (name: string) => CueTaggers | null = () => null): FoldRow[] {
  const rows: FoldRow[] = [];
  for (const { name, doc, rules, gold } of docs) {
    const all = withLearnedCues(doc, rules, taggers(name));
    const nested = nestedFlags(doc.tokens, all);
    const atts = all.filter((_, i) => !nested[i]);
    const span = (r: [number, number] | null): [number, number][] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
    const flags = correctFlags(doc.text, atts.map((x) => ({ source: span(x.source), cue: span(x.cue), content: x.content })), gold);
    atts.forEach((att, i) => rows.push({ features: confidenceFeatures(doc, att), label: flags[i] ? 1 : 0, fold: foldOf(name) }));
  }
  return rows;
}

const taggersOf = (cues: PerceptronData, roles: PerceptronData, threshold: number): CueTaggers => ({ cues: Perceptron.fromData(cues), roles: Perceptron.fromData(roles), threshold, minConfidence: 0 });

/**
 * The model file's value trained on `docs`. The confidence rows of each fold see taggers trained
 * on the other folds, so the learned reports are scored as on unseen text.
 */
export function attributionModelData(docs: (CueDoc & { name: string })[], threshold = DEFAULT_CUE_THRESHOLD, minConfidence = DEFAULT_MIN_CONFIDENCE, log: (line: string) => void = () => {}): AttributionModelFile {
  const cues = trainCueTagger(docs);
  const roles = trainRoleTagger(docs);
  log(`taggers: ${cues.features.length} cue features, ${roles.features.length} role features`);
  const folds = [...new Set(docs.map((d) => foldOf(d.name)))].sort();
  const byFold = new Map<number, CueTaggers>();
  for (const f of folds) {
    const rest = docs.filter((d) => foldOf(d.name) !== f);
    byFold.set(f, rest.length ? taggersOf(trainCueTagger(rest), trainRoleTagger(rest), threshold) : taggersOf(cues, roles, threshold));
    log(`cross-fitted taggers for fold ${f}`);
  }
  const rows = attributionRows(docs, (name) => byFold.get(foldOf(name)) ?? null);
  return { format: ATTRIBUTION_FORMAT, confidence: Logistic.train(rows).toData(), cues, roles, threshold, minConfidence };
}

/** Trains on the articles of `--split` (default train), prints the out-of-fold calibration, writes the model. */
export async function trainAttributionCommand(dir: string, opts: Record<string, string | undefined>): Promise<void> {
  const split = opts.split ?? 'train';
  if (!['all', 'train', 'heldout'].includes(split)) throw new WhosaidError('BAD_INPUT', `train attribution: --split ${split} is not all, train or heldout`);
  const threshold = opts.cueThreshold === undefined ? DEFAULT_CUE_THRESHOLD : Number(opts.cueThreshold);
  if (!Number.isFinite(threshold)) throw new WhosaidError('BAD_INPUT', `train attribution: --cue-threshold ${opts.cueThreshold} is not a number`);
  const minConfidence = opts.minConfidence === undefined ? DEFAULT_MIN_CONFIDENCE : Number(opts.minConfidence);
  if (!(minConfidence >= 0 && minConfidence <= 1)) throw new WhosaidError('BAD_INPUT', `train attribution: --min-confidence ${opts.minConfidence} is not a number in [0, 1]`);
  const started = Date.now();
  const log = (line: string): void => { process.stdout.write(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`); };
  const docs = cueDocs(readPolnear(dir).filter((a) => split === 'all' || (split === 'heldout') === (foldOf(a.name) === 0)));
  log(`${docs.length} articles (${split}) read and ruled`);
  const data = attributionModelData(docs, threshold, minConfidence, log);
  const taggers = taggersOf(data.cues!, data.roles!, threshold);
  const rows = attributionRows(docs, () => taggers);
  const folds = [...new Set(rows.map((r) => r.fold))].sort();
  const oof = folds.flatMap((f) => {
    const model = Logistic.fromData(Logistic.train(rows.filter((r) => r.fold !== f)).toData());
    return rows.filter((r) => r.fold === f).map((r) => ({ confidence: model.probability(r.features), correct: r.label === 1 }));
  });
  process.stdout.write(`${rows.length} attributions; out-of-fold calibration (confidence only) over folds ${folds.join(', ')}:\n${calibrationTable(oof)}`);
  const out = opts.out ?? ATTRIBUTION_MODEL_PATH;
  const bytes = encodeModelFile(data);
  await writeFile(out, bytes);
  log(`wrote ${out} (${bytes.length} bytes)`);
}

/** The gzipped bytes of a model file. */
export function encodeModelFile(data: AttributionModelFile): Buffer {
  return encodeModel(data);
}
