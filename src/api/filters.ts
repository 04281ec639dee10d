// GraphQL filter inputs → store filters: actor names become name keys the list query resolves
// itself (a name nobody answers to matches nothing), kinds merge, every value is checked first.

import { WhosaidError } from '../errors.js';
import { lookupKeysOf } from '../store/normalize.js';
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

/** The name keys of an actor name, matched inside the list's own query (no lookup round trip). */
function keys(name: string, v: string | null | undefined): string[] | null {
  const n = text(name, v);
  return n === null ? null : lookupKeysOf(n);
}

/** Statement filter; actor names become name keys. */
export function statementFilter(w: StatementWhere | null | undefined): StatementFilter {
  if (!w) return {};
  const kinds = [...(w.kind ? [w.kind] : []), ...(w.kinds ?? [])];
  return {
    speakerKeys: keys('where.speaker', w.speaker),
    targetKeys: keys('where.target', w.target),
    aboutKeys: keys('where.about', w.about),
    reportedByKeys: keys('where.reportedBy', w.reportedBy),
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

/** Article filter; the mentioned actor's name becomes name keys. */
export function articleFilter(w: ArticleWhere | null | undefined): ArticleFilter {
  if (!w) return {};
  return {
    source: text('where.source', w.source), text: text('where.text', w.text),
    from: date('where.from', w.from), to: endOfDay(date('where.to', w.to)),
    mentionsKeys: keys('where.mentions', w.mentions),
  };
}
