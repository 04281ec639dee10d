// The explorer in the browser: draws the network with sigma.js from precomputed positions,
// filters edges by kind, finds actors by name, and lists an actor's statements on click;
// ?actor=<id or name> in the URL selects and centres that actor on load.

import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import type { NetworkView } from '../network-view.js';
import type { ActorDetail } from '../actor-detail.js';
import { renderDetail, renderLegend } from './render.js';

const base = new URL(import.meta.url).pathname.replace(/\/app\.js$/, '');

async function getJson<T>(path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`explorer: GET ${path} answered ${res.status}`);
  return res.json() as Promise<T>;
}

async function start(): Promise<void> {
  const view = await getJson<NetworkView>('/network.json');
  const graph = new MultiDirectedGraph();
  for (const n of view.nodes) graph.addNode(n.id, { ...n });
  for (const e of view.edges) graph.addEdgeWithKey(e.id, e.source, e.target, { kind: e.kind, size: e.size, color: e.color, count: e.count });

  const container = document.getElementById('graph')!;
  const renderer = new Sigma(graph, container, { settings: { renderEdgeLabels: false, labelRenderedSizeThreshold: 0, itemSizesReference: 'screen', stagePadding: 100 } });
  const hidden = new Set<string>();
  let selected: string | null = null;
  let detail: ActorDetail | null = null;

  const applyKinds = (): void => {
    graph.forEachEdge((edge, attrs) => renderer.setEdgeState(edge, { isHidden: hidden.has(attrs.kind as string) }));
    if (detail) renderDetail(document.getElementById('details')!, detail, hidden);
  };
  renderLegend(document.getElementById('legend')!, view.legend, (kind, shown) => {
    if (shown) hidden.delete(kind);
    else hidden.add(kind);
    applyKinds();
  });

  const select = async (id: string): Promise<void> => {
    if (selected && graph.hasNode(selected)) renderer.setNodeState(selected, { isHighlighted: false });
    selected = id;
    // An actor outside the drawn network (not among the busiest) still gets its statement list.
    if (graph.hasNode(id)) renderer.setNodeState(id, { isHighlighted: true });
    const panel = document.getElementById('details')!;
    panel.innerHTML = '<p class="muted">Loading…</p>';
    detail = await getJson<ActorDetail>(`/actor/${encodeURIComponent(id)}`);
    renderDetail(panel, detail, hidden);
  };
  renderer.on('clickNode', ({ node }) => void select(node));

  const names = document.getElementById('actor-names')!;
  for (const n of view.nodes) names.append(Object.assign(document.createElement('option'), { value: n.label }));
  const search = document.getElementById('search') as HTMLInputElement;
  search.addEventListener('change', () => {
    const wanted = search.value.trim().toLowerCase();
    const hit = view.nodes.find((n) => n.label.toLowerCase() === wanted) ?? view.nodes.find((n) => n.label.toLowerCase().includes(wanted));
    if (hit) void select(hit.id);
  });
  Object.assign(window, { whosaidExplorer: { renderer, graph, ready: true } });

  // /explore?actor=<id or name> (the dashboard links here): select that actor and centre on it.
  const wanted = new URLSearchParams(location.search).get('actor')?.trim();
  if (wanted) {
    const lower = wanted.toLowerCase();
    const hit = view.nodes.find((n) => n.id === wanted) ?? view.nodes.find((n) => n.label.toLowerCase() === lower);
    const id = hit?.id ?? wanted;
    if (graph.hasNode(id)) {
      const { x, y } = renderer.getNodeDisplayData(id)!;
      await renderer.getCamera().animate({ x, y, ratio: 0.5 }, { duration: 0 });
    }
    search.value = hit?.label ?? '';
    await select(id).catch(() => {
      document.getElementById('details')!.textContent = `No actor ${JSON.stringify(wanted)} in the store.`;
    });
  }
  document.body.dataset.ready = 'true';
}

start().catch((err: unknown) => {
  document.getElementById('details')!.textContent = String(err);
  document.body.dataset.ready = 'error';
});
