// PART_OF relations known to the gazetteer: the White House is part of the United States, the
// Security Council part of the United Nations. Both ends must be actors of the article.

import type { Document } from '../document.js';
import type { Relation } from '../types.js';
import { countryName } from '../lexicon/countries.js';
import type { Typed } from '../actors/classify.js';
import type { ActorLayer } from '../actors/index.js';

/** PART_OF for every actor whose lexicon entry names a container present in the article. */
export function findPartOf(_doc: Document, layer: ActorLayer, typed: Typed[], actorOf: string[]): Relation[] {
  const out: Relation[] = [];
  const seen = new Set<string>();
  typed.forEach((t, i) => {
    if (!t.partOf || seen.has(actorOf[i])) return;
    seen.add(actorOf[i]);
    const containerName = (/^[A-Z]{2}$/.test(t.partOf) ? countryName(t.partOf) : t.partOf) ?? t.partOf;
    const container = layer.actors.find((a) => a.name === containerName);
    if (container && container.id !== actorOf[i]) {
      out.push({ sourceId: actorOf[i], type: 'PART_OF', targetId: container.id, role: null, evidence: [t.seg.start, t.seg.end] });
    }
  });
  return out;
}
