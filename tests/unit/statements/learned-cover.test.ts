// What the learned cue stage leaves to the rules: the words between a rule's cue and the content
// after it ("told analysts on a conference call that …") are that report's, never a cue of their own.
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../../src/extract/document.js';
import { detectAttributions } from '../../../src/extract/statements/detect.js';
import { ruleCover } from '../../../src/extract/statements/learned/learned-cues.js';

describe('ruleCover', () => {
  it('covers the addressee and adjuncts between a cue and its content', () => {
    const doc = buildDocument('Chief executive Priya Nair told analysts on a conference call that demand had been strong.');
    const covered = ruleCover(doc, detectAttributions(doc));
    const at = (w: string): boolean => covered[doc.tokens.findIndex((t) => t.text === w)];
    expect(['analysts', 'conference', 'call', 'demand'].map(at)).toEqual([true, true, true, true]);
  });
});
