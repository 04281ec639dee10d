// A source phrase that names no actor and describes no one makes no speaker and no statement:
// a headline's subject before a misread noun, a headline's bare role word. Unnamed sources that
// do describe someone (officials, a poll, 47 percent, marketers) stay.

import { describe, expect, it } from 'vitest';
import { run, said } from './helpers.js';

const names = (text: string): string[] => run(text).actors.map((a) => a.name);

describe('phrases that describe no one', () => {
  it('"Talks on river dispute resume" makes no speaker "Talks on river"', () => {
    const text = 'Talks on river dispute resume in Geneva\n\nDelegations met in Geneva on Monday.';
    expect(names(text)).not.toContain('Talks on river');
    expect(said(text)).toEqual([]);
  });

  it('a headline\'s bare singular role word ("Minister defends plan") is no actor', () => {
    const text = 'Minister defends school funding plan\n\nEducation Secretary Helen Barr defended the plan on Wednesday.';
    expect(names(text)).not.toContain('Minister');
    expect(said(text).map((s) => s.speaker)).not.toContain('Minister');
  });

  it('plural sources, documents, quantities and agent nouns stay speakers', () => {
    expect(said('Officials say talks will resume\n\nThe talks were delayed.').map((s) => s.speaker)).toContain('Officials');
    expect(said('Poll finds voters split\n\nThe race is close.').map((s) => s.speaker)).toContain('Poll');
    expect(said('In the survey, 47 percent said the economy was the top issue.').map((s) => s.speaker)).toContain('47 percent');
    expect(said('Some marketers hope the rules will change.').map((s) => s.speaker)).toContain('marketers');
  });
});
