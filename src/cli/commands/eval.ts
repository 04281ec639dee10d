// `whosaid eval gold|polnear|conll`: measures the extractor against the gold answer keys, the
// PolNeAR attribution annotations and CoNLL-2003 entities, printing one table per mode.

import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WhosaidError } from '../../errors.js';
import { extract } from '../../extract/index.js';
import { buildDocument, type Document } from '../../extract/document.js';
import { detectAttributions } from '../../extract/statements/index.js';
import { likelyStatements } from '../../extract/statements/learned/statement-filter.js';
import { detectAttributions as everyAttribution } from '../../extract/statements/detect.js';
import { learnedAttributions } from '../../extract/statements/learned/confidence-model.js';
import { scoreGold, type GoldFile, type GoldScore } from '../../eval/gold.js';
import { correctFlags, countErrorShapes, emptyErrorShapes, emptyScores, ERROR_SHAPES, foldOf, readPolnear, ROLES, scoreArticle, type PolnearCounts } from '../../eval/brat-attribution.js';
import { calibrationTable, type Scored } from '../../learn/calibration.js';
import { prfCells, ratio, renderTable } from '../../eval/table.js';
import { conllEval } from '../../eval/iob-ner.js';
import { addScore, scoreSpeakers, type SpeakerKey, type SpeakerScore } from '../../eval/speaker-keys.js';
import { addActorKeyScore, scoreActorKeys, type ActorKeys, type ActorKeyScore } from '../../eval/actor-keys.js';
import { articleFromText } from '../../../loaders/index.js';

function readGoldDir(dir: string): { name: string; gold: GoldFile; text: string; origin: string }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    throw new WhosaidError('BAD_INPUT', `eval gold: cannot read ${dir}; pass the gold directory (shared/gold)`, { cause: err });
  }
  return files.map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
    if (typeof gold.article !== 'string') throw new WhosaidError('BAD_INPUT', `eval gold: ${f} has no "article" path`);
    const origin = resolve(dirname(resolve(dir)), gold.article);
    return { name: f.replace(/\.json$/, ''), gold, text: readFileSync(origin, 'utf8'), origin };
  });
}

/** Runs the gold evaluation and returns its table. */
export function goldReport(dir: string): string {
  const rows: string[][] = [];
  const errors: string[] = [];
  for (const { name, gold, text, origin } of readGoldDir(dir)) {
    const s: GoldScore = scoreGold(extract(articleFromText(text, origin)), gold);
    rows.push([
      name, ...prfCells(s.actors.tp, s.actors.predicted, s.actors.gold), ratio(s.actorType.correct, s.actorType.total),
      ...prfCells(s.statements.tp, s.statements.predicted, s.statements.gold),
      ratio(s.kind.correct, s.kind.total), ratio(s.target.correct, s.target.total),
      ratio(s.reportedBy.correct, s.reportedBy.total), ratio(s.direct.correct, s.direct.total),
      prfCells(s.relations.tp, s.relations.predicted, s.relations.gold)[2], String(s.hardErrors.length),
    ]);
    errors.push(...s.hardErrors.map((e) => `  ${name}: ${e}`));
  }
  const header = ['article', 'act P', 'act R', 'act F1', 'type', 'st P', 'st R', 'st F1', 'kind', 'target', 'reptBy', 'direct', 'rel F1', 'hard'];
  return `${renderTable(header, rows)}\n${errors.length ? `hard errors:\n${errors.join('\n')}` : 'hard errors: none'}\n`;
}

function polnearRows(label: string, c: PolnearCounts): string[][] {
  const row = (role: string, tp: number): string[] => [`${label} ${role}`, ...prfCells(tp, c.predicted, c.gold)];
  return [
    row('detection', c.aligned),
    row('source', c.loose.source), row('cue', c.loose.cue), row('content', c.loose.content), row('all three', c.loose.all),
    row('all three (strict)', c.strict.all),
  ];
}

/**
 * Runs the PolNeAR evaluation on the articles of `split` and returns its table. PolNeAR seldom
 * annotates a report nested in another's content, so those are left out unless `withNested`.
 */
export function polnearReport(dir: string, split: string, withNested = false, errorShapes = false): string {
  const detect = withNested ? (doc: Document) => learnedAttributions(doc, everyAttribution(doc)) : detectAttributions;
  const scores = emptyScores();
  const calibration: Scored[] = [];
  const shapes = emptyErrorShapes();
  const articles = readPolnear(dir).filter((a) => split === 'all' || (split === 'heldout') === (foldOf(a.name) === 0));
  for (const a of articles) {
    const doc = buildDocument(a.text);
    const span = (r: [number, number] | null): [number, number][] => (r ? [[doc.tokens[r[0]].start, doc.tokens[r[1] - 1].end]] : []);
    const atts = detect(doc);
    const predicted = atts.map((x) => ({ source: span(x.source), cue: span(x.cue), content: x.content }));
    scoreArticle(a.text, predicted, a.gold, scores);
    if (errorShapes) countErrorShapes(a.text, predicted, a.gold, shapes);
    correctFlags(a.text, predicted, a.gold).forEach((correct, i) => calibration.push({ confidence: atts[i].confidence, correct }));
  }
  const o = scores.overall;
  const d = scores.direct;
  const head = `${articles.length} articles (${split}${withNested ? ', nested reports counted' : ''}); attributions predicted ${o.predicted}, gold ${o.gold}; direct-quote subset predicted ${d.predicted}, gold ${d.gold}`;
  const table = renderTable(['measure (Jaccard >= 0.5)', 'P', 'R', 'F1'], [...polnearRows('all:', o), ...polnearRows('direct:', d)]);
  const report = `${head}\n${table}\ncalibration (confidence that all three roles are right):\n${calibrationTable(calibration)}`;
  if (!errorShapes) return report;
  const rows = ROLES.map((role) => [role, ...ERROR_SHAPES.map((k) => String(shapes[role][k])), String(ERROR_SHAPES.reduce((n, k) => n + shapes[role][k], 0))]);
  return `${report}\nhow a role misses its annotation (aligned attributions, Jaccard < 0.5), counts:\n${renderTable(['role', ...ERROR_SHAPES, 'all'], rows)}\n`;
}

/**
 * Runs the speaker evaluation over every NAME.txt with a NAME.keys.json in dir; returns the table,
 * the total of the shipped pipeline and the total of every statement before the learned statement
 * filter (the table's last line), so that the filter's effect is measured in the same run.
 */
export function speakersReport(dir: string): { table: string; total: SpeakerScore; unfiltered: SpeakerScore } {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.keys.json')).sort();
  } catch (err) {
    throw new WhosaidError('BAD_INPUT', `eval speakers: cannot read ${dir}; pass the speaker keys directory (tests/fixtures/speaker-keys)`, { cause: err });
  }
  const total: SpeakerScore = { output: 0, outputRight: 0, keys: 0, keysFound: 0 };
  const unfiltered: SpeakerScore = { output: 0, outputRight: 0, keys: 0, keysFound: 0 };
  const row = (name: string, s: SpeakerScore): string[] => [name, String(s.output), ratio(s.outputRight, s.output), String(s.keys), ratio(s.keysFound, s.keys)];
  const rows: string[][] = [];
  for (const f of files) {
    const name = f.replace(/\.keys\.json$/, '');
    const origin = join(dir, `${name}.txt`);
    const keys = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SpeakerKey[];
    if (!Array.isArray(keys)) throw new WhosaidError('BAD_INPUT', `eval speakers: ${f} is not an array of keys`);
    // One extraction: the filter only drops statements (and the unnamed speakers of none), so the
    // kept statements of the unfiltered run score as the shipped pipeline's.
    const all = extract(articleFromText(readFileSync(origin, 'utf8'), origin), { statementFilter: false });
    const s = scoreSpeakers({ actors: all.actors, statements: likelyStatements(all) }, keys);
    addScore(total, s);
    addScore(unfiltered, scoreSpeakers(all, keys));
    rows.push(row(name, s));
  }
  rows.push(row('total', total));
  rows.push(row('before the statement filter', unfiltered));
  return { table: `${renderTable(['article', 'output', 'right speaker', 'keys', 'found right'], rows)}\n`, total, unfiltered };
}

/** Runs the actor evaluation over every NAME.txt with a NAME.keys.json in dir; returns the table and the total. */
export function actorKeysReport(dir: string): { table: string; total: ActorKeyScore } {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.keys.json')).sort();
  } catch (err) {
    throw new WhosaidError('BAD_INPUT', `eval actors: cannot read ${dir}; pass the actor keys directory (tests/fixtures/actor-keys)`, { cause: err });
  }
  const total: ActorKeyScore = { output: 0, real: 0, realTyped: 0, affiliations: 0, affiliationsFound: 0, junk: 0, junkNames: [] };
  const row = (name: string, s: ActorKeyScore): string[] =>
    [name, String(s.output), ratio(s.real, s.output), ratio(s.realTyped, s.output), String(s.affiliations), ratio(s.affiliationsFound, s.affiliations), String(s.junk)];
  const rows: string[][] = [];
  for (const f of files) {
    const name = f.replace(/\.keys\.json$/, '');
    const origin = join(dir, `${name}.txt`);
    const keys = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ActorKeys;
    if (!Array.isArray(keys.actors) || !Array.isArray(keys.affiliations)) throw new WhosaidError('BAD_INPUT', `eval actors: ${f} needs "actors" and "affiliations" arrays`);
    const s = scoreActorKeys(extract(articleFromText(readFileSync(origin, 'utf8'), origin)), keys);
    addActorKeyScore(total, s);
    rows.push(row(name, s));
  }
  rows.push(row('total', total));
  const junk = total.junkNames.length ? `junk names: ${total.junkNames.join('; ')}\n` : '';
  return { table: `${renderTable(['article', 'actors', 'real', 'real+typed', 'affil', 'found+role', 'junk'], rows)}\n${junk}`, total };
}

/** Registers `eval gold <dir>`, `eval speakers <dir>`, `eval polnear <dir>` and `eval conll <file>`. */
export function register(program: Command): void {
  const evalCmd = program.command('eval').description('Measure extraction quality against annotated data');
  evalCmd.command('gold <dir>').description('Score every gold answer key (*.json) in dir against the extraction of its article')
    .action((dir: string) => { process.stdout.write(goldReport(dir)); });
  evalCmd.command('speakers <dir>').description('Score speaker resolution against NAME.keys.json answer keys beside NAME.txt articles')
    .action((dir: string) => { process.stdout.write(speakersReport(dir).table); });
  evalCmd.command('actors [dir]').description('Score actors, types and affiliations against NAME.keys.json answer keys beside NAME.txt articles')
    .action((dir?: string) => { process.stdout.write(actorKeysReport(dir ?? 'tests/fixtures/actor-keys').table); });
  evalCmd.command('polnear <dir>').description('Score attribution detection against a PolNeAR split (text/ and attributions/)')
    .option('--split <which>', 'all, heldout (fold 0 of 5 by md5 of the name) or train (the other folds)', 'all')
    .option('--with-nested', 'also score reports nested in another report\'s content, which PolNeAR seldom annotates')
    .option('--error-shapes', 'also count how each role misses its annotation (none found, too short, too long, …)')
    .action((dir: string, opts: { split: string; withNested?: boolean; errorShapes?: boolean }) => {
      if (!['all', 'heldout', 'train'].includes(opts.split)) throw new WhosaidError('BAD_INPUT', `eval polnear: --split ${opts.split} is not all, heldout or train`);
      process.stdout.write(polnearReport(dir, opts.split, opts.withNested === true, opts.errorShapes === true));
    });
  evalCmd.command('conll <file>').description('Score actor recognition against a CoNLL-2003 file')
    .action(async (file: string) => { process.stdout.write(await conllEval(file)); });
}
