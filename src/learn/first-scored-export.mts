// Runs inside `train statement-filter-data` (first-scored.ts) against an older checkout: extracts
// the named speaker-key articles with that checkout's code and prints one JSON line per article
// (its actors, mentions and statements; no text, the fixture holds it). The statement filter, in
// the code that has one, is switched off: its rows are what the rules wrote.
// Usage: node --import tsx first-scored-export.mts <checkout> <fixtures dir> <article>...

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, fixtures, ...names] = process.argv.slice(2);
const { extract } = await import(pathToFileURL(join(root, 'src/extract/index.ts')).href);
const { articleFromText } = await import(pathToFileURL(join(root, 'loaders/text.ts')).href);
for (const name of names) {
  const ex = extract(articleFromText(readFileSync(join(fixtures, `${name}.txt`), 'utf8'), name), { statementFilter: false });
  process.stdout.write(`${JSON.stringify({ name, actors: ex.actors, mentions: ex.mentions, statements: ex.statements })}\n`);
}
