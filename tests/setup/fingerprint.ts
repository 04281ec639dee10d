// A graph's fingerprint for comparing two ingests: counts per label and relationship type,
// and every node and relationship whosaid writes with its properties (timestamps left out).

import type { Driver } from 'neo4j-driver';

export interface Fingerprint { counts: Record<string, number>; rows: Record<string, unknown[]> }

const QUERIES: Record<string, string> = {
  actors: 'MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.type AS type, a.aliases AS aliases, a.aliasText AS aliasText ORDER BY id',
  names: 'MATCH (n:ActorName)-[:NAMES]->(a) RETURN n.key AS key, a.id AS actor ORDER BY key, actor',
  articles: 'MATCH (a:Article) RETURN a.id AS id, a.url AS url, a.contentHash AS c, a.extractionHash AS x ORDER BY id',
  statements: `MATCH (s:Statement)-[:IN]->(art)
    OPTIONAL MATCH (sp)-[:SAID]->(s) OPTIONAL MATCH (s)-[:TARGETS]->(t) OPTIONAL MATCH (s)-[:REPORTED_BY]->(r)
    RETURN s.id AS id, art.id AS article, s.content AS content, s.kind AS kind, s.position AS position,
      sp.id AS speaker, t.id AS target, r.id AS reportedBy, COUNT { (s)-[:ABOUT]->() } AS about ORDER BY id`,
  mentions: 'MATCH (a)-[m:MENTIONED_IN]->(art) RETURN a.id AS actor, art.id AS article, m.count AS count, m.names AS names, m.roles AS roles ORDER BY actor, article',
  relations: 'MATCH (s)-[r:AFFILIATED_WITH|PART_OF|INTERACTS_WITH]->(t) RETURN type(r) AS type, s.id AS s, t.id AS t, r.articleId AS article, r.role AS role ORDER BY type, s, t, article',
  merges: 'MATCH (m:MergeRecord)-[:MERGED_INTO]->(a) RETURN m.id AS id, a.id AS actor, m.reason AS reason, m.candidates AS candidates, m.localName AS localName ORDER BY id',
};

/** Reads the fingerprint of the whole graph (GraphMeta and tombstones left out: they log writes and deletions, not content). */
export async function graphFingerprint(driver: Driver): Promise<Fingerprint> {
  const session = driver.session();
  try {
    const counts: Record<string, number> = {};
    const labels = await session.run('MATCH (n) WHERE NOT n:GraphMeta AND NOT n:Tombstone UNWIND labels(n) AS l RETURN l, count(*) AS c');
    const rels = await session.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c');
    for (const r of labels.records) counts[r.get('l')] = Number(r.get('c'));
    for (const r of rels.records) counts[r.get('t')] = Number(r.get('c'));
    const rows: Record<string, unknown[]> = {};
    for (const [name, cypher] of Object.entries(QUERIES)) {
      rows[name] = (await session.run(cypher)).records.map((r) => JSON.stringify(r.toObject()));
    }
    return { counts, rows };
  } finally {
    await session.close();
  }
}
