// What the explorer shows for one clicked actor: the statements it made and those aimed at or
// about it, each with its evidence sentence and article, in a fixed number of store reads.

import type { StatementKind } from '../extract/types.js';
import type { Store } from '../store/Store.js';
import type { StatementRecord } from '../store/records.js';

export type DetailStore = Pick<Store, 'actorsByIds' | 'statementsByActors' | 'articlesByIds'>;

export const DEFAULTS = Object.freeze({ limit: 200 });

export interface DetailStatement {
  id: string;
  kind: StatementKind;
  content: string;
  cue: string;
  speaker: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  sentence: string;
  article: { id: string; title: string; url: string | null; publishedAt: string | null };
}

export interface ActorDetail {
  actor: { id: string; name: string; type: string; aliases: string[] };
  said: DetailStatement[];
  saidAbout: DetailStatement[];
  /** Totals before the limit cut the lists. */
  totals: { said: number; saidAbout: number };
}

/** Loads an actor's statements both ways; null when the actor is not stored. */
export async function actorDetail(store: DetailStore, actorId: string, limit: number = DEFAULTS.limit): Promise<ActorDetail | null> {
  const [actor] = await store.actorsByIds([actorId]);
  if (!actor) return null;
  const window = { offset: 0, limit };
  const [[said], [targeted], [about]] = await Promise.all([
    store.statementsByActors([actorId], 'said', null, window),
    store.statementsByActors([actorId], 'targetedBy', null, window),
    store.statementsByActors([actorId], 'mentionedIn', null, window),
  ]);
  const aboutList = [...new Map([...targeted.items, ...about.items].map((s) => [s.id, s])).values()];
  const all = [...said.items, ...aboutList];
  const actorIds = [...new Set(all.flatMap((s) => [s.speakerId, s.targetId]).filter((x): x is string => !!x))];
  const articleIds = [...new Set(all.map((s) => s.articleId))];
  const [actors, articles] = await Promise.all([store.actorsByIds(actorIds), store.articlesByIds(articleIds)]);
  const names = new Map(actors.filter((a) => a !== null).map((a) => [a.id, a.name]));
  const arts = new Map(articles.filter((a) => a !== null).map((a) => [a.id, a]));
  const ref = (id: string | null | undefined) => (id && names.has(id) ? { id, name: names.get(id)! } : null);
  const view = (s: StatementRecord): DetailStatement => {
    const art = arts.get(s.articleId);
    return {
      id: s.id, kind: s.kind, content: s.content, cue: s.cue, speaker: ref(s.speakerId), target: ref(s.targetId),
      sentence: s.evidence?.sentence?.text ?? '',
      article: { id: s.articleId, title: art?.title ?? s.articleId, url: art?.url ?? null, publishedAt: art?.publishedAt ?? s.publishedAt },
    };
  };
  return {
    actor: { id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases ?? [] },
    said: said.items.map(view),
    saidAbout: aboutList.map(view),
    totals: { said: said.totalCount ?? 0, saidAbout: Math.max(targeted.totalCount ?? 0, aboutList.length) },
  };
}
