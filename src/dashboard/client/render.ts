// DOM rendering for the dashboard's statement list. Text always goes in through textContent,
// never innerHTML, so article text cannot inject markup.

export interface BehindStatement {
  id: string;
  kind: string;
  content: string;
  direct: boolean;
  speaker: { id: string; name: string } | null;
  target: { id: string; name: string } | null;
  evidence: { sentence: { text: string } };
  article: { title: string; url: string | null; source: string | null; publishedAt: string | null };
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function item(s: BehindStatement, role: 'SPEAKER' | 'TARGET'): HTMLElement {
  const who = role === 'SPEAKER' ? (s.target ? ` → ${s.target.name}` : '') : ` by ${s.speaker?.name ?? 'unknown speaker'}`;
  const title = s.article.url
    ? el('a', { href: s.article.url, textContent: s.article.title, target: '_blank', rel: 'noopener' })
    : el('span', { textContent: s.article.title });
  const meta = [s.article.source, s.article.publishedAt?.slice(0, 10)].filter(Boolean).join(' · ');
  const node = el('div', { className: 'statement' },
    el('div', { className: 'kind', textContent: `${s.kind}${who}${s.direct ? ' · quoted' : ''}` }),
    el('div', { className: 'content', textContent: s.content }),
    el('blockquote', { textContent: s.evidence.sentence.text }),
    el('div', { className: 'source' }, title, meta ? ` · ${meta}` : ''));
  node.dataset.kind = s.kind;
  return node;
}

/** Fills the list with the statements behind an actor's bar (newest first, as the API gives them). */
export function renderStatements(root: HTMLElement, items: BehindStatement[], total: number, role: 'SPEAKER' | 'TARGET'): void {
  const count = el('p', { className: 'muted', textContent: `${items.length} of ${total} statement${total === 1 ? '' : 's'} in the current filters` });
  count.id = 'statements-count';
  root.replaceChildren(count, ...(items.length ? items.map((s) => item(s, role)) : [el('p', { className: 'muted', textContent: 'Nothing in the current filters.' })]));
}
