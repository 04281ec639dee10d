// Holds the current in-memory actor graph and answers analytics from it. The server calls
// `refresh` from its onGraphChanged hook (after each ingest or delete), never per request.

import type { StatementKind } from '../extract/types.js';
import { type ActorGraph, buildActorGraph } from './actor-graph.js';
import { centrality, type CentralityMetric } from './centrality.js';
import { communities } from './communities.js';
import { kindCounts, rank, type Ranked, speakerCounts, targetCounts } from './counts.js';
import { layout, type Point } from './layout.js';
import { network, type Network, type NetworkOptions } from './network.js';
import type { GraphSnapshot, SnapshotSource, StatementFact } from './snapshot.js';
import { type Interval, timeline } from './timeline.js';
import { topSubgraph } from './top-subgraph.js';

interface Version {
  graph: ActorGraph;
  statements: StatementFact[];
  memo: Map<string, unknown>;
}

const EMPTY: GraphSnapshot = { actors: [], statements: [], relations: [] };

export class AnalyticsService {
  private current: Version = AnalyticsService.version(EMPTY);
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly source: SnapshotSource) {}

  private static version(snapshot: GraphSnapshot): Version {
    return { graph: buildActorGraph(snapshot), statements: snapshot.statements, memo: new Map() };
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
          this.current = AnalyticsService.version(await this.source());
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** The graph readers see now (replaced, never mutated, by refresh). */
  get graph(): ActorGraph {
    return this.current.graph;
  }

  private memo<T>(key: string, compute: (v: Version) => T): T {
    const v = this.current;
    if (!v.memo.has(key)) v.memo.set(key, compute(v));
    return v.memo.get(key) as T;
  }

  private nameOf = (id: string): string => (this.graph.hasNode(id) ? this.graph.getNodeAttribute(id, 'name') : id);

  /** Actors by statements made (of one kind when given), most first, ties by name. */
  topSpeakers(first: number, kind: StatementKind | null): Ranked[] {
    return rank(speakerCounts(this.graph, { kind }), first, this.nameOf);
  }

  /** Actors by statements aimed at them, most first, ties by name. */
  mostTargeted(first: number, kind: StatementKind | null): Ranked[] {
    return rank(targetCounts(this.graph, { kind }), first, this.nameOf);
  }

  /** The `first` most central actors by the metric (computed once per graph version). */
  centrality(metric: CentralityMetric, first: number): Ranked[] {
    return rank(this.memo(`centrality:${metric}`, (v) => centrality(v.graph, { metric })), first, this.nameOf);
  }

  /** Community member lists, largest first. */
  communities(): string[][] {
    return this.memo('communities', (v) => {
      const lists: string[][] = [];
      for (const [id, c] of communities(v.graph)) (lists[c] ??= []).push(id);
      return lists;
    });
  }

  /** Statements per kind, in the contract's kind order. */
  kindBreakdown(): Array<{ kind: StatementKind; count: number }> {
    return [...kindCounts(this.graph)].map(([kind, count]) => ({ kind, count }));
  }

  /** Dated statements per bucket, oldest first; one speaker's only when given. */
  timeline(interval: Interval, speakerId: string | null): Array<{ start: string; count: number }> {
    return [...timeline(this.current.statements, { interval, speakerId })].map(([start, count]) => ({ start, count }));
  }

  /** Actors and weighted edges passing the filters (see network.ts). */
  network(options: NetworkOptions): Network {
    return network(this.graph, options);
  }

  /**
   * What the explorer draws: the busiest `maxNodes` actors, their network and ForceAtlas2
   * positions, computed once per graph version (and per size).
   */
  explorerNetwork(maxNodes?: number): { network: Network; positions: Map<string, Point> } {
    return this.memo(`explorer:${maxNodes ?? 'default'}`, (v) => {
      const sub = topSubgraph(v.graph, { maxNodes });
      return { network: network(sub, {}), positions: layout(sub) };
    });
  }
}
