// The request shapes the API benchmark measures: the README tour, the two list shapes of
// issue 11 and the analytics, each as a GraphQL operation and (where one exists) the Cypher
// a plain neo4j-driver script would send for the same answer.

import { nameKey } from '../src/store/normalize.js';
import { PATH_RELS } from '../src/store/model.js';
import { FULLTEXT } from '../src/store/schema.js';

export interface Shape {
  name: string;
  graphql: string;
  /** The equivalent plain Cypher; null for analytics (answered from memory, no Cypher). */
  cypher: { text: string; params: Record<string, unknown> } | null;
}

const ACTOR = 'MATCH (:ActorName {key: $key})-[:NAMES]->(a:Actor) WITH a ORDER BY COUNT { (a)-[:MENTIONED_IN]->() } DESC LIMIT 1';
const ORDER = "coalesce(s.publishedAt, '') DESC, s.articleId, s.position";

const statementsOf = (role: string, limit: number, fields: string): string => `${ACTOR}
  CALL (a) { MATCH ${role} RETURN count(s) AS total }
  CALL (a) { MATCH ${role} WITH s ORDER BY ${ORDER} LIMIT ${limit}
    OPTIONAL MATCH (sp:Actor)-[:SAID]->(s) OPTIONAL MATCH (s)-[:TARGETS]->(t:Actor)
    RETURN collect({${fields}}) AS items }
  RETURN a.name AS name, a.aliases AS aliases, total, items`;

// What a plain script would send for a filtered list: the count, and the page sorted top-k.
const list = (limit: number): string => `CALL () { MATCH (s:Statement) WHERE s.kind = $kind RETURN count(*) AS total }
  CALL () { MATCH (s:Statement) WHERE s.kind = $kind WITH s ORDER BY ${ORDER} LIMIT ${limit}
    OPTIONAL MATCH (sp:Actor)-[:SAID]->(s) OPTIONAL MATCH (s)-[:TARGETS]->(t:Actor) MATCH (s)-[:IN]->(art:Article)
    RETURN collect({id: s.id, content: s.content, speaker: sp.name, target: t.name, article: art.id, title: art.title}) AS items }
  RETURN total, items`;

/** The shapes; `listActor` names a speaker of the synthetic corpus. */
export function shapes(listActor: string): Shape[] {
  return [
    {
      name: 'tour: WhatBidenSaid',
      graphql: '{ actor(name: "Biden") { name aliases said(first: 10) { totalCount edges { node { kind cue content direct target { name } evidence { sentence { text } } } } } } }',
      cypher: { text: statementsOf('(a)-[:SAID]->(s:Statement)', 10, 'kind: s.kind, cue: s.cue, content: s.content, direct: s.direct, target: t.name, evidence: s.evidence'), params: { key: nameKey('Biden') } },
    },
    {
      name: 'tour: WhoAccusedWhom',
      graphql: '{ statements(where: { kind: ACCUSATION }, first: 20) { totalCount edges { node { speaker { name } target { name } content article { title } } } } }',
      cypher: { text: list(20), params: { kind: 'ACCUSATION' } },
    },
    {
      name: 'tour: WhatAfpRelayed',
      graphql: '{ actor(name: "AFP") { relayed { edges { node { speaker { name type } cue content } } } } }',
      cypher: { text: statementsOf('(s:Statement)-[:REPORTED_BY]->(a)', 20, 'speaker: sp.name, type: sp.type, cue: s.cue, content: s.content'), params: { key: nameKey('AFP') } },
    },
    {
      name: 'tour: LavrovToThomasGreenfield',
      graphql: '{ path(from: "Lavrov", to: "Thomas-Greenfield") { length steps { from { name } via to { name } statement { kind content } } } }',
      cypher: {
        text: `MATCH (:ActorName {key: $from})-[:NAMES]->(a:Actor) MATCH (:ActorName {key: $to})-[:NAMES]->(b:Actor)
          WITH a, b LIMIT 1 MATCH p = shortestPath((a)-[:${PATH_RELS.join('|')}*..8]-(b))
          RETURN [n IN nodes(p) | n {.name, .kind, .content}] AS nodes, [r IN relationships(p) | type(r)] AS rels`,
        params: { from: nameKey('Lavrov'), to: nameKey('Thomas-Greenfield') },
      },
    },
    {
      name: 'tour: Search',
      graphql: '{ search(text: "hysteria") { __typename ... on Statement { content speaker { name } } ... on Actor { name type } ... on Article { title } } }',
      cypher: {
        text: `CALL () {
            CALL db.index.fulltext.queryNodes('${FULLTEXT.statements}', $q, {limit: 20}) YIELD node, score
            OPTIONAL MATCH (sp:Actor)-[:SAID]->(node) RETURN node {.content, speaker: sp.name} AS hit, score
            UNION ALL
            CALL db.index.fulltext.queryNodes('${FULLTEXT.actors}', $q, {limit: 20}) YIELD node, score RETURN node {.name, .type} AS hit, score
            UNION ALL
            CALL db.index.fulltext.queryNodes('${FULLTEXT.articles}', $q, {limit: 20}) YIELD node, score RETURN node {.title} AS hit, score
          } RETURN hit ORDER BY score DESC LIMIT 20`,
        params: { q: 'hysteria' },
      },
    },
    {
      name: 'tour: Merges',
      graphql: '{ merges(first: 20) { edges { node { localName reason candidates actor { name } article { id } } } } }',
      cypher: {
        text: `MATCH (m:MergeRecord) WITH m ORDER BY m.at DESC, m.id LIMIT 20
          MATCH (a:Actor {id: m.actorId}) RETURN m.localName, m.reason, m.candidates, a.name, m.articleId`,
        params: {},
      },
    },
    {
      name: 'actor(name) { said(first:20) {… target} }',
      graphql: `{ actor(name: "${listActor}") { name said(first: 20) { totalCount edges { node { kind cue content target { name } } } } } }`,
      cypher: { text: statementsOf('(a)-[:SAID]->(s:Statement)', 20, 'kind: s.kind, cue: s.cue, content: s.content, target: t.name'), params: { key: nameKey(listActor) } },
    },
    {
      name: 'statements(where:{kind}, first:50) {speaker target article}',
      graphql: '{ statements(where: { kind: CLAIM }, first: 50) { totalCount edges { node { id content speaker { name } target { name } article { id title } } } } }',
      cypher: { text: list(50), params: { kind: 'CLAIM' } },
    },
    // The fixed cost of a request through HTTP and Apollo, with no resolver and no Cypher.
    { name: 'floor: { __typename } (no Cypher)', graphql: '{ __typename }', cypher: null },
    { name: 'analytics { topSpeakers centrality(PAGERANK) }', graphql: '{ analytics { topSpeakers { actor { name } count } centrality(metric: PAGERANK) { actor { name } score } } }', cypher: null },
    { name: 'analytics { communities }', graphql: '{ analytics { communities { id size members { name } } } }', cypher: null },
  ];
}
