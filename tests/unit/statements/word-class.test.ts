// Token word classes the speaker rules ask for many times per token: the ASCII fast paths and the
// cached lower case must answer as the Unicode definitions do.

import { describe, expect, it } from 'vitest';
import { isCapitalized, isWord, lower } from '../../../src/extract/statements/word-class.js';

const tok = (text: string) => ({ start: 0, end: text.length, text });

describe('word classes', () => {
  it('tells words and capitals as the Unicode classes do, ASCII or not', () => {
    const cases = ['Osei', 'osei', 'Émile', 'élan', 'Ørsted', 'ß', '1999', '٣', '«', '"', '-', '', 'Ωmega', 'ωmega', '$5'];
    for (const t of cases) {
      expect(isWord(tok(t)), t).toBe(/^[\p{L}\p{N}]/u.test(t));
      expect(isCapitalized(tok(t)), t).toBe(/^\p{Lu}/u.test(t));
    }
  });

  it('lower-cases every token the same the first time and from the cache', () => {
    for (let round = 0; round < 2; round++) {
      for (const t of ['SAID', 'Émile', 'İstanbul', 'McDONALD', 'said', '']) expect(lower(tok(t))).toBe(t.toLowerCase());
    }
  });
});
