// The stored actors a batch resolves against, kept current while the batch is planned: each
// article's patch is applied as the store would apply it (new actors, renames, new name keys),
// so the next article of the batch resolves as if the earlier ones were already written.

import type { ActorType } from '../extract/types.js';
import type { ActorRow } from './patch.js';
import type { KnownActor } from './resolve-actors.js';

interface Entry { name: string; type: ActorType; keys: Set<string> }

export class KnownActors {
  private readonly actors = new Map<string, Entry>();
  private readonly byKey = new Map<string, Set<string>>();

  /** Starts from the store's answer to a lookup of every key of the batch. */
  constructor(rows: readonly KnownActor[]) {
    for (const r of rows) this.add(r.id, r.name, r.type, [r.key]);
  }

  /** The known actors answering to any of the keys, one row per (key, actor), as the store's lookup returns them. */
  lookup(keys: readonly string[]): KnownActor[] {
    const out: KnownActor[] = [];
    for (const key of keys) {
      for (const id of this.byKey.get(key) ?? []) {
        const a = this.actors.get(id)!;
        out.push({ key, id, name: a.name, type: a.type });
      }
    }
    return out;
  }

  /** Applies an article's actor rows as the store's write does: create, rename, add keys. */
  apply(rows: readonly ActorRow[]): void {
    for (const r of rows) {
      const had = this.actors.get(r.id);
      this.add(r.id, had && !r.rename ? had.name : r.name, had?.type ?? (r.type as ActorType), r.keys);
    }
  }

  private add(id: string, name: string, type: ActorType, keys: readonly string[]): void {
    const entry = this.actors.get(id) ?? { name, type, keys: new Set<string>() };
    entry.name = name;
    this.actors.set(id, entry);
    for (const k of keys) {
      entry.keys.add(k);
      const ids = this.byKey.get(k) ?? new Set<string>();
      ids.add(id);
      this.byKey.set(k, ids);
    }
  }
}
