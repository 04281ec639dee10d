// The statement page queries read no more than the request asks: article and evidence only when
// selected, the article never with its text, and a page as a top-k sort with a separate count.
import { describe, expect, it } from 'vitest';
import { STORED_FIELDS, statementPageProjection, statementProjection, statementRecord, statementsPage } from '../../../src/store/statement-queries.js';

const NONE = { article: false, evidence: false, speaker: false, target: false, reportedBy: false, about: false };

describe('statementProjection', () => {
  it('reads evidence and the article only when asked, and never the article text', () => {
    const bare = statementProjection(NONE);
    expect(bare).not.toMatch(/\.evidence/);
    expect(bare).not.toMatch(/sa:Article/);
    const full = statementProjection({ ...STORED_FIELDS, article: true });
    expect(full).toMatch(/\.evidence/);
    expect(full).toMatch(/sa:Article/);
    expect(full).not.toMatch(/\.text/);
  });

  it('expands only the actor roles asked for', () => {
    const roles = { speaker: /:SAID/, target: /:TARGETS/, reportedBy: /:REPORTED_BY/, about: /:ABOUT/ } as const;
    expect(statementProjection(NONE)).not.toMatch(/:SAID|:TARGETS|:REPORTED_BY|:ABOUT/);
    for (const [role, rel] of Object.entries(roles)) {
      const one = statementProjection({ ...NONE, [role]: true });
      expect(one).toMatch(rel);
      for (const [other, otherRel] of Object.entries(roles)) if (other !== role) expect(one).not.toMatch(otherRel);
    }
    const all = statementProjection(STORED_FIELDS);
    for (const rel of Object.values(roles)) expect(all).toMatch(rel);
  });
});

describe('statementPageProjection', () => {
  it('matches the related records of the page after the cut, only those asked for', () => {
    const { expand, project } = statementPageProjection({ ...NONE, speaker: ['name'], article: ['title'] });
    expect(expand).toBe('OPTIONAL MATCH (sp:Actor)-[:SAID]->(s) OPTIONAL MATCH (s)-[:IN]->(sa:Article)');
    expect(project).toContain('[sp.id, sp.name]');
    expect(project).toContain('[sa.id, sa.title]');
    expect(project).not.toMatch(/\[\(/);
  });
});

describe('statementRecord', () => {
  const own = ['s1', 'we will respond', 'said', 'WARNING', true, 0.9, 3, 'art1', '2022-01-31'];
  it('reads back the slots the fields asked for, leaving the other roles undefined', () => {
    const fields = { ...NONE, speaker: ['name'] as const, target: ['name'] as const, article: ['title'] as const };
    const r = statementRecord(fields)([...own, ['a1', 'Joe Biden'], [null, null], ['art1', 'Letter']]);
    expect(r).toMatchObject({ id: 's1', content: 'we will respond', kind: 'WARNING', direct: true, position: 3, articleId: 'art1', speakerId: 'a1', targetId: null });
    expect(r.reportedById).toBeUndefined();
    expect(r.aboutIds).toBeUndefined();
    expect(r.evidence).toBeUndefined();
    expect(r.related).toEqual({ speaker: { id: 'a1', name: 'Joe Biden' }, target: null, reportedBy: undefined, about: undefined, article: { id: 'art1', title: 'Letter' }, whole: false });
  });

  it('reads whole records in the order the projection writes them', () => {
    const evidence = JSON.stringify({ sentence: { text: 'x' } });
    const actor = (id: string) => [id, `name ${id}`, 'PERSON', []];
    const r = statementRecord(STORED_FIELDS)([...own, evidence, actor('a1'), actor('a2'), [null, null, null, []], [actor('a3'), actor('a4')]]);
    expect(r).toMatchObject({ speakerId: 'a1', targetId: 'a2', reportedById: null, aboutIds: ['a3', 'a4'], evidence: { sentence: { text: 'x' } } });
    expect(r.related?.about?.[1]).toEqual({ id: 'a4', name: 'name a4', type: 'PERSON', aliases: [] });
    expect(r.related?.whole).toBe(true);
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

  it('does not count a window that asks not to, and reads one item more instead', () => {
    const q = statementsPage({ kinds: ['CLAIM'] }, 'DATE_DESC', { offset: 0, limit: 50, count: false });
    expect(q.cypher).not.toMatch(/count\(/);
    expect(q.cypher).toMatch(/null AS totalCount/);
    expect(q.cypher).toMatch(/LIMIT toInteger\(\$limit\) \+ 1/);
  });

  it('counts a statement found through two names of its speaker once', () => {
    const q = statementsPage({ speakerKeys: ['biden', 'joe biden'] }, 'DATE_DESC', { offset: 0, limit: 10 });
    expect(q.cypher).toMatch(/count\(DISTINCT s\)/);
    expect(q.cypher).toMatch(/WITH DISTINCT s ORDER BY/);
  });
});
