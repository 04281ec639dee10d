// The learned statement filter: its features, its training (deterministic, threshold chosen out of
// fold), the shipped model and data, and what extract() does with it. Sentences written for the project.

import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/index.js';
import { articleFromText } from '../../../loaders/index.js';
import { StatementFeatures } from '../../../src/extract/statements/learned/statement-features.js';
import { jointReports, STATEMENT_FILTER_PATH, likelyStatements, parseStatementFilter, statementFilter, statementProbabilities } from '../../../src/extract/statements/learned/statement-filter.js';
import { encodeModel } from '../../../src/learn/model-file.js';
import { chooseThreshold, filterRows, readFilterData, statementFilterFile, sweep, targetMargin, THRESHOLD_COMMITS } from '../../../src/learn/train-statement-filter.js';
import { FILTER_DATA_PATH, SPEAKER_KEYS_DIR, readFirstScored, type FirstScoredArticle } from '../../../src/learn/first-scored.js';
import { scoreSpeakers } from '../../../src/eval/speaker-keys.js';

const all = (text: string) => extract(articleFromText(text, 'filter-test.txt'), { statementFilter: false });
const shipped = (text: string) => extract(articleFromText(text, 'filter-test.txt'));

describe('statement features', () => {
  const text = 'Ferry fares rise\n\nMayor Vera Lind said the ferry would keep running until March.\n\n"We will not abandon the islands," she told reporters.';
  const x = all(text);
  const f = new StatementFeatures(x);

  it('describe the speaker phrase, the cue and the content of each statement', () => {
    const [said, told] = x.statements.map((s) => f.of(s));
    expect(said).toEqual(expect.arrayContaining(['cue=said', 'lemma=say', 'type=PERSON', 'capitalised', 'spNamed', 'spSide=before', 'kind=CLAIM', 'direct=false']));
    expect(told).toEqual(expect.arrayContaining(['cue=told', 'pronoun=she', 'direct=true']));
    expect(told).not.toContain('cueQuoted');
    expect(said).not.toContain('headline');
  });

  it('mark a cue inside a quotation and a report inside another report\'s content', () => {
    const q = all('"Ruiz said the plan was dead," Amy Holt told reporters. Holt said that the mayor had warned of cuts.');
    const g = new StatementFeatures(q);
    const byCue = (cue: string) => g.of(q.statements.find((s) => s.cue === cue)!);
    expect(q.statements.map((s) => s.cue)).toEqual(expect.arrayContaining(['told', 'had warned of']));
    expect(byCue('told')).not.toContain('nested');
    expect(byCue('had warned of')).toContain('nested');
  });

  it('mark a cue between an opening and a closing quotation mark of its paragraph', () => {
    const text = 'Budget\n\n"The minister told us the plan was dead," Amy Holt said.\n\nShe said "no" twice.';
    const at = (w: string, from = 0): [number, number] => { const i = text.indexOf(w, from); return [i, i + w.length]; };
    const statement = (cue: [number, number], content: [number, number]) => ({
      id: `s${cue[0]}`, speakerId: null, content: text.slice(...content), cue: text.slice(...cue), kind: 'CLAIM' as const, direct: false,
      targetId: null, aboutIds: [], reportedById: null, confidence: 0.5, evidence: { speaker: null, cue: [cue], content: [content] },
    });
    const inner = statement(at('told'), at('the plan was dead'));
    const outer = statement(at('said'), [at('"The')[0], at('dead,"')[1]]);
    const after = statement(at('said', at('She')[0]), at('"no"'));
    const g = new StatementFeatures({ text, actors: [], mentions: [], statements: [inner, outer, after] });
    expect(g.of(inner)).toEqual(expect.arrayContaining(['cueQuoted', 'nested', 'noSpeaker']));
    expect(g.of(outer)).not.toContain('cueQuoted');
    expect(g.of(after)).not.toContain('cueQuoted');
  });

  it('mark a report in the headline only when the text has a headline line', () => {
    const headed = all('Mayor Lind says ferry will run\n\nThe ferry runs on Sundays.');
    expect(new StatementFeatures(headed).of(headed.statements[0])).toContain('headline');
    const bare = all('Mayor Vera Lind said the ferry would keep running.');
    expect(new StatementFeatures(bare).of(bare.statements[0])).not.toContain('headline');
  });

  it('give the same features twice', () => {
    expect(x.statements.map((s) => new StatementFeatures(x).of(s))).toEqual(x.statements.map((s) => f.of(s)));
  });
});

describe('choosing the threshold', () => {
  const row = (threshold: number, kept: number, right: number, keysFound: number) => ({ threshold, kept, right, keysFound, keys: 1000 });

  it('takes the smallest threshold within 0.002 of the best F1', () => {
    // F1 0.700, 0.778 (best), 0.729: the best.
    expect(chooseThreshold([row(0, 1000, 700, 700), row(0.2, 800, 700, 700), row(0.4, 700, 620, 620)])).toBe(0.2);
    // F1 0.700, 0.7774 (within 0.002 of the best), 0.7778: the smaller threshold drops less.
    expect(chooseThreshold([row(0, 1000, 700, 700), row(0.1, 801, 700, 700), row(0.2, 800, 700, 700)])).toBe(0.1);
    expect(chooseThreshold([row(0, 1000, 900, 900)])).toBe(0);
  });

  it('takes the smallest threshold that meets both targets (0.85 right, 0.75 keys found) when one does', () => {
    // 0.80 / 0.80 (F1 best), 0.86 / 0.76 and 0.90 / 0.70: the second meets both.
    expect(chooseThreshold([row(0, 1000, 800, 800), row(0.4, 884, 760, 760), row(0.6, 778, 700, 700)])).toBe(0.4);
    // 0.855 / 0.77 and 0.87 / 0.76 both meet them: the smaller threshold drops less.
    expect(chooseThreshold([row(0.3, 900, 770, 770), row(0.5, 874, 760, 760)])).toBe(0.3);
  });

  it('prints the margin over the nearer of the two targets (0.85 right, 0.75 keys found)', () => {
    expect(targetMargin(row(0.5, 1000, 870, 760))).toBeCloseTo(0.01, 6);
    expect(targetMargin(row(0.5, 1000, 840, 900))).toBeCloseTo(-0.01, 6);
  });
});

describe('training the statement filter', () => {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-filter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Two tiny articles keyed like tests/fixtures/speaker-keys; the "first-scored" statements are this code's.
  const articles: FirstScoredArticle[] = [
    ['ferry', 'Ferry row\n\nMayor Vera Lind said the ferry would keep running. Keepers named the cub Mei on Friday. The council has voted for a rise in fares.', [{ speaker: 'Vera Lind', cue: 'said', kind: 'CLAIM', content: 'the ferry would keep running' }]],
    ['depot', 'Depot plan\n\nTrader Ola Brandt said the market would suffer. A study showed no proof that the plan worked.', [{ speaker: 'Ola Brandt', cue: 'said', kind: 'CLAIM', content: 'the market would suffer' }]],
  ].map(([name, text, keys], i) => {
    writeFileSync(join(dir, `${name}.txt`), text as string);
    writeFileSync(join(dir, `${name}.keys.json`), JSON.stringify(keys));
    const x = all(text as string);
    return { name: name as string, commit: `c${i}`, actors: x.actors, mentions: x.mentions, statements: x.statements };
  });

  it('labels each statement by the keys and gives the same model twice', () => {
    const a = statementFilterFile(articles, dir, ['c1']);
    expect(JSON.stringify(statementFilterFile(articles, dir, ['c1']))).toBe(JSON.stringify(a));
    const unfiltered = a.sweep[0];
    expect(unfiltered.threshold).toBe(0);
    expect(unfiltered.keys).toBe(2);
    expect(unfiltered.right).toBe(2);
    expect(unfiltered.kept).toBe(articles.reduce((n, x) => n + x.statements.length, 0));
    expect(a.sweep.map((s) => s.threshold)).toContain(a.threshold);
    // The threshold is chosen on the rows of one commit: here the depot article's.
    expect(a.choice?.commits).toEqual(['c1']);
    expect(a.choice?.sweep[0]).toMatchObject({ threshold: 0, keys: 1, kept: articles[1].statements.length });
    expect(chooseThreshold(a.choice!.sweep)).toBe(a.threshold);
  });

  it('names the commit the threshold is chosen on when the data holds none of its statements', () => {
    expect(() => statementFilterFile(articles, dir, ['c1', 'c9'])).toThrow(/c9/);
  });

  it('groups folds by the first-scored file\'s group when it gives one', () => {
    const { rows } = filterRows([articles[0], { ...articles[1], group: 'batch-2' }], dir);
    expect(rows.map((r) => r.group)).toEqual([...articles[0].statements.map(() => 'c0'), ...articles[1].statements.map(() => 'batch-2')]);
  });

  it('names the article whose text or keys are missing', () => {
    expect(() => statementFilterFile([{ ...articles[0], name: 'nowhere' }], dir, ['c0'])).toThrow(/nowhere/);
  });

  it('gives the statements of one joint report the highest probability among them', () => {
    expect(jointReports(['a@4', 'a@4', 'a@9'], [0.2, 0.7, 0.1])).toEqual([0.7, 0.7, 0.1]);
  });

  it('matches a key\'s first words whatever the quotation marks around the statement\'s content', () => {
    const actors = [{ id: 'p1', name: 'Kerstin Abel', aliases: [] }];
    const statement = (content: string) => ({ speakerId: 'p1', cue: 'said', content });
    const key = { speaker: 'Kerstin Abel', cue: 'said', kind: 'CLAIM', content: 'We take every sighting seriously' };
    for (const content of ['„We take every sighting seriously.“', '«We take every sighting seriously»', '“We take every sighting seriously”']) {
      expect(scoreSpeakers({ actors, statements: [statement(content)] } as never, [key]).keysFound).toBe(1);
    }
    expect(scoreSpeakers({ actors, statements: [statement('„We took no sighting seriously.“')] } as never, [key]).keysFound).toBe(0);
  });

  it('counts keys found once however many statements find them', () => {
    const rows = sweep([
      { article: 'a', group: 'g', report: 'a@0', features: [], label: 1, keysRight: ['a#0'] },
      { article: 'a', group: 'g', report: 'a@9', features: [], label: 1, keysRight: ['a#0'] },
    ], [0.9, 0.1], 3, [0.5]);
    expect(rows).toEqual([
      { threshold: 0, kept: 2, right: 2, keysFound: 1, keys: 3 },
      { threshold: 0.5, kept: 1, right: 1, keysFound: 1, keys: 3 },
    ]);
  });
});

describe('the first-scored data', () => {
  it('lists every development article with a full commit hash', () => {
    const listed = readFirstScored(join(SPEAKER_KEYS_DIR, 'first-scored.tsv'));
    const articles = readdirSync(SPEAKER_KEYS_DIR).filter((f) => f.endsWith('.keys.json')).map((f) => f.replace(/\.keys\.json$/, '')).sort();
    expect([...listed.keys()].sort()).toEqual(articles);
  });

  it('rejects a malformed line, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-first-scored-'));
    try {
      writeFileSync(join(dir, 'first-scored.tsv'), '# comment\nferry\tabc123\n');
      expect(() => readFirstScored(join(dir, 'first-scored.tsv'))).toThrow(/line 2/);
      const commit = 'a'.repeat(40);
      writeFileSync(join(dir, 'first-scored.tsv'), `ferry\t${commit}\ndepot\t${commit}\tadded-b7\n`);
      expect([...readFirstScored(join(dir, 'first-scored.tsv'))]).toEqual([['ferry', { commit }], ['depot', { commit, group: 'added-b7' }]]);
      writeFileSync(join(dir, 'first-scored.tsv'), `ferry\t${commit}\tadded-b7\tmore\n`);
      expect(() => readFirstScored(join(dir, 'first-scored.tsv'))).toThrow(/line 1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds the listed articles, and retraining on it gives the shipped model', () => {
    const data = readFilterData(FILTER_DATA_PATH);
    for (const commit of THRESHOLD_COMMITS) expect(data.some((a) => a.commit === commit && a.statements.length > 0)).toBe(true);
    expect(data.map((a) => a.name)).toEqual([...readFirstScored(join(SPEAKER_KEYS_DIR, 'first-scored.tsv')).keys()].sort());
    const bytes = encodeModel(statementFilterFile(data, SPEAKER_KEYS_DIR));
    expect(bytes.equals(readFileSync(STATEMENT_FILTER_PATH))).toBe(true);
  });
});

describe('the shipped statement filter', () => {
  it('loads, and gives probabilities in [0, 1]', () => {
    expect(existsSync(STATEMENT_FILTER_PATH)).toBe(true);
    const { threshold } = statementFilter();
    expect(threshold).toBeGreaterThanOrEqual(0);
    expect(threshold).toBeLessThan(1);
    const x = all('Budget\n\nThe council has voted for a rise in parking charges. Councillor Amy Holt said the rise was needed, and she warned that "bills will climb".');
    for (const { p } of statementProbabilities(x)) {
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('keeps plain reports with their speakers', () => {
    const text = 'Ferry fares\n\nMayor Vera Lind said the ferry would keep running until March.\n\n"We will not abandon the islands," she told reporters on Tuesday.\n\nThe Transport Workers Union warned that crews would strike if fares rose.';
    expect(shipped(text).statements.map((s) => s.cue)).toEqual(['said', 'told', 'warned']);
  });

  it('keeps or drops the speakers of a joint report together', () => {
    const x = all('Port deal\n\nThe Harbour Board and the Dockers Union rejected the offer last week.');
    expect(x.statements.map((s) => s.cue)).toEqual(['rejected', 'rejected']);
    const [a, b] = statementProbabilities(x).map((s) => s.p);
    expect(a).toBe(b);
  });

  it('drops what only looks like a report: a vote, a naming, evidence that "showed"', () => {
    const x = shipped('Budget\n\nThe council has voted for a rise in parking charges. Keepers named the cub Mei on Friday. A study showed no proof that the scheme worked. Councillor Amy Holt said the rise was needed.');
    expect(x.statements.map((s) => s.cue)).toEqual(['said']);
    expect(all('Budget\n\nThe council has voted for a rise in parking charges. Keepers named the cub Mei on Friday. A study showed no proof that the scheme worked. Councillor Amy Holt said the rise was needed.').statements.length).toBeGreaterThan(1);
  });

  it('does not judge a printed interview\'s turns, which have no reporting word', () => {
    const text = 'Housing interview\n\nThe Sunday Review spoke to Housing Minister Rachel Amis.\n\nQ: Rents rose by 9% last year. Is the government losing control?\n\nA: Nobody is going to concrete over the countryside.';
    const question = statementProbabilities(all(text)).find((s) => s.statement.content.startsWith('Rents'));
    expect(question!.p).toBeLessThan(statementFilter().threshold);
    expect(shipped(text).statements.map((s) => s.cue)).toEqual([':', ':']);
  });

  it('removes an unnamed speaker whose every statement it dropped, with its mentions', () => {
    const text = 'Zoo news\n\nKeepers named the cub Mei on Friday. Mayor Vera Lind said the zoo would stay open.';
    const before = all(text);
    const after = shipped(text);
    const keepers = before.actors.find((a) => a.name === 'Keepers');
    expect(keepers?.type).toBe('ANONYMOUS');
    expect(after.actors.map((a) => a.name)).not.toContain('Keepers');
    expect(after.mentions.some((m) => m.actorId === keepers!.id)).toBe(false);
    expect(after.statements.every((s) => after.actors.some((a) => a.id === s.speakerId))).toBe(true);
  });

  it('scores the kept statements of an unfiltered run as the shipped pipeline', () => {
    const text = 'Budget\n\nThe council has voted for a rise in parking charges. Councillor Amy Holt said the rise was needed.';
    const keys = [{ speaker: 'Amy Holt', cue: 'said', kind: 'CLAIM', content: 'the rise was needed' }];
    const x = all(text);
    expect(scoreSpeakers({ actors: x.actors, statements: likelyStatements(x) }, keys)).toEqual(scoreSpeakers(shipped(text), keys));
  });

  it('rejects a model file of another format or with no probability for a threshold, naming the file', () => {
    expect(() => parseStatementFilter(encodeModel({ format: 'other/1', model: { bias: 0, weights: {} }, threshold: 0.2, sweep: [] }), 'f.gz')).toThrow(/f\.gz has format other\/1/);
    expect(() => parseStatementFilter(encodeModel({ format: 'whosaid-statement-filter/1', model: { bias: 0, weights: {} }, threshold: 2, sweep: [] }), 'f.gz')).toThrow(/f\.gz has threshold 2/);
  });
});
