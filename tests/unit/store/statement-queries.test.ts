// The statement page queries read no more than the request asks: article and evidence only when
// selected, the article never with its text, and a page as a top-k sort with a separate count.
import { describe, expect, it } from 'vitest';
import { statementProjection, statementsPage } from '../../../src/store/statement-queries.js';

describe('statementProjection', () => {
  it('reads evidence and the article only when asked, and never the article text', () => {
    const bare = statementProjection({ article: false, evidence: false });
    expect(bare).not.toMatch(/\.evidence/);
    expect(bare).not.toMatch(/sa:Article/);
    const full = statementProjection({ article: true, evidence: true });
    expect(full).toMatch(/\.evidence/);
    expect(full).toMatch(/sa:Article/);
    expect(full).not.toMatch(/\.text/);
  });
});

describe('statementsPage', () => {
  it('counts in one subquery and sorts only the page in another, values as parameters', () => {
    const q = statementsPage({ kinds: ['CLAIM'] }, 'DATE_DESC', { offset: 50, limit: 50 });
    expect(q.cypher).toMatch(/count\(\*\) AS totalCount/);
    expect(q.cypher).toMatch(/ORDER BY .* SKIP toInteger\(\$offset\) LIMIT toInteger\(\$limit\)/);
    expect(q.cypher).not.toMatch(/CLAIM/);
    expect(q.params).toMatchObject({ kinds: ['CLAIM'], offset: 50, limit: 50 });
  });

  it('counts a statement found through two names of its speaker once', () => {
    const q = statementsPage({ speakerKeys: ['biden', 'joe biden'] }, 'DATE_DESC', { offset: 0, limit: 10 });
    expect(q.cypher).toMatch(/count\(DISTINCT s\)/);
    expect(q.cypher).toMatch(/WITH DISTINCT s ORDER BY/);
  });
});
