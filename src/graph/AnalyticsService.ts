// Holds the current in-memory actor graph and answers analytics from it. `ensureFresh` (before
// analytics) re-reads the graph when the store's version moved, whoever wrote; with the store
// down it keeps the last good graph and says so (`status().stale`), or fails if there never was one.

import { WhosaidError } from '../errors.js';
import { type StatementKind, STATEMENT_KINDS } from '../extract/types.js';
import { type ActorGraph, patchActorGraph } from './actor-graph.js';
import { centrality, type CentralityMetric } from './centrality.js';
import { communities } from './communities.js';
import { kindCounts, rank, type Ranked, topCounts } from './counts.js';
import { type FreshnessOptions, VersionCheck, type VersionSource } from './freshness.js';
import { layout, type Point } from './layout.js';
import { network, type Network, type NetworkOptions } from './network.js';
import type { AnalyticsScope } from './scope.js';
import { type ScopedView, ScopedViews } from './scoped-view.js';
import { type DeltaSource, type GraphSnapshot, patchSnapshot, type SnapshotPatch, type SnapshotSource } from './snapshot.js';
import { type Interval, timeline } from './timeline.js';
import { topSubgraph } from './top-subgraph.js';

interface Version {
  /** The store's graph version this copy was read at; null before the first read. */
  version: number | null;
  /** The store's version history (GraphVersion.epoch) that version belongs to. */
  epoch: string | null;
  views: ScopedViews;
}

/** Past this share of changed articles a refresh reads the whole graph instead of a delta. */
const DELTA_MAX_SHARE = 0.25;

const EMPTY: GraphSnapshot = { actors: [], statements: [], relations: [] };

/** A timeline bucket; `kind` is set when the timeline is split by kind. */
export interface TimelineEntry {
  start: string;
  count: number;
  kind: StatementKind | null;
}

/** What an analytics answer was computed from. */
export interface AnalyticsStatus {
  version: number;
  /** ISO time the store last confirmed this graph current; null before the first load. */
  asOf: string | null;
  /** True when the last check could not reach the store: answers come from the last good graph. */
  stale: boolean;
}

export class AnalyticsService {
  private current: Version = AnalyticsService.version(EMPTY, null, null);
  private running: Promise<void> | null = null;
  private again = false;
  private readonly check: VersionCheck | null;
  private readonly readVersion: VersionSource | null;
  private confirmedAt: number | null = null;
  private stale = false;

  private readonly delta: DeltaSource | null;

  /**
   * Without `version` the graph changes only through `refresh` (unit tests, batch tools). With
   * `delta`, a refresh after the first reads only what changed since the copy's version.
   */
  constructor(private readonly source: SnapshotSource, o: { version?: VersionSource; delta?: DeltaSource } & FreshnessOptions = {}) {
    this.readVersion = o.version ?? null;
    this.delta = o.delta ?? null;
    this.check = o.version ? new VersionCheck(o.version, o) : null;
  }

  private static version(snapshot: GraphSnapshot, version: number | null, epoch: string | null): Version {
    return { version, epoch, views: new ScopedViews(snapshot) };
  }

  /**
   * Makes the graph current before answering: checks the store's version (throttled, bounded in
   * time) and re-reads the graph when it moved. Throws STORE_UNAVAILABLE only when no graph was
   * ever read; otherwise a failed check marks the answers stale.
   */
  async ensureFresh(): Promise<void> {
    if (!this.check) return;
    if (this.current.version === null && this.running) await this.running.catch(() => {});
    const r = await this.check.check();
    // A check older than the copy (this server refreshed after its own write within the check's
    // throttle) is not a change: refreshing on it would drop every memoised answer for nothing.
    const behind = r.ok && r.epoch === this.current.epoch && this.current.version !== null && r.version < this.current.version;
    if (r.ok && !behind && (r.version !== this.current.version || r.epoch !== this.current.epoch)) {
      try {
        await this.refresh();
      } catch (err) {
        return this.markStale(err);
      }
    }
    if (!r.ok) return this.markStale(r.error);
    this.stale = false;
    this.confirmedAt = this.check.now();
  }

  private markStale(err: unknown): void {
    this.stale = true;
    if (this.current.version === null) {
      throw new WhosaidError('STORE_UNAVAILABLE', 'analytics: the graph was never loaded and the store does not answer; is Neo4j running?', { cause: err });
    }
  }

  /** The version, time and staleness of what the analytics answer from. */
  status(): AnalyticsStatus {
    return {
      version: this.current.version ?? 0,
      asOf: this.confirmedAt === null ? null : new Date(this.confirmedAt).toISOString(),
      stale: this.stale,
    };
  }

  /**
   * Reloads the graph from the source. Calls during a reload coalesce into one more reload, so a
   * burst of ingests costs two loads, and readers always see a complete graph (old or new).
   */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          const v = this.readVersion ? await this.readVersion() : null;
          const version = v ? v.version : null;
          const epoch = v?.epoch ?? null;
          if (v && version === this.current.version && epoch === this.current.epoch) {
            // Nothing changed since the copy: keep it, and the answers computed from it.
            this.confirmedAt = this.check?.now() ?? Date.now();
            continue;
          }
          const { snapshot, patch } = await this.read(epoch);
          this.current = this.next(snapshot, patch, version, epoch);
          this.confirmedAt = this.check?.now() ?? Date.now();
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /**
   * The graph as stored now: the copy patched with what changed since its version when that is
   * little (articles stamped since, deleted ones dropped), else read whole. The version is read
   * before the delta, so a write landing in between is read again by the next refresh, which
   * replaces an article's statements as a whole: reading one twice does no harm.
   */
  private async read(epoch: string | null): Promise<{ snapshot: GraphSnapshot; patch: SnapshotPatch | null }> {
    const { version, views } = this.current;
    // A delta continues the copy's history only: after a wipe the store counts versions anew.
    if (this.delta && version !== null && version > 0 && epoch !== null && epoch === this.current.epoch) {
      const d = await this.delta(version, (stored) => Math.max(50, DELTA_MAX_SHARE * stored));
      if (d) {
        const patch = patchSnapshot(views.snapshot, d);
        return { snapshot: patch.snapshot, patch };
      }
    }
    return { snapshot: await this.source(), patch: null };
  }

  /**
   * The version of `snapshot`. After a delta, the whole graph the current version built is patched
   * in place (patchActorGraph) instead of rebuilt: at 100,000 articles a rebuild is seconds, a patch
   * the size of the change. This runs synchronously up to the swap, so no reader sees it half done;
   * answers are memoised per version, so none computed from the old graph survives it.
   */
  private next(snapshot: GraphSnapshot, patch: SnapshotPatch | null, version: number | null, epoch: string | null): Version {
    const out = AnalyticsService.version(snapshot, version, epoch);
    const whole = patch ? this.current.views.built({}) : undefined;
    if (patch && whole) {
      patchActorGraph(whole.graph, patch);
      out.views.seed({}, { graph: whole.graph, statements: snapshot.statements, memo: new Map() });
    }
    return out;
  }

  /** The facts the current copy was built from. */
  get snapshot(): GraphSnapshot {
    return this.current.views.snapshot;
  }

  /**
   * The whole graph readers see now. A refresh after a small change patches it in place (between
   * two synchronous answers, never during one); hold it across an await only as a copy.
   */
  get graph(): ActorGraph {
    return this.current.views.get({}).graph;
  }

  /** The graph of the statements inside a scope (the whole graph for an empty scope). */
  graphFor(scope: AnalyticsScope = {}): ActorGraph {
    return this.current.views.get(scope).graph;
  }

  /**
   * A map that lives exactly as long as the current graph version: the next refresh drops it. The
   * API keeps the actor records of ranked answers here, so a cached answer costs no Cypher.
   */
  versionCache<T>(key: string): Map<string, T> {
    return this.memo({}, `cache:${key}`, () => new Map<string, T>());
  }

  private memo<T>(scope: AnalyticsScope, key: string, compute: (v: ScopedView) => T): T {
    const v = this.current.views.get(scope);
    if (!v.memo.has(key)) v.memo.set(key, compute(v));
    return v.memo.get(key) as T;
  }

  private nameOf = (id: string): string => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : id);

  /** Actors by statements made (of one kind when given), most first, ties by name. */
  topSpeakers(first: number, kind: StatementKind | null, scope: AnalyticsScope = {}): Ranked[] {
    return this.memo(scope, `top:${first}:${kind}`, (v) => topCounts(v.graph, 'spoken', kind, first, this.nameOf));
  }

  /** Actors by statements aimed at them, most first, ties by name. */
  mostTargeted(first: number, kind: StatementKind | null, scope: AnalyticsScope = {}): Ranked[] {
    return this.memo(scope, `targeted:${first}:${kind}`, (v) => topCounts(v.graph, 'targeted', kind, first, this.nameOf));
  }

  /** The `first` most central actors by the metric (computed once per graph version and scope). */
  centrality(metric: CentralityMetric, first: number, scope: AnalyticsScope = {}): Ranked[] {
    const scores = this.memo(scope, `centrality:${metric}`, (v) => centrality(v.graph, { metric }));
    return this.memo(scope, `centrality:${metric}:${first}`, () => rank(scores, first, this.nameOf));
  }

  /** Community member lists, largest first. */
  communities(scope: AnalyticsScope = {}): string[][] {
    return this.memo(scope, 'communities', (v) => {
      const lists: string[][] = [];
      for (const [id, c] of communities(v.graph)) (lists[c] ??= []).push(id);
      return lists;
    });
  }

  /** Statements per kind, in the contract's kind order. */
  kindBreakdown(scope: AnalyticsScope = {}): Array<{ kind: StatementKind; count: number }> {
    return this.memo(scope, 'kinds', (v) => [...kindCounts(v.graph)].map(([kind, count]) => ({ kind, count })));
  }

  /**
   * Dated statements per bucket, oldest first; one speaker's only when given. With `byKind` each
   * bucket is split into one entry per kind (in the contract's kind order), for stacked charts.
   */
  timeline(interval: Interval, speakerId: string | null, scope: AnalyticsScope = {}, byKind = false): TimelineEntry[] {
    return this.memo(scope, `timeline:${interval}:${speakerId}:${byKind}`, (v) => {
      if (!byKind) return [...timeline(v.statements, { interval, speakerId })].map(([start, count]) => ({ start, count, kind: null }));
      const out: TimelineEntry[] = [];
      for (const kind of STATEMENT_KINDS) {
        const ofKind = v.statements.filter((s) => s.kind === kind);
        for (const [start, count] of timeline(ofKind, { interval, speakerId })) out.push({ start, count, kind });
      }
      return out.sort((a, b) => a.start.localeCompare(b.start) || STATEMENT_KINDS.indexOf(a.kind!) - STATEMENT_KINDS.indexOf(b.kind!));
    });
  }

  /**
   * Ids of the statements inside the scope behind one actor's number: those it made (SPEAKER) or
   * that were aimed at it (TARGET), of one kind when given, newest first, with the total.
   */
  statementsOf(actorId: string, role: 'SPEAKER' | 'TARGET', kind: StatementKind | null, first: number, scope: AnalyticsScope = {}): { total: number; ids: string[] } {
    const all = this.memo(scope, `behind:${actorId}:${role}:${kind}`, (v) => v.statements
      .filter((s) => (role === 'SPEAKER' ? s.speakerId : s.targetId) === actorId && (kind === null || s.kind === kind))
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.id.localeCompare(b.id))
      .map((s) => s.id));
    return { total: all.length, ids: all.slice(0, first) };
  }

  /** Ids of every statement inside the scope. */
  statementIds(scope: AnalyticsScope = {}): string[] {
    return this.memo(scope, 'ids', (v) => v.statements.map((s) => s.id));
  }

  /** Actors and weighted edges passing the filters (see network.ts). */
  network(options: NetworkOptions, scope: AnalyticsScope = {}): Network {
    return network(this.graphFor(scope), options);
  }

  /**
   * What the explorer draws: the busiest `maxNodes` actors, their network and ForceAtlas2
   * positions, computed once per graph version (and per size).
   */
  explorerNetwork(maxNodes?: number): { network: Network; positions: Map<string, Point> } {
    return this.memo({}, `explorer:${maxNodes ?? 'default'}`, (v) => {
      const sub = topSubgraph(v.graph, { maxNodes });
      return { network: network(sub, {}), positions: layout(sub) };
    });
  }
}
