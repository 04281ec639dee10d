// Resolves a surface phrase ("Russian Foreign Minister Sergei Lavrov", "Moscow", "Lavrov",
// "the Associated Press") to an actor of an article's layer, by name, alias, country or surname.

import type { Actor } from '../types.js';
import { lookupCountry } from '../lexicon/countries.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import type { ActorLayer } from './index.js';

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
    .replace(/^(?:the|a|an)\s+/, '').replace(/'s$/, '').replace(/[,.:;]+$/, '');

interface NameIndex {
  byName: Map<string, Actor>;
  /** Last word of a person's normalised name → the first person with it. */
  bySurname: Map<string, Actor>;
  /** Per indexed actor, how many of its aliases are in `byName`. */
  aliasesSeen: number[];
}

const indexes = new WeakMap<ActorLayer, NameIndex>();

/**
 * Normalised name and alias → actor, built once per layer and topped up when the layer has grown
 * (layers only grow: the attribution stage appends unnamed sources and their aliases). The first
 * actor to claim a name keeps it.
 */
function index(layer: ActorLayer): NameIndex {
  let idx = indexes.get(layer);
  if (!idx) {
    idx = { byName: new Map(), bySurname: new Map(), aliasesSeen: [] };
    indexes.set(layer, idx);
  }
  const { byName, bySurname, aliasesSeen } = idx;
  const add = (n: string, a: Actor): void => {
    const key = norm(n);
    if (!byName.has(key)) byName.set(key, a);
  };
  layer.actors.forEach((a, i) => {
    if (i >= aliasesSeen.length) {
      add(a.name, a);
      aliasesSeen.push(0);
      const surname = a.type === 'PERSON' ? norm(a.name).split(' ').pop() : undefined;
      if (surname !== undefined && !bySurname.has(surname)) bySurname.set(surname, a);
    }
    for (let k = aliasesSeen[i]; k < a.aliases.length; k++) add(a.aliases[k], a);
    aliasesSeen[i] = a.aliases.length;
  });
  return idx;
}

/** Resolves a surface string (e.g. a speaker phrase) to an actor of the layer, or null. */
export function resolveName(layer: ActorLayer, surface: string): Actor | null {
  const s = norm(surface);
  if (!s) return null;
  const { byName: idx, bySurname } = index(layer);
  const direct = idx.get(s);
  if (direct) return direct;
  const country = lookupCountry(s);
  if (country) {
    const c = idx.get(norm(country.name));
    if (c) return c;
  }
  const ent = gazetteer().entities.get(s);
  if (ent) {
    const e = idx.get(norm(ent.name));
    if (e) return e;
  }
  const words = s.split(' ');
  let other: Actor | null = null;
  for (let n = words.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const hit = idx.get(words.slice(i, i + n).join(' '));
      if (hit?.type === 'PERSON') return hit;
      if (hit && !other && (n > 1 || i + n === words.length)) other = hit;
    }
  }
  const last = words[words.length - 1];
  return bySurname.get(last) ?? byRole(layer, words, idx) ?? other;
}

/**
 * "the Russian foreign minister", "the minister" → the one person whose role has that title
 * (and, when the phrase names one, that affiliation); null when none or several fit.
 */
function byRole(layer: ActorLayer, words: string[], idx: Map<string, Actor>): Actor | null {
  const titles = gazetteer().titles;
  let title = '';
  for (let i = 0; i < words.length && !title; i++) {
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      if (titles.has(phrase)) { title = phrase; break; }
    }
  }
  if (!title) return null;
  const named = new Set<string>();
  for (const word of words) {
    const w = word.replace(/'s$/, '');
    const c = lookupCountry(w);
    const a = idx.get(w) ?? (c ? idx.get(norm(c.name)) : undefined);
    if (a && a.type !== 'PERSON') named.add(a.id);
  }
  const fits = layer.actors.filter((a) => a.type === 'PERSON' && a.roles.some((r) =>
    norm(r.title).endsWith(title) && (named.size === 0 || (r.of !== null && named.has(r.of)))));
  return fits.length === 1 ? fits[0] : null;
}
