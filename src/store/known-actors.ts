// The stored actors a batch resolves against, kept current while the batch is planned: each
// article's actor rows are applied as the store applied them one by one (new actors, renames,
// aliases, name keys), so the next article resolves as if the earlier ones were written, and
// the batch writes each touched actor once, with its final name and aliases, and only new names.

import type { ActorType } from '../extract/types.js';
import type { ActorRow } from './patch.js';
import type { KnownActor } from './resolve-actors.js';
import type { NameRow } from './write-queries.js';

/** A stored actor as the batch lookup returns it: one row per key it answers to (null: found by id). */
export interface StoredActor extends Omit<KnownActor, 'key'> { key: string | null; aliases: string[] }

/** An actor's final state after the batch, to write. */
export interface ActorState { id: string; name: string; type: string; aliases: string[]; aliasText: string }

interface Entry { name: string; type: ActorType; aliases: string[]; keys: Set<string> }

export class KnownActors {
  private readonly actors = new Map<string, Entry>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly touched = new Set<string>();
  private readonly names: NameRow[] = [];

  /** Starts from the store's answer to a lookup of every key of the batch. */
  constructor(rows: readonly StoredActor[]) {
    for (const r of rows) {
      if (!this.actors.has(r.id)) this.actors.set(r.id, { name: r.name, type: r.type, aliases: [...(r.aliases ?? [])], keys: new Set() });
      if (r.key !== null) this.index(r.id, r.key);
    }
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

  /**
   * Applies an article's actor rows as the store's per-article write did: a new actor takes the
   * row's name and type; a rename takes the row's name; aliases gather every name, old name
   * included, in first-seen order, never the current name; keys not answered to yet become names.
   */
  apply(rows: readonly ActorRow[]): void {
    for (const r of rows) {
      let a = this.actors.get(r.id);
      if (!a) {
        a = { name: r.name, type: r.type as ActorType, aliases: [], keys: new Set() };
        this.actors.set(r.id, a);
      }
      const oldName = a.name;
      if (r.rename) a.name = r.name;
      const acc: string[] = [];
      for (const n of [...a.aliases, ...r.names, oldName]) if (!acc.includes(n) && n !== a.name) acc.push(n);
      a.aliases = acc;
      this.touched.add(r.id);
      for (const k of r.keys) {
        if (a.keys.has(k)) continue;
        this.names.push({ key: k, actorId: r.id });
        this.index(r.id, k);
      }
    }
  }

  /** The final state of every actor the applied rows touched, in first-touched order. */
  changedActors(): ActorState[] {
    return [...this.touched].map((id) => {
      const a = this.actors.get(id)!;
      return { id, name: a.name, type: a.type, aliases: a.aliases, aliasText: a.aliases.map((n) => `${n} | `).join('') };
    });
  }

  /** The (key, actor) pairs the applied rows added: the names to write. */
  newNames(): NameRow[] {
    return this.names;
  }

  private index(id: string, key: string): void {
    this.actors.get(id)!.keys.add(key);
    const ids = this.byKey.get(key) ?? new Set<string>();
    ids.add(id);
    this.byKey.set(key, ids);
  }
}
