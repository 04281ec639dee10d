// GraphQL filter inputs → store filters: actor names become actor ids (a name nobody answers
// to matches nothing), kinds merge, and every value is checked before it reaches the store.

import { WhosaidError } from '../errors.js';
import type { Store } from '../store/Store.js';
import type { ActorFilter, ArticleFilter, StatementFilter } from '../store/records.js';
import type { ActorWhere, ArticleWhere, StatementWhere } from './generated/resolvers-types.js';

const MAX_TEXT = 500;

function text(name: string, v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (v.length > MAX_TEXT) throw new WhosaidError('BAD_INPUT', `${name}: longer than ${MAX_TEXT} characters`);
  return v;
}

function date(name: string, v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (!/^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(v)) {
    throw new WhosaidError('BAD_INPUT', `${name}: ${JSON.stringify(v)} is not an ISO date (YYYY-MM-DD)`);
  }
  return v;
}

/** An inclusive upper bound: "2022-01-31" also admits "2022-01-31T18:00Z". */
const endOfDay = (v: string | null): string | null => (v !== null && v.length <= 10 ? `${v}\uffff` : v);

/** Ids of every actor answering to the name; [] when none (the filter then matches nothing). */
async function ids(store: Store, name: string, v: string | null | undefined): Promise<string[] | null> {
  const n = text(name, v);
  if (n === null) return null;
  return (await store.findActors(n)).map((a) => a.id);
}

/** Statement filter with names resolved. */
export async function statementFilter(store: Store, w: StatementWhere | null | undefined): Promise<StatementFilter> {
  if (!w) return {};
  const kinds = [...(w.kind ? [w.kind] : []), ...(w.kinds ?? [])];
  return {
    speakerIds: await ids(store, 'where.speaker', w.speaker),
    targetIds: await ids(store, 'where.target', w.target),
    aboutIds: await ids(store, 'where.about', w.about),
    reportedByIds: await ids(store, 'where.reportedBy', w.reportedBy),
    kinds: kinds.length ? kinds : null,
    direct: w.direct ?? null,
    articleIds: w.article ? [w.article] : null,
    text: text('where.text', w.text),
    from: date('where.from', w.from),
    to: endOfDay(date('where.to', w.to)),
    minConfidence: w.minConfidence ?? null,
  };
}

/** Actor filter. */
export function actorFilter(w: ActorWhere | null | undefined): ActorFilter {
  if (!w) return {};
  const types = [...(w.type ? [w.type] : []), ...(w.types ?? [])];
  return { types: types.length ? types : null, name: text('where.name', w.name), articleId: w.article ?? null };
}

/** Article filter with the mentioned actor's name resolved. */
export async function articleFilter(store: Store, w: ArticleWhere | null | undefined): Promise<ArticleFilter> {
  if (!w) return {};
  return {
    source: text('where.source', w.source), text: text('where.text', w.text),
    from: date('where.from', w.from), to: endOfDay(date('where.to', w.to)),
    mentionsIds: await ids(store, 'where.mentions', w.mentions),
  };
}
