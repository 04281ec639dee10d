// The shipped confidence model (models/attribution.model.gz): its file format, a memoised
// loader, and the step that sets each attribution's confidence to the model's probability.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../../../errors.js';
import { Logistic, type LogisticData } from '../../../learn/logistic.js';
import { decodeModel } from '../../../learn/model-file.js';
import type { Document } from '../../document.js';
import type { Attribution } from '../attribution.js';
import { confidenceFeatures } from './confidence-features.js';

/** Where the shipped model lives, relative to this file (src/extract/statements/learned → models/). */
export const ATTRIBUTION_MODEL_PATH = fileURLToPath(new URL('../../../../models/attribution.model.gz', import.meta.url));
export const ATTRIBUTION_FORMAT = 'whosaid-attribution/1';

/** The model file: a logistic regression giving P(all three roles right). */
export interface AttributionModelFile { format: string; confidence: LogisticData }

/** Parses a model file's bytes; `origin` names it in errors. */
export function parseAttributionModel(bytes: Buffer, origin: string): Logistic {
  const data = decodeModel<AttributionModelFile>(bytes, origin);
  if (data.format !== ATTRIBUTION_FORMAT) throw new WhosaidError('BAD_INPUT', `extract/statements: ${origin} has format ${String(data.format)}, expected ${ATTRIBUTION_FORMAT}; retrain with \`whosaid train attribution\``);
  return Logistic.fromData(data.confidence);
}

let cached: Logistic | null = null;

/** The shipped model, read once per process. */
export function attributionModel(): Logistic {
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
export function withLearnedConfidence(doc: Document, atts: Attribution[], model: Logistic = attributionModel()): Attribution[] {
  return atts.map((a) => ({ ...a, confidence: model.probability(confidenceFeatures(doc, a)) }));
}
