// A cue word used as a noun ("its annual forecast", "the report") reports nothing; a verb after
// a subject's modifier ("its chief said", "sources close to her campaign say") still does.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

describe('cue words used as nouns', () => {
  it('"raised its annual forecast" is no statement and makes no actor of "annual"', () => {
    const x = run('Brightlake Games raised its annual forecast on Thursday after strong sales.');
    expect(x.statements).toEqual([]);
    expect(x.actors.map((a) => a.name)).not.toContain('annual');
  });

  it('"its chief said" and "sources close to her campaign say" stay reports', () => {
    expect(said('The firm was sold. Its chief said the deal was fair.').map((s) => s.cue)).toContain('said');
    expect(said('Sources close to her campaign say she will run again.').map((s) => s.cue)).toContain('say');
  });
});
