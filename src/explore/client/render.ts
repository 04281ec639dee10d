// DOM rendering for the explorer's legend and actor panel. Text always goes in through
// textContent, never innerHTML, so article text cannot inject markup.

import type { ActorDetail, DetailStatement } from '../actor-detail.js';
import type { NetworkView } from '../network-view.js';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Draws the legend: a checkbox per edge kind (toggling calls onToggle) and actor type colours. */
export function renderLegend(root: HTMLElement, legend: NetworkView['legend'], onToggle: (kind: string, shown: boolean) => void): void {
  root.replaceChildren(el('h3', { textContent: 'Edges by kind' }));
  for (const { kind, color, count } of legend.kinds) {
    const box = el('input', { type: 'checkbox', checked: true, value: kind });
    box.dataset.kind = kind;
    box.addEventListener('change', () => onToggle(kind, box.checked));
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = color;
    root.append(el('label', {}, box, swatch, `${kind.toLowerCase()} (${count})`));
  }
  root.append(el('h3', { textContent: 'Actors by type' }));
  for (const { type, color } of legend.types) {
    const dot = el('span', { className: 'dot' });
    dot.style.background = color;
    root.append(el('span', { className: 'type' }, dot, type.toLowerCase()));
  }
}

function statementItem(s: DetailStatement, perspective: 'said' | 'about'): HTMLElement {
  const who = perspective === 'said' ? (s.target ? ` → ${s.target.name}` : '') : ` by ${s.speaker?.name ?? 'unknown speaker'}`;
  const source = s.article.url
    ? el('a', { href: s.article.url, textContent: s.article.title, target: '_blank', rel: 'noopener' })
    : el('span', { textContent: s.article.title });
  const item = el('div', { className: 'statement' },
    el('div', { className: 'kind', textContent: `${s.kind}${who}` }),
    el('div', { className: 'content', textContent: s.content }),
    el('blockquote', { textContent: s.sentence }),
    el('div', { className: 'source' }, source, s.article.publishedAt ? ` · ${s.article.publishedAt.slice(0, 10)}` : ''));
  item.dataset.kind = s.kind;
  return item;
}

/** Fills the side panel with an actor's statements, leaving out kinds hidden in the legend. */
export function renderDetail(root: HTMLElement, d: ActorDetail, hidden: Set<string>): void {
  const said = d.said.filter((s) => !hidden.has(s.kind));
  const about = d.saidAbout.filter((s) => !hidden.has(s.kind));
  root.replaceChildren(
    el('h2', { textContent: d.actor.name }),
    el('div', { className: 'muted', textContent: `${d.actor.type.toLowerCase()}${d.actor.aliases.length ? ` · also ${d.actor.aliases.join(', ')}` : ''}` }),
    el('h3', { id: 'said-heading', textContent: `Said (${said.length} of ${d.totals.said})` }),
    el('section', { id: 'said' }, ...(said.length ? said.map((s) => statementItem(s, 'said')) : [el('p', { className: 'muted', textContent: 'Nothing recorded.' })])),
    el('h3', { id: 'about-heading', textContent: `Said about (${about.length} of ${d.totals.saidAbout})` }),
    el('section', { id: 'about' }, ...(about.length ? about.map((s) => statementItem(s, 'about')) : [el('p', { className: 'muted', textContent: 'Nothing recorded.' })])),
  );
}
