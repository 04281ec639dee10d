// Name keys and ids for cross-article merging: one real-world actor gets one id whatever
// article it came from. Pure functions; the same name always yields the same key.

import { createHash } from 'node:crypto';
import type { ActorType } from '../extract/types.js';

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'president', 'vice', 'prime', 'minister', 'foreign',
  'secretary', 'senator', 'sen', 'rep', 'gov', 'governor', 'general', 'gen', 'ambassador',
  'chancellor', 'king', 'queen', 'pope', 'us', 'u.s', 'former', 'deputy', 'state',
]);

/** Lower case, plain quotes and dashes, no leading "the", no trailing "'s", collapsed space. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/^the\s+/, '')
    .replace(/'s?$/, '')
    .replace(/[,;:"()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The key of a person's name without leading titles: "US President Joe Biden" → "joe biden". */
export function personKey(name: string): string {
  const words = nameKey(name).split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLES.has(words[i].replace(/\.$/, ''))) i++;
  return words.slice(i).join(' ');
}

/** The keys a looked-up name is matched by (its name key and its title-less person key). */
export function lookupKeysOf(name: string): string[] {
  return [...new Set([nameKey(name), personKey(name)])].filter(Boolean);
}

const SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** The family name of a title-less person key ("linda thomas-greenfield" → "thomas-greenfield"), or null. */
export function surname(key: string): string | null {
  const words = key.split(' ').filter((w) => !SUFFIXES.has(w));
  return words.length >= 2 && words[words.length - 1].length > 2 ? words[words.length - 1] : null;
}

/** Every key an actor answers to: its name and aliases, plus title-less forms and the family name for people. */
export function actorKeys(type: ActorType, name: string, aliases: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const n of [name, ...aliases]) {
    const k = nameKey(n);
    if (k) keys.add(k);
    if (type === 'PERSON') {
      const p = personKey(n);
      if (p) keys.add(p);
      const family = surname(p);
      if (family) keys.add(family);
    }
  }
  return [...keys];
}

const slug = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '');

/**
 * The global id of an actor. Anonymous sources are scoped to their article: "a government
 * source" in two articles is not known to be one person.
 */
export function globalActorId(type: ActorType, name: string, articleId: string): string {
  const key = type === 'PERSON' ? personKey(name) : nameKey(name);
  const base = `${type.toLowerCase()}:${slug(key) || hash(key).slice(0, 12)}`;
  return type === 'ANONYMOUS' ? `${base}@${articleId}` : base;
}

/** Types that may denote one real-world actor: a country is also a place, an outlet an organisation. */
export function typesCompatible(a: ActorType, b: ActorType): boolean {
  if (a === b) return a !== 'ANONYMOUS';
  const pair = new Set([a, b]);
  return (pair.has('COUNTRY') && pair.has('PLACE')) || (pair.has('ORGANIZATION') && pair.has('MEDIA'));
}

/** Hex sha256 of a string: content hashes and fallback ids. */
export function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
