// The shipped tagger model (models/ner.model.gz): its file format and a memoised loader, so the
// extractor, the ingest pipeline and the server read the file once per process.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WhosaidError } from '../../errors.js';
import { Perceptron, type PerceptronData } from '../../learn/perceptron.js';
import { decodeModel } from '../../learn/model-file.js';

/** Where the shipped model lives, relative to this file (src/extract/ner → models/). */
export const NER_MODEL_PATH = fileURLToPath(new URL('../../../models/ner.model.gz', import.meta.url));
const FORMAT = 'whosaid-ner/1';

interface NerModelFile { format: string; perceptron: PerceptronData }

/** The serialisable form of a trained tagger: small weights pruned, the rest quantised. */
export function nerModelData(model: Perceptron): NerModelFile {
  return { format: FORMAT, perceptron: model.toData({ minWeight: 0, levels: 32767 }) };
}

/** Parses a model file's bytes; `origin` names it in errors. */
export function parseNerModel(bytes: Buffer, origin: string): Perceptron {
  const data = decodeModel<NerModelFile>(bytes, origin);
  if (data.format !== FORMAT) throw new WhosaidError('BAD_INPUT', `extract/ner: ${origin} has format ${String(data.format)}, expected ${FORMAT}; retrain with \`whosaid train ner\``);
  return Perceptron.fromData(data.perceptron);
}

let cached: Perceptron | null = null;

/** The shipped model, read once per process. */
export function nerModel(): Perceptron {
  if (cached) return cached;
  let bytes: Buffer;
  try {
    bytes = readFileSync(NER_MODEL_PATH);
  } catch (e) {
    throw new WhosaidError('MISSING_PREREQUISITE', `extract/ner: no model at ${NER_MODEL_PATH}; train it with \`whosaid train ner --train <file>\``, { cause: e });
  }
  cached = parseNerModel(bytes, NER_MODEL_PATH);
  return cached;
}
