// A readable summary of one Extraction for people at a terminal: the article, its actors
// (with aliases and roles), then who said what. Pure: Extraction in, text out.

import type { Actor, Extraction, Statement } from './types.js';

/** Longest statement content shown before it is cut with an ellipsis. */
export const MAX_CONTENT_CHARS = 240;

const cut = (s: string, max: number): string => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

function actorLine(actor: Actor, mentions: number): string {
  const parts = [`${actor.name} (${actor.type}, ${mentions} mention${mentions === 1 ? '' : 's'})`];
  const aliases = actor.aliases.filter((a) => a !== actor.name);
  if (aliases.length > 0) parts.push(`aka ${aliases.join(', ')}`);
  if (actor.roles.length > 0) parts.push(actor.roles.map((r) => r.title).join('; '));
  return parts.join(' — ');
}

function statementLine(s: Statement, name: (id: string | null) => string): string {
  const head = `${name(s.speakerId)} ${s.cue} [${s.kind}${s.direct ? ', quote' : ''}]`;
  const target = s.targetId ? ` → ${name(s.targetId)}` : '';
  const text = cut(s.content, MAX_CONTENT_CHARS);
  const content = s.direct && !/["“”«»„]/.test(text) ? `“${text}”` : text;
  const via = s.reportedById ? ` (reported by ${name(s.reportedById)})` : '';
  return `${head}${target}: ${content}${via}`;
}

/**
 * Formats an extraction as indented plain text: a header line with title and metadata, the
 * actors in order of first mention, then the statements in text order.
 */
export function formatSummary(x: Extraction): string {
  const byId = new Map(x.actors.map((a) => [a.id, a]));
  const name = (id: string | null): string => (id === null ? '(unknown speaker)' : byId.get(id)?.name ?? id);
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of x.mentions) {
    counts.set(m.actorId, (counts.get(m.actorId) ?? 0) + 1);
    if (!first.has(m.actorId) || m.start < first.get(m.actorId)!) first.set(m.actorId, m.start);
  }
  const actors = [...x.actors].sort((a, b) => (first.get(a.id) ?? Infinity) - (first.get(b.id) ?? Infinity));
  const meta = [x.article.source, x.article.publishedAt?.slice(0, 10), x.article.url].filter(Boolean).join(' · ');
  const statements = [...x.statements].sort((a, b) => (a.evidence.content[0]?.[0] ?? 0) - (b.evidence.content[0]?.[0] ?? 0));
  const lines = [
    `${x.article.title} [${x.article.id}]`,
    ...(meta ? [`  ${meta}`] : []),
    `  Actors (${actors.length}):`,
    ...actors.map((a) => `    ${actorLine(a, counts.get(a.id) ?? 0)}`),
    `  Statements (${statements.length}):`,
    ...statements.map((s) => `    ${statementLine(s, name)}`),
  ];
  if (x.relations.length > 0) {
    lines.push(`  Relations (${x.relations.length}):`);
    for (const r of x.relations) lines.push(`    ${name(r.sourceId)} ${r.type}${r.role ? ` (${r.role})` : ''} ${name(r.targetId)}`);
  }
  return `${lines.join('\n')}\n`;
}
