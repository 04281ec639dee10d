// Roles and actor order through the API against the real Neo4j: one role per distinct
// (title, of) with its supporting articles, best supported first; actors busiest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Extraction, RawArticle, Statement } from '../../src/extract/types.js';
import { clearDatabase, openTestDriver } from '../setup/neo4j.js';
import { startServer, type TestServer } from './server.js';

const TOKEN = 'roles-token';
const INGEST = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { ingested { id } rejected { reason } } }`;

const actor = (id: string, name: string, type: Actor['type'], roles: Actor['roles'] = []): Actor => ({ id, name, type, aliases: [], roles });
const said = (id: string, speakerId: string, text: string): Statement => ({
  id, speakerId, content: text, cue: 'said', kind: 'CLAIM', direct: false, targetId: null, aboutIds: [], reportedById: null,
  confidence: 0.9, evidence: { speaker: null, cue: [], content: [] },
});

/** Each article names Harriet Vole and the Treasury; her roles repeat per mention, as the extractor gives them. */
function extract(a: RawArticle): Extraction {
  const pm = { title: 'Prime Minister', of: null };
  const roles: Record<string, Actor['roles']> = {
    r1: [pm, pm, pm, { title: 'chief economist', of: 't' }],
    r2: [pm, { title: 'prime minister', of: null }],
    r3: [{ title: 'Prime  Minister', of: null }, { title: 'chief economist', of: 't' }],
  };
  const actors = [actor('h', 'Harriet Vole', 'PERSON', roles[a.id]), actor('t', 'Treasury', 'ORGANIZATION'), actor('q', 'Quentin Marsh', 'PERSON')];
  const mentions = [{ actorId: 'h', start: 0, end: 5 }, { actorId: 't', start: 6, end: 10 }, { actorId: 'q', start: 11, end: 15 }];
  const statements = a.id === 'r1' ? [said('s1', 'q', 'one'), said('s2', 'q', 'two')] : a.id === 'r2' ? [said('s3', 'h', 'three')] : [];
  return { article: { id: a.id, title: a.id, url: null, source: null, publishedAt: null }, text: a.text, actors, mentions, statements, relations: [] };
}

let api: TestServer;
beforeAll(async () => {
  const driver = openTestDriver();
  await clearDatabase(driver);
  await driver.close();
  api = await startServer({ extractor: extract, apiToken: TOKEN });
  const a = ['r1', 'r2', 'r3'].map((id) => ({ id, text: `Text of article ${id} about the budget.` }));
  const r = await api.gql(INGEST, { a }, TOKEN);
  expect(r.data.ingestArticles.ingested).toHaveLength(3);
});
afterAll(async () => api?.close());

describe('Actor.roles', () => {
  it('gives one entry per distinct (title, of), with its articles, most supported first', async () => {
    const r = await api.gql(`{ actor(name: "Harriet Vole") { roles { title support of { name } articles { id } article { id } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.actor.roles).toEqual([
      { title: 'Prime Minister', support: 3, of: null, articles: [{ id: 'r1' }, { id: 'r2' }, { id: 'r3' }], article: { id: 'r1' } },
      { title: 'chief economist', support: 2, of: { name: 'Treasury' }, articles: [{ id: 'r1' }, { id: 'r3' }], article: { id: 'r1' } },
    ]);
  });
});

describe('actors order', () => {
  it('lists the most active first by default (statements, then mentions), name order on request', async () => {
    const busy = await api.gql(`{ actors { edges { node { name } } } }`);
    expect(busy.data.actors.edges.map((e: any) => e.node.name)).toEqual(['Quentin Marsh', 'Harriet Vole', 'Treasury']);
    const byName = await api.gql(`{ actors(orderBy: NAME_ASC) { edges { node { name } } } }`);
    expect(byName.data.actors.edges.map((e: any) => e.node.name)).toEqual(['Harriet Vole', 'Quentin Marsh', 'Treasury']);
  });
});
