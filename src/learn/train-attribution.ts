// Trainer of the attribution model (`whosaid train attribution <dir>`): a logistic regression
// over rule attributions that estimates P(all three roles right), with out-of-fold calibration.

import { writeFile } from 'node:fs/promises';
import { WhosaidError } from '../errors.js';
import { buildDocument } from '../extract/document.js';
import { detectAttributions } from '../extract/statements/detect.js';
import { nestedFlags } from '../extract/statements/tidy.js';
import { confidenceFeatures } from '../extract/statements/learned/confidence-features.js';
import { ATTRIBUTION_FORMAT, ATTRIBUTION_MODEL_PATH, type AttributionModelFile } from '../extract/statements/learned/confidence-model.js';
import { correctFlags, foldOf, readPolnear } from '../eval/brat-attribution.js';
import { Logistic, type LogisticRow } from './logistic.js';
import { encodeModel } from './model-file.js';
import { calibrationTable } from './calibration.js';

interface FoldRow extends LogisticRow { fold: number }

/** Rows of one corpus: each rule attribution (nested reports left out, as scored) with its label. */
export function attributionRows(articles: { name: string; text: string; gold: Parameters<typeof correctFlags>[2] }[]): FoldRow[] {
  const rows: FoldRow[] = [];
  for (const a of articles) {
    const doc = buildDocument(a.text);
    const all = detectAttributions(doc);
    const nested = nestedFlags(doc.tokens, all);
    const atts = all.filter((_, i) => !nested[i]);
    const span = (r: [number, number] | null): [number, number][] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
    const flags = correctFlags(a.text, atts.map((x) => ({ source: span(x.source), cue: span(x.cue), content: x.content })), a.gold);
    atts.forEach((att, i) => rows.push({ features: confidenceFeatures(doc, att), label: flags[i] ? 1 : 0, fold: foldOf(a.name) }));
  }
  return rows;
}

/** The model file's value trained on `rows`. */
export function attributionModelData(rows: LogisticRow[]): AttributionModelFile {
  return { format: ATTRIBUTION_FORMAT, confidence: Logistic.train(rows).toData() };
}

/** Trains on the articles of `--split` (default train), prints the out-of-fold calibration, writes the model. */
export async function trainAttributionCommand(dir: string, opts: Record<string, string | undefined>): Promise<void> {
  const split = opts.split ?? 'train';
  if (!['all', 'train', 'heldout'].includes(split)) throw new WhosaidError('BAD_INPUT', `train attribution: --split ${split} is not all, train or heldout`);
  const started = Date.now();
  const articles = readPolnear(dir).filter((a) => split === 'all' || (split === 'heldout') === (foldOf(a.name) === 0));
  const rows = attributionRows(articles);
  const folds = [...new Set(rows.map((r) => r.fold))].sort();
  const oof = folds.flatMap((f) => {
    const model = Logistic.fromData(Logistic.train(rows.filter((r) => r.fold !== f)).toData());
    return rows.filter((r) => r.fold === f).map((r) => ({ confidence: model.probability(r.features), correct: r.label === 1 }));
  });
  process.stdout.write(`${articles.length} articles (${split}), ${rows.length} rule attributions; out-of-fold calibration over folds ${folds.join(', ')}:\n${calibrationTable(oof)}`);
  const out = opts.out ?? ATTRIBUTION_MODEL_PATH;
  const bytes = encodeModelFile(attributionModelData(rows));
  await writeFile(out, bytes);
  process.stdout.write(`wrote ${out} (${bytes.length} bytes) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

/** The gzipped bytes of a model file. */
export function encodeModelFile(data: AttributionModelFile): Buffer {
  return encodeModel(data);
}
