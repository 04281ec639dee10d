// Resolves a surface phrase ("Russian Foreign Minister Sergei Lavrov", "Moscow", "Lavrov",
// "the Associated Press") to an actor of an article's layer, by name, alias, country or surname.

import type { Actor } from '../types.js';
import { lookupCountry } from '../lexicon/countries.js';
import { gazetteer } from '../lexicon/gazetteer.js';
import type { ActorLayer } from './index.js';

const norm = (s: string): string =>
  s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim()
    .replace(/^(?:the|a|an)\s+/, '').replace(/'s$/, '').replace(/[,.:;]+$/, '');

/** Lower-cased name and alias → actor, built per call (layers are small). */
function index(layer: ActorLayer): Map<string, Actor> {
  const m = new Map<string, Actor>();
  for (const a of layer.actors) for (const n of [a.name, ...a.aliases]) if (!m.has(norm(n))) m.set(norm(n), a);
  return m;
}

/** Resolves a surface string (e.g. a speaker phrase) to an actor of the layer, or null. */
export function resolveName(layer: ActorLayer, surface: string): Actor | null {
  const s = norm(surface);
  if (!s) return null;
  const idx = index(layer);
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
  for (let n = words.length - 1; n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const sub = words.slice(i, i + n).join(' ');
      const hit = idx.get(sub);
      if (hit && (hit.type === 'PERSON' || n > 1 || i + n === words.length)) return hit;
    }
  }
  const last = words[words.length - 1];
  return layer.actors.find((a) => a.type === 'PERSON' && norm(a.name).split(' ').pop() === last) ?? null;
}
