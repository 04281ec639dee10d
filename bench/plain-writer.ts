// The baseline writer of the ingest benchmark: what a plain neo4j-driver script would do with
// extractions, UNWIND batches of 200 articles, no cross-article merging, no merge records, no
// name index. A floor for whosaid's writer, not a rival.

import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../src/extract/types.js';
import { globalActorId } from '../src/store/normalize.js';

const BATCH = 200;

/** Writes the extractions in batches of 200 articles, one transaction per batch. */
export async function plainWrite(driver: Driver, xs: readonly Extraction[]): Promise<void> {
  const session = driver.session();
  try {
    for (let i = 0; i < xs.length; i += BATCH) {
      const batch = xs.slice(i, i + BATCH);
      const gid = (x: Extraction, local: string | null): string | null => {
        const a = local === null ? undefined : x.actors.find((y) => y.id === local);
        return a ? globalActorId(a.type, a.name, x.article.id) : null;
      };
      const articles = batch.map((x) => ({ id: x.article.id, title: x.article.title, text: x.text, url: x.article.url, publishedAt: x.article.publishedAt, source: x.article.source }));
      const actors = batch.flatMap((x) => x.actors.map((a) => ({ id: gid(x, a.id), name: a.name, type: a.type, articleId: x.article.id })));
      const statements = batch.flatMap((x) => x.statements.map((s) => ({
        id: `${x.article.id}#${s.id}`, articleId: x.article.id, content: s.content, cue: s.cue, kind: s.kind,
        speakerId: gid(x, s.speakerId), targetId: gid(x, s.targetId),
      })));
      await session.executeWrite(async (tx) => {
        await tx.run(`UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a += r`, { rows: articles });
        await tx.run(`UNWIND $rows AS r MERGE (a:Actor {id: r.id}) SET a.name = r.name, a.type = r.type
          WITH a, r MATCH (art:Article {id: r.articleId}) MERGE (a)-[:MENTIONED_IN]->(art)`, { rows: actors });
        await tx.run(`UNWIND $rows AS r MATCH (art:Article {id: r.articleId})
          MERGE (s:Statement {id: r.id}) SET s.content = r.content, s.cue = r.cue, s.kind = r.kind
          MERGE (s)-[:IN]->(art)
          WITH s, r
          CALL (s, r) { MATCH (a:Actor {id: r.speakerId}) MERGE (a)-[:SAID]->(s) }
          CALL (s, r) { MATCH (a:Actor {id: r.targetId}) MERGE (s)-[:TARGETS]->(a) }`, { rows: statements });
      });
    }
  } finally {
    await session.close();
  }
}
