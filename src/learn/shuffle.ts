// Deterministic shuffling for training loops: the same seed gives the same order on every machine.

import { seededRandom } from '../graph/random.js';

/** A Fisher-Yates shuffled copy of `items`, driven by the project's seeded PRNG. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const rand = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
