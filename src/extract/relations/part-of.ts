// PART_OF relations: bodies the gazetteer places inside another (the White House in the United
// States, the Security Council in the United Nations) and state bodies named after their country
// ("Russian Foreign Ministry", "Kenyan Army"). Both ends must be actors of the article.

import type { Document } from '../document.js';
import type { Relation } from '../types.js';
import { countryName, lookupCountry } from '../lexicon/countries.js';
import type { Typed } from '../actors/classify.js';
import type { ActorLayer } from '../actors/index.js';

const STATE_BODIES = new Set(['Ministry', 'Parliament', 'Army', 'Navy', 'Air Force', 'Government', 'Cabinet', 'Police',
  'Senate', 'Embassy', 'Consulate', 'Foreign Ministry', 'Defence Ministry', 'Defense Ministry', 'Central Bank', 'Supreme Court',
  'Constitutional Court', 'Interior Ministry', 'Finance Ministry', 'Health Ministry', 'Foreign Office', 'Armed Forces', 'Coast Guard']);

/** The container a typed segment names: its gazetteer entry's, or the country heading a state body. */
function containerOf(t: Typed): string | null {
  if (t.partOf) return /^[A-Z]{2}$/.test(t.partOf) ? countryName(t.partOf) ?? t.partOf : t.partOf;
  if (t.type !== 'ORGANIZATION' || t.seg.words.length < 2) return null;
  const [first, ...rest] = t.seg.words;
  const country = lookupCountry(first.replace(/['’]s$/, ''));
  return country && STATE_BODIES.has(rest.join(' ')) ? country.name : null;
}

/** PART_OF for every actor whose container is also an actor of the article. */
export function findPartOf(_doc: Document, layer: ActorLayer, typed: Typed[], actorOf: string[]): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  typed.forEach((t, i) => {
    if (seen.has(actorOf[i])) return;
    const containerName = containerOf(t);
    if (!containerName) return;
    seen.add(actorOf[i]);
    const container = layer.actors.find((a) => a.name === containerName);
    if (container && container.id !== actorOf[i]) {
      out.push({ sourceId: actorOf[i], type: 'PART_OF', targetId: container.id, role: null, evidence: [t.seg.start, t.seg.end] });
    }
  });
  return out;
}
