// Shared helpers for actor-layer tests: run stage 1 and 2 on a made-up text and look actors up
// by name, so each test reads as "this sentence yields these actors".

import { buildDocument } from '../../../src/extract/document.js';
import { recognizeActors, type ActorLayer } from '../../../src/extract/actors/index.js';
import type { Actor } from '../../../src/extract/types.js';

export function layerOf(text: string): ActorLayer {
  return recognizeActors(buildDocument(text));
}

export function actorNamed(layer: ActorLayer, name: string): Actor {
  const a = layer.actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor named ${name}; actors: ${layer.actors.map((x) => `${x.name} (${x.type})`).join(', ')}`);
  return a;
}

/** Relations as readable triples: "Grace Wanjiru AFFILIATED_WITH Kenya (Foreign Minister)". */
export function triples(layer: ActorLayer): string[] {
  const name = (id: string): string => layer.actors.find((a) => a.id === id)?.name ?? id;
  return layer.relations.map((r) => `${name(r.sourceId)} ${r.type} ${name(r.targetId)}${r.role ? ` (${r.role})` : ''}`);
}

/** The surface texts of an actor's mentions, in order. */
export function mentionTexts(layer: ActorLayer, text: string, actor: Actor): string[] {
  return layer.mentions.filter((m) => m.actorId === actor.id).map((m) => text.slice(m.start, m.end));
}
