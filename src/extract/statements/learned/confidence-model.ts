// The shipped attribution model (models/attribution.model.gz): its file format, a memoised
// loader, the learned cue stage after the rules, and the calibrated confidence of every report.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../../../errors.js';
import { Logistic, type LogisticData } from '../../../learn/logistic.js';
import { Perceptron, type PerceptronData } from '../../../learn/perceptron.js';
import { Ranker, type RankerData } from '../../../learn/ranker.js';
import { decodeModel } from '../../../learn/model-file.js';
import type { Document } from '../../document.js';
import type { Attribution } from '../attribution.js';
import { confidenceFeatures } from './confidence-features.js';
import { withLearnedCues, type CueTaggers } from './learned-cues.js';
import { withRankedSources, type SourceRanker } from './source-ranker.js';

/** Where the shipped model lives, relative to this file (src/extract/statements/learned → models/). */
export const ATTRIBUTION_MODEL_PATH = fileURLToPath(new URL('../../../../models/attribution.model.gz', import.meta.url));
export const ATTRIBUTION_FORMAT = 'whosaid-attribution/2';

/** The model file: the cue and role taggers (absent in a confidence-only model) and a logistic regression giving P(all three roles right). */
export interface AttributionModelFile {
  format: string;
  confidence: LogisticData;
  cues: PerceptronData | null;
  roles: PerceptronData | null;
  /** The cue-extent tagger widening a proposed cue ("has sounded off against"); absent in older files. */
  extent?: PerceptronData | null;
  /** Cue score margin above which the cue tagger proposes a cue off the cue lexicon (chosen out of fold on the training split). */
  threshold: number;
  /** The margin a cue-lexicon word the rules left uncovered needs; null or absent: never proposed. */
  lexiconThreshold?: number | null;
  /** Learned reports below this confidence are dropped (chosen out of fold on the training split). */
  minConfidence: number;
  /** The source ranker over each rule attribution's candidate sources; absent in older files. */
  sources?: RankerData | null;
  /** Score margin the ranker's pick needs over the rule's own source (chosen out of fold on the training split). */
  sourceMargin?: number;
}

/** A loaded model: the learned cue stage (null when the file has none) and the confidence. */
export interface AttributionModel { taggers: CueTaggers | null; confidence: Logistic; sources?: SourceRanker | null }

/** Parses a model file's bytes; `origin` names it in errors. */
export function parseAttributionModel(bytes: Buffer, origin: string): AttributionModel {
  const data = decodeModel<AttributionModelFile>(bytes, origin);
  if (data.format !== ATTRIBUTION_FORMAT) throw new WhosaidError('BAD_INPUT', `extract/statements: ${origin} has format ${String(data.format)}, expected ${ATTRIBUTION_FORMAT}; retrain with \`whosaid train attribution\``);
  const taggers = data.cues && data.roles ? {
    cues: Perceptron.fromData(data.cues), roles: Perceptron.fromData(data.roles), extent: data.extent ? Perceptron.fromData(data.extent) : null,
    threshold: data.threshold, lexiconThreshold: data.lexiconThreshold ?? null, minConfidence: data.minConfidence,
  } : null;
  return { taggers, confidence: Logistic.fromData(data.confidence), sources: sourceRankerIn(data) };
}

/** The source ranker a model file holds, loaded; null when it has none. */
export function sourceRankerIn(data: AttributionModelFile): SourceRanker | null {
  return data.sources ? { model: Ranker.fromData(data.sources), margin: data.sourceMargin ?? 0 } : null;
}

let cached: AttributionModel | null = null;

/** The shipped model, read once per process. */
export function attributionModel(): AttributionModel {
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(ATTRIBUTION_MODEL_PATH);
  } catch (e) {
    throw new WhosaidError('MISSING_PREREQUISITE', `extract/statements: no model at ${ATTRIBUTION_MODEL_PATH}; train it with \`whosaid train attribution <dir>\``, { cause: e });
  }
  cached = parseAttributionModel(bytes, ATTRIBUTION_MODEL_PATH);
  return cached;
}

/** `atts` with confidence replaced by the model's probability that all three roles are right. */
export function withLearnedConfidence(doc: Document, atts: Attribution[], model: AttributionModel = attributionModel()): Attribution[] {
  return atts.map((a) => ({ ...a, confidence: model.confidence.probability(confidenceFeatures(doc, a)) }));
}

/**
 * The rules' `atts` plus the reports the learned cue stage adds (those likely enough right), the
 * rules' sources as the source ranker picks them, each with its calibrated confidence.
 */
export function learnedAttributions(doc: Document, atts: Attribution[], model: AttributionModel = attributionModel()): Attribution[] {
  const found = withLearnedCues(doc, atts, model.taggers);
  const all = withLearnedConfidence(doc, withRankedSources(doc, found, model.sources ?? null), model);
  const floor = model.taggers?.minConfidence ?? 0;
  return all.filter((a) => a.frame !== 'learned' || a.confidence >= floor);
}
