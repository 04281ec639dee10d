// The `eval polnear` report on a two-file corpus written for the test: nested reports are left
// out unless asked for, and a bad directory is a clear error.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { polnearReport } from '../../../src/cli/commands/eval.js';

const text = 'Road plan\n\nAna Ruiz said the mayor wants a new road.\n';
const span = (s: string): string => `${text.indexOf(s)} ${text.indexOf(s) + s.length}`;

function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-attributions-'));
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'road.txt'), text);
  writeFileSync(join(dir, 'attributions', 'road_a1.ann'), [
    `T1\tSource ${span('Ana Ruiz')}\tx`, `T2\tCue ${span('said')}\tx`,
    `T3\tContent ${span('the mayor wants a new road')}\tx`, `T4\tAttribution ${span('said')}\tx`,
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', '',
  ].join('\n'));
  return dir;
}

describe('polnearReport', () => {
  it('scores the outer report and leaves the nested one out', () => {
    const report = polnearReport(corpus(), 'all');
    expect(report).toContain('attributions predicted 1, gold 1');
    expect(report).toMatch(/all: all three\s+1\.000\s+1\.000\s+1\.000/);
  });

  it('counts the nested report too with withNested', () => {
    const report = polnearReport(corpus(), 'all', true);
    expect(report).toContain('nested reports counted');
    expect(report).toContain('attributions predicted 2, gold 1');
  });

  it('counts how missed roles miss with errorShapes, and only then', () => {
    const dir = corpus();
    // The annotation's content is cut to "the mayor": the extractor's whole clause is then too long.
    writeFileSync(join(dir, 'attributions', 'road_a1.ann'), [
      `T1\tSource ${span('Ana Ruiz')}\tx`, `T2\tCue ${span('said')}\tx`,
      `T3\tContent ${span('the mayor')}\tx`, `T4\tAttribution ${span('said')}\tx`,
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1', '',
    ].join('\n'));
    expect(polnearReport(dir, 'all')).not.toContain('how a role misses');
    const report = polnearReport(dir, 'all', false, true);
    expect(report).toContain('how a role misses its annotation');
    expect(report).toMatch(/content\s+0\s+0\s+0\s+1\s+0\s+0\s+1/);
    expect(report).toMatch(/source\s+0\s+0\s+0\s+0\s+0\s+0\s+0/);
  });

  it('names the directory when it is not a PolNeAR split', () => {
    expect(() => polnearReport(mkdtempSync(join(tmpdir(), 'whosaid-empty-')), 'all')).toThrow(/has no attributions\/ folder/);
  });
});
