// Cross-article merging, the pure part: given an article's actors and the stored actors that
// answer to any of their names, decide which node each actor becomes and record every merge.

import type { Actor } from '../extract/types.js';
import { actorKeys, globalActorId, nameKey, personKey, typesCompatible } from './normalize.js';
import type { ActorType } from '../extract/types.js';

/** A stored actor found under one of the looked-up keys. */
export interface KnownActor {
  key: string;
  id: string;
  name: string;
  type: ActorType;
}

export type MergeReason = 'same-id' | 'name-is-known-alias' | 'alias-is-known-name';

export interface Merge {
  localId: string;
  localName: string;
  localAliases: string[];
  actorId: string;
  actorName: string;
  reason: MergeReason;
  /** How many stored actors qualified; more than one means the pick may be wrong. */
  candidates: number;
}

export interface Resolution {
  /** Local (per-article) actor id → global actor id. */
  ids: Map<string, string>;
  merges: Merge[];
}

const ownKeys = (a: Actor): string[] => [...new Set([nameKey(a.name), ...(a.type === 'PERSON' ? [personKey(a.name)] : [])])];

/** Keys to look up in the store before resolving: every name and alias of every actor. */
export function lookupKeys(actors: readonly Actor[]): string[] {
  return [...new Set(actors.filter((a) => a.type !== 'ANONYMOUS').flatMap((a) => actorKeys(a.type, a.name, a.aliases)))];
}

function pick(cands: KnownActor[], type: ActorType): KnownActor {
  return [...cands].sort((x, y) => Number(y.type === type) - Number(x.type === type) || x.id.localeCompare(y.id))[0];
}

/**
 * Maps each local actor to a global id. Rules, first that applies: the global id already
 * exists; the actor's own name is a known actor's name or alias; one of its aliases is a
 * known actor's canonical name. Alias-to-alias overlap alone never merges ("Biden" is not
 * enough to make Hunter Biden into Joe Biden). Anonymous sources never merge.
 */
export function resolveActors(actors: readonly Actor[], known: readonly KnownActor[], articleId: string): Resolution {
  const ids = new Map<string, string>();
  const merges: Merge[] = [];
  const byKey = new Map<string, KnownActor[]>();
  for (const k of known) byKey.set(k.key, [...(byKey.get(k.key) ?? []), k]);
  const knownIds = new Set(known.map((k) => k.id));
  const canonicalKey = (k: KnownActor): string => (k.type === 'PERSON' ? personKey(k.name) : nameKey(k.name));

  for (const a of actors) {
    const gid = globalActorId(a.type, a.name, articleId);
    const record = (target: KnownActor | { id: string; name: string }, reason: MergeReason, candidates: number): void => {
      ids.set(a.id, target.id);
      merges.push({ localId: a.id, localName: a.name, localAliases: [...a.aliases], actorId: target.id, actorName: target.name, reason, candidates });
    };
    if (a.type === 'ANONYMOUS') { ids.set(a.id, gid); continue; }
    if (knownIds.has(gid)) {
      record({ id: gid, name: known.find((k) => k.id === gid)!.name }, 'same-id', 1);
      continue;
    }
    const compatible = (k: KnownActor): boolean => typesCompatible(k.type, a.type);
    const byName = ownKeys(a).flatMap((key) => byKey.get(key) ?? []).filter(compatible);
    if (byName.length > 0) {
      record(pick(byName, a.type), 'name-is-known-alias', new Set(byName.map((k) => k.id)).size);
      continue;
    }
    const aliasKeys = new Set(actorKeys(a.type, a.name, a.aliases));
    const byAlias = [...aliasKeys].flatMap((key) => byKey.get(key) ?? []).filter((k) => compatible(k) && aliasKeys.has(canonicalKey(k)));
    if (byAlias.length > 0) {
      record(pick(byAlias, a.type), 'alias-is-known-name', new Set(byAlias.map((k) => k.id)).size);
      continue;
    }
    ids.set(a.id, gid);
  }
  return { ids, merges };
}
