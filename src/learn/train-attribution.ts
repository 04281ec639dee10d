// Trainer of the attribution model (`whosaid train attribution <dir>`): the cue and role taggers
// of the learned cue stage, then a logistic regression estimating P(all three roles right).

import { writeFile } from 'node:fs/promises';
import { WhosaidError } from '../errors.js';
import { buildDocument } from '../extract/document.js';
import { detectAttributions } from '../extract/statements/detect.js';
import { nestedFlags } from '../extract/statements/tidy.js';
import { confidenceFeatures } from '../extract/statements/learned/confidence-features.js';
import { withLearnedCues, type CueTaggers } from '../extract/statements/learned/learned-cues.js';
import { withRankedSources, type SourceRanker } from '../extract/statements/learned/source-ranker.js';
import { ATTRIBUTION_FORMAT, ATTRIBUTION_MODEL_PATH, sourceRankerIn, type AttributionModelFile } from '../extract/statements/learned/confidence-model.js';
import { correctFlags, foldOf, readPolnear, type PolnearArticle } from '../eval/brat-attribution.js';
import { Logistic, type LogisticData, type LogisticRow } from './logistic.js';
import { encodeModel } from './model-file.js';
import { calibrationTable } from './calibration.js';
import { Perceptron, type PerceptronData } from './perceptron.js';
import { Ranker, type RankerData } from './ranker.js';
import { crossFittedRankers, marginTable, sourceItems, trainSourceRanker } from './train-sources.js';
import { tuneSettings, tuneTable, TUNE_GRID } from './tune-attribution.js';
import { trainCueTagger, trainExtentTagger, trainRoleTagger, type CueDoc } from './train-cues.js';

interface FoldRow extends LogisticRow { fold: number }

/** The settings of the learned cue stage stored in the model file. */
export interface CueSettings {
  /** Cue score margin above which a token off the cue lexicon is proposed as a cue. */
  threshold: number;
  /** The same for a cue-lexicon word the rules left uncovered; null: never proposed. */
  lexiconThreshold: number | null;
  /** Confidence a learned report needs to be kept. */
  minConfidence: number;
}

/**
 * Shipped settings, chosen out of fold on the training split only (`--tune`: each training fold
 * scored by models trained on the other three; see docs/models/attribution.md), never on fold 0.
 */
export const DEFAULT_SETTINGS: CueSettings = { threshold: 0, lexiconThreshold: 0, minConfidence: 0.2 };

/** The documents of `articles` with their rule attributions, ready for the taggers' trainers. */
export function cueDocs(articles: PolnearArticle[]): (CueDoc & { name: string })[] {
  return articles.map((a) => {
    const doc = buildDocument(a.text);
    return { name: a.name, doc, rules: detectAttributions(doc), gold: a.gold };
  });
}

/** Rows of one corpus: each attribution of rules and taggers (nested reports left out, as scored) with its label. */
export function attributionRows(docs: (CueDoc & { name: string })[], taggers: (name: string) => CueTaggers | null = () => null, sources: (name: string) => SourceRanker | null = () => null): FoldRow[] {
  const rows: FoldRow[] = [];
  for (const { name, doc, rules, gold } of docs) {
    const t = taggers(name);
    const all = withRankedSources(doc, withLearnedCues(doc, rules, t), sources(name));
    const nested = nestedFlags(doc.tokens, all);
    const atts = all.filter((_, i) => !nested[i]);
    const span = (r: [number, number] | null): [number, number][] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
    const flags = correctFlags(doc.text, atts.map((x) => ({ source: span(x.source), cue: span(x.cue), content: x.content })), gold);
    atts.forEach((att, i) => rows.push({ features: confidenceFeatures(doc, att), label: flags[i] ? 1 : 0, fold: foldOf(name) }));
  }
  return rows;
}

/** The three taggers of the learned cue stage, as stored. */
export interface TaggerData { cues: PerceptronData; roles: PerceptronData; extent: PerceptronData }

/** Trains the cue, role and cue-extent taggers on `docs`. */
export function trainTaggers(docs: CueDoc[]): TaggerData {
  return { cues: trainCueTagger(docs), roles: trainRoleTagger(docs), extent: trainExtentTagger(docs) };
}

/** Loaded taggers with `settings`. */
export const taggersOf = (t: TaggerData, settings: CueSettings): CueTaggers => ({
  cues: Perceptron.fromData(t.cues), roles: Perceptron.fromData(t.roles), extent: Perceptron.fromData(t.extent),
  threshold: settings.threshold, lexiconThreshold: settings.lexiconThreshold, minConfidence: settings.minConfidence,
});

/** Taggers trained on all of `docs`, and for each of their folds taggers trained on the other folds. */
export function crossFittedTaggers(docs: (CueDoc & { name: string })[], log: (line: string) => void = () => {}): { full: TaggerData; byFold: Map<number, TaggerData> } {
  const full = trainTaggers(docs);
  log(`taggers: ${full.cues.features.length} cue, ${full.roles.features.length} role, ${full.extent.features.length} extent features`);
  const byFold = new Map<number, TaggerData>();
  for (const f of [...new Set(docs.map((d) => foldOf(d.name)))].sort()) {
    const rest = docs.filter((d) => foldOf(d.name) !== f);
    byFold.set(f, rest.length ? trainTaggers(rest) : full);
    log(`cross-fitted taggers for fold ${f}`);
  }
  return { full, byFold };
}

/**
 * The confidence model over `docs`, each fold's learned reports coming from the taggers trained
 * without it, and its rule sources from the source ranker trained without it (`rankers`, with `margin`).
 */
export function confidenceOf(docs: (CueDoc & { name: string })[], byFold: Map<number, TaggerData>, settings: CueSettings, rankers: Map<number, Ranker> = new Map(), margin = 0): LogisticData {
  const loaded = new Map([...byFold].map(([f, t]) => [f, taggersOf(t, settings)]));
  const sources = (name: string): SourceRanker | null => {
    const model = rankers.get(foldOf(name));
    return model ? { model, margin } : null;
  };
  return Logistic.train(attributionRows(docs, (name) => loaded.get(foldOf(name)) ?? null, sources)).toData();
}

/**
 * The source ranker over `docs`, its margin chosen out of fold (each fold picked by a ranker trained
 * on the others; of the margins within 0.1% of the items of the best, the largest), and those rankers.
 */
export function sourceRankerOf(docs: (CueDoc & { name: string })[], log: (line: string) => void = () => {}): { data: RankerData; margin: number; byFold: Map<number, Ranker> } {
  const items = sourceItems(docs);
  const rankers = crossFittedRankers(items);
  const table = marginTable(items, rankers);
  const ruleRight = items.filter((x) => x.ruleRight).length;
  // The most cautious margin within 0.1% of the items of the best count: near-ties go to fewer changes.
  const top = Math.max(...table.map((r) => r.right));
  const best = table.filter((r) => r.right >= top - items.length * 0.001).reduce((a, b) => (b.margin > a.margin ? b : a));
  log(`source ranker: ${items.length} aligned rule attributions, rule sources right ${ruleRight}; out of fold by margin: ${table.map((r) => `${r.margin}: ${r.right} right, ${r.changed} changed`).join('; ')}; chosen ${best.margin}`);
  return { data: trainSourceRanker(items).toData(), margin: best.margin, byFold: rankers };
}

/**
 * The model file's value trained on `docs`. The confidence rows of each fold see taggers trained
 * on the other folds, so the learned reports are scored as on unseen text.
 */
export function attributionModelData(docs: (CueDoc & { name: string })[], settings: CueSettings = DEFAULT_SETTINGS, log: (line: string) => void = () => {}): AttributionModelFile {
  const { full, byFold } = crossFittedTaggers(docs, log);
  const sources = sourceRankerOf(docs, log);
  return { format: ATTRIBUTION_FORMAT, confidence: confidenceOf(docs, byFold, settings, sources.byFold, sources.margin), ...full, ...settings, sources: sources.data, sourceMargin: sources.margin };
}

/** A number option, or `fallback` when absent; "none" is null where `nullable`. */
function numberOption(name: string, raw: string | undefined, fallback: number | null, nullable = false): number | null {
  if (raw === undefined) return fallback;
  if (nullable && raw === 'none') return null;
  const n = Number(raw);
  if (!Number.isFinite(n)) throw new WhosaidError('BAD_INPUT', `train attribution: --${name} ${raw} is not a number${nullable ? ' or none' : ''}`);
  return n;
}

/** Trains on the articles of `--split` (default train), prints the out-of-fold calibration, writes the model; `--tune` prints the settings sweep instead. */
export async function trainAttributionCommand(dir: string, opts: Record<string, string | boolean | undefined>): Promise<void> {
  const split = typeof opts.split === 'string' ? opts.split : 'train';
  if (!['all', 'train', 'heldout'].includes(split)) throw new WhosaidError('BAD_INPUT', `train attribution: --split ${split} is not all, train or heldout`);
  const str = (k: string): string | undefined => (typeof opts[k] === 'string' ? opts[k] as string : undefined);
  const settings: CueSettings = {
    threshold: numberOption('cue-threshold', str('cueThreshold'), DEFAULT_SETTINGS.threshold) as number,
    lexiconThreshold: numberOption('lexicon-threshold', str('lexiconThreshold'), DEFAULT_SETTINGS.lexiconThreshold, true),
    minConfidence: numberOption('min-confidence', str('minConfidence'), DEFAULT_SETTINGS.minConfidence) as number,
  };
  if (!(settings.minConfidence >= 0 && settings.minConfidence <= 1)) throw new WhosaidError('BAD_INPUT', `train attribution: --min-confidence ${settings.minConfidence} is not in [0, 1]`);
  const started = Date.now();
  const log = (line: string): void => { process.stdout.write(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`); };
  const docs = cueDocs(readPolnear(dir).filter((a) => split === 'all' || (split === 'heldout') === (foldOf(a.name) === 0)));
  log(`${docs.length} articles (${split}) read and ruled`);
  if (opts.tune) {
    process.stdout.write(tuneTable(tuneSettings(docs, TUNE_GRID, log)));
    return;
  }
  const data = attributionModelData(docs, settings, log);
  const taggers = taggersOf({ cues: data.cues!, roles: data.roles!, extent: data.extent! }, settings);
  const ranker = sourceRankerIn(data);
  const rows = attributionRows(docs, () => taggers, () => ranker);
  const folds = [...new Set(rows.map((r) => r.fold))].sort();
  const oof = folds.flatMap((f) => {
    const model = Logistic.fromData(Logistic.train(rows.filter((r) => r.fold !== f)).toData());
    return rows.filter((r) => r.fold === f).map((r) => ({ confidence: model.probability(r.features), correct: r.label === 1 }));
  });
  process.stdout.write(`${rows.length} attributions; out-of-fold calibration (confidence only) over folds ${folds.join(', ')}:\n${calibrationTable(oof)}`);
  const out = str('out') ?? ATTRIBUTION_MODEL_PATH;
  const bytes = encodeModelFile(data);
  await writeFile(out, bytes);
  log(`wrote ${out} (${bytes.length} bytes)`);
}

/** The gzipped bytes of a model file. */
export function encodeModelFile(data: AttributionModelFile): Buffer {
  return encodeModel(data);
}
