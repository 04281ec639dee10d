// Query builders for statements: one filtered, ordered, paged query, and the per-actor
// variant that pages the statements of many actors in one round trip (no N+1).

import { pageOf, type Query } from './model.js';
import type { ActorRecord, ArticleRecord, StatementFilter, StatementOrder, StatementRecord, Window } from './records.js';
import { bestActorByKeys } from './actor-queries.js';

const ORDER: Record<StatementOrder, string> = {
  DATE_DESC: "coalesce(s.publishedAt, '') DESC, s.articleId, s.position",
  DATE_ASC: "coalesce(s.publishedAt, '') ASC, s.articleId, s.position",
  CONFIDENCE_DESC: 's.confidence DESC, s.id',
  ARTICLE_ORDER: 's.articleId, s.position',
};

/** The properties of an actor record besides its id, and of an article record besides id and text. */
export const ACTOR_PROPS = ['name', 'type', 'aliases'] as const;
export const ARTICLE_PROPS = ['url', 'title', 'source', 'publishedAt', 'ingestedAt'] as const;
export type ActorProp = (typeof ACTOR_PROPS)[number];
export type ArticleProp = (typeof ARTICLE_PROPS)[number];

/** A related record in a projection: not read (false), whole (true), or its id and these properties. */
export type Part<P extends string> = boolean | readonly P[];

const propsOf = <P extends string>(part: Part<P>, all: readonly P[]): readonly P[] => (part === true ? all : part || []);
/** A record property's value; aliases are never null. */
const valueOf = (v: string, p: string): string => (p === 'aliases' ? `coalesce(${v}.aliases, [])` : `${v}.${p}`);

/** An actor record projected from variable `v` as a map: whole, or its id and the given properties. */
export const actorOf = (v: string, part: Part<ActorProp> = true): string =>
  `${v} {.id${propsOf(part, ACTOR_PROPS).map((p) => `, ${p}: ${valueOf(v, p)}`).join('')}}`;

/**
 * What a statement page reads besides the statement's own properties: its article, its evidence
 * (the sentence), and each actor role around it. Every role is a relationship expansion per
 * statement in Neo4j and every property a value to decode here, so a page reads only the roles,
 * and of each only the properties, that a request selects.
 */
export interface StatementFields {
  article: Part<ArticleProp>; evidence: boolean;
  speaker: Part<ActorProp>; target: Part<ActorProp>; reportedBy: Part<ActorProp>; about: Part<ActorProp>;
}
/** Evidence and every actor role whole, no article: what a caller that does not look ahead gets. */
export const STORED_FIELDS: StatementFields = Object.freeze({
  article: false, evidence: true, speaker: true, target: true, reportedBy: true, about: true,
});

/** True when every related record the fields read is whole, so the records may prime a request's loaders. */
export const readsWhole = (f: StatementFields): boolean =>
  [f.article, f.speaker, f.target, f.reportedBy, f.about].every((p) => typeof p === 'boolean');

// A statement is read as a list, not a map: the driver decodes a map key by key through
// Object.defineProperty (the largest single cost of an API request's CPU), a list by position.
// The list holds the statement's own properties (OWN), then one slot per related record read
// (SLOTS order, those the fields leave out skipped); a related record is itself a list, its id
// first (null when there is none), then its properties in ACTOR_PROPS or ARTICLE_PROPS order.
const OWN = ['id', 'content', 'cue', 'kind', 'direct', 'confidence', 'position', 'articleId', 'publishedAt'] as const;
const SLOTS = ['evidence', 'speaker', 'target', 'reportedBy', 'about', 'article'] as const;
type Slot = (typeof SLOTS)[number];
const slotsOf = (f: StatementFields): Slot[] => SLOTS.filter((k) => f[k] !== false);

/** A related record as a list: `[v.id, …properties]`. */
export const listOf = (v: string, props: readonly string[]): string => `[${[`${v}.id`, ...props.map((p) => valueOf(v, p))].join(', ')}]`;

const ROLE_VAR = { speaker: 'sp', target: 'tg', reportedBy: 'rb', about: 'ab', article: 'sa' } as const;
const ROLE_MATCH = {
  speaker: '(sp:Actor)-[:SAID]->(s)', target: '(s)-[:TARGETS]->(tg:Actor)', reportedBy: '(s)-[:REPORTED_BY]->(rb:Actor)',
  about: '(s)-[:ABOUT]->(ab:Actor)', article: '(s)-[:IN]->(sa:Article)',
} as const;

/** The list expression of one related slot; `matched` when its variable is bound by an OPTIONAL MATCH. */
function slotExpr(f: StatementFields, k: Slot, matched: boolean): string {
  if (k === 'evidence') return 's.evidence';
  // The article's text is never read here: a page of 50 statements would carry it 50 times, and
  // lists ask for the title; Article.text loads it when a query does select it.
  const props = k === 'article' ? propsOf(f.article, ARTICLE_PROPS) : propsOf(f[k], ACTOR_PROPS);
  const list = listOf(ROLE_VAR[k], props);
  if (k === 'about') return `[${ROLE_MATCH.about} | ${list}]`;
  return matched ? list : `head([${ROLE_MATCH[k]} | ${list}])`;
}

const ownList = (f: StatementFields, matched: boolean): string =>
  `[${[...OWN.map((p) => `s.${p}`), ...slotsOf(f).map((k) => slotExpr(f, k, matched))].join(', ')}]`;

/**
 * Projects statement `s` with the actors around it and, when asked, its article and evidence, as
 * one list expression (search hits and path steps embed it in theirs); statementRecord reads it
 * back. Its pattern variables are its own (sp, tg, rb, ab, sa): a query that binds `a` must not
 * constrain them.
 */
export function statementProjection(fields: StatementFields = STORED_FIELDS): string {
  return ownList(fields, false);
}

/**
 * The same record for the statements of a page: the actors and the article matched after the page
 * is cut (OPTIONAL MATCH, one row each: a statement has one speaker, target, reporter and article).
 * Neo4j then sorts on properties it cached while seeking the statements; a pattern comprehension
 * in the projection made it read the sort keys of every match a second time (a third of the
 * page's database hits).
 */
export function statementPageProjection(fields: StatementFields = STORED_FIELDS): { expand: string; project: string } {
  return memo(pageProjections, fields, () => {
    const expand = slotsOf(fields).filter((k) => k !== 'evidence' && k !== 'about').map((k) => `OPTIONAL MATCH ${ROLE_MATCH[k]}`).join(' ');
    return { expand, project: ownList(fields, true) };
  });
}

// A request's fields come from its selection; the same few recur, and building their Cypher and
// reader again for every request showed in its profile. Keyed by the fields, bounded.
const pageProjections = new Map<string, { expand: string; project: string }>();
const readers = new Map<string, (row: unknown) => StatementRecord>();
/** The key of a fields object seen before (the API passes the same object for a repeated query). */
const keys = new WeakMap<StatementFields, string>();
function memo<T>(cache: Map<string, T>, fields: StatementFields, make: () => T): T {
  const key = keys.get(fields) ?? JSON.stringify(fields);
  keys.set(fields, key);
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= 256) cache.clear();
    v = make();
    cache.set(key, v);
  }
  return v;
}

/** A related record read back from its list; null when its id is null (there is no such record). */
export function recordOf<P extends string>(props: readonly P[]): (l: unknown[] | null) => ({ id: string } & Record<P, unknown>) | null {
  return (l) => {
    if (!l || l[0] === null) return null;
    const r: Record<string, unknown> = { id: l[0] };
    for (let i = 0; i < props.length; i++) r[props[i]] = l[i + 1];
    return r as { id: string } & Record<P, unknown>;
  };
}

/**
 * Reads back a statement projected with these fields (statementProjection or
 * statementPageProjection) as a record; a role the fields leave out stays undefined.
 */
export function statementRecord(fields: StatementFields): (row: unknown) => StatementRecord {
  return memo(readers, fields, () => reader(fields));
}

function reader(fields: StatementFields): (row: unknown) => StatementRecord {
  const slots = slotsOf(fields);
  const at = (k: Slot): number => (slots.includes(k) ? OWN.length + slots.indexOf(k) : -1);
  const [ev, sp, tg, rb, ab, sa] = SLOTS.map(at);
  const actor = (k: 'speaker' | 'target' | 'reportedBy' | 'about') => recordOf(propsOf(fields[k], ACTOR_PROPS));
  const speaker = actor('speaker'), target = actor('target'), reportedBy = actor('reportedBy'), aboutOne = actor('about');
  const article = recordOf(propsOf(fields.article, ARTICLE_PROPS));
  const whole = readsWhole(fields);
  return (row) => {
    const l = row as unknown[];
    const spr = sp < 0 ? undefined : (speaker(l[sp] as unknown[]) as ActorRecord | null);
    const tgr = tg < 0 ? undefined : (target(l[tg] as unknown[]) as ActorRecord | null);
    const rbr = rb < 0 ? undefined : (reportedBy(l[rb] as unknown[]) as ActorRecord | null);
    const abr = ab < 0 ? undefined : ((l[ab] as unknown[][]).map(aboutOne) as ActorRecord[]);
    return {
      id: l[0] as string, content: l[1] as string, cue: l[2] as string, kind: l[3] as StatementRecord['kind'],
      direct: l[4] as boolean, confidence: l[5] as number, position: l[6] as number, articleId: l[7] as string,
      publishedAt: (l[8] as string | null) ?? null,
      evidence: ev < 0 || l[ev] == null ? undefined : JSON.parse(String(l[ev])),
      speakerId: spr === undefined ? undefined : spr?.id ?? null,
      targetId: tgr === undefined ? undefined : tgr?.id ?? null,
      reportedById: rbr === undefined ? undefined : rbr?.id ?? null,
      aboutIds: abr?.map((a) => a.id),
      related: { speaker: spr, target: tgr, reportedBy: rbr, about: abr, article: sa < 0 ? null : (article(l[sa] as unknown[]) as ArticleRecord | null), whole },
    };
  };
}

/** The WHERE conditions of a filter; values stay parameters. */
export function statementConditions(f: StatementFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const add = (cond: string, name: string, value: unknown): void => {
    if (value === undefined || value === null) return;
    where.push(cond);
    params[name] = value;
  };
  add('EXISTS { MATCH (x:Actor)-[:SAID]->(s) WHERE x.id IN $speakerIds }', 'speakerIds', f.speakerIds);
  add('EXISTS { MATCH (n:ActorName)-[:NAMES]->(:Actor)-[:SAID]->(s) WHERE n.key IN $speakerKeys }', 'speakerKeys', f.speakerKeys);
  add('EXISTS { MATCH (s)-[:TARGETS]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $targetKeys }', 'targetKeys', f.targetKeys);
  add('EXISTS { MATCH (s)-[:ABOUT]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $aboutKeys }', 'aboutKeys', f.aboutKeys);
  add('EXISTS { MATCH (s)-[:REPORTED_BY]->(:Actor)<-[:NAMES]-(n:ActorName) WHERE n.key IN $reportedByKeys }', 'reportedByKeys', f.reportedByKeys);
  add('EXISTS { MATCH (s)-[:TARGETS]->(x:Actor) WHERE x.id IN $targetIds }', 'targetIds', f.targetIds);
  add('EXISTS { MATCH (s)-[:ABOUT]->(x:Actor) WHERE x.id IN $aboutIds }', 'aboutIds', f.aboutIds);
  add('EXISTS { MATCH (s)-[:REPORTED_BY]->(x:Actor) WHERE x.id IN $reportedByIds }', 'reportedByIds', f.reportedByIds);
  add('s.kind IN $kinds', 'kinds', f.kinds);
  add('s.direct = $direct', 'direct', f.direct);
  add('s.articleId IN $articleIds', 'articleIds', f.articleIds);
  add('toLower(s.content) CONTAINS toLower($text)', 'text', f.text);
  add('s.publishedAt >= $from', 'from', f.from);
  add('s.publishedAt <= $to', 'to', f.to);
  add('s.confidence >= $minConfidence', 'minConfidence', f.minConfidence);
  return { where, params };
}

/** A page of statements matching the filter, with the total count. */
export function statementsPage(f: StatementFilter, order: StatementOrder, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  const { where, params } = statementConditions(f);
  const anchor = f.speakerIds
    ? 'MATCH (sp:Actor)-[:SAID]->(s:Statement) WHERE sp.id IN $speakerIds'
    : f.speakerKeys ? 'MATCH (sn:ActorName)-[:NAMES]->(:Actor)-[:SAID]->(s:Statement) WHERE sn.key IN $speakerKeys'
    : f.articleIds ? 'MATCH (s:Statement) WHERE s.articleId IN $articleIds' : 'MATCH (s:Statement) WHERE true';
  return {
    cypher: `${pageOf({
      scope: '', match: `${anchor} ${where.map((c) => `AND ${c}`).join(' ')}`, keep: 's', order: ORDER[order],
      ...statementPageProjection(fields), distinct: !!f.speakerKeys, window: w,
    })}
      RETURN totalCount, items`,
    params: { ...params, offset: w.offset, limit: w.limit },
  };
}

export type ActorRole = 'said' | 'targetedBy' | 'mentionedIn' | 'relayed';

const ROLE_PATTERN: Record<ActorRole, string> = {
  said: '(a)-[:SAID]->(s:Statement)',
  targetedBy: '(s:Statement)-[:TARGETS]->(a)',
  mentionedIn: '(s:Statement)-[:ABOUT]->(a)',
  relayed: '(s:Statement)-[:REPORTED_BY]->(a)',
};

/** `totalCount` and `items`: one page of the statements where actor `a` has the role, newest first. */
const rolePage = (role: ActorRole, fields: StatementFields, window: Window): string => pageOf({ window,
  scope: 'a', match: `MATCH ${ROLE_PATTERN[role]} WHERE $kinds IS NULL OR s.kind IN $kinds`, keep: 's',
  order: ORDER.DATE_DESC, ...statementPageProjection(fields),
});

/** One page per actor of the statements where it has the given role, for many actors at once. */
export function statementsByActors(actorIds: string[], role: ActorRole, kinds: string[] | null, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  return {
    cypher: `UNWIND $actorIds AS actorId
      MATCH (a:Actor {id: actorId})
      ${rolePage(role, fields, w)}
      RETURN actorId, totalCount, items`,
    params: { actorIds, kinds, offset: w.offset, limit: w.limit },
  };
}

/**
 * The best actor answering to any of the keys (ranked as actorsByKeys ranks them) and a page of
 * its statements in one role: `actor(name) { said {…} }` in one round trip. No row when nobody answers.
 */
export function actorWithStatements(keys: string[], role: ActorRole, kinds: string[] | null, w: Window, fields: StatementFields = STORED_FIELDS): Query {
  return {
    cypher: `${bestActorByKeys('keys')}
      ${rolePage(role, fields, w)}
      RETURN ${actorOf('a')} AS actor, totalCount, items`,
    params: { keys, kinds, offset: w.offset, limit: w.limit },
  };
}

/** Statements by id, for hydrating search hits and path steps. */
export function statementsByIds(ids: string[]): Query {
  return {
    cypher: `UNWIND $ids AS id MATCH (s:Statement {id: id}) RETURN ${statementProjection()} AS s`,
    params: { ids },
  };
}

/** One page per article of its statements in reading order, for many articles at once. */
export function statementsByArticles(articleIds: string[], w: Window): Query {
  return {
    cypher: `UNWIND $articleIds AS articleId
      ${pageOf({ scope: 'articleId', match: 'MATCH (s:Statement {articleId: articleId})', keep: 's', order: 's.position', ...statementPageProjection(), window: w })}
      RETURN articleId AS actorId, totalCount, items`,
    params: { articleIds, offset: w.offset, limit: w.limit },
  };
}
