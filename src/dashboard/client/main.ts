// The dashboard in the browser: reads the filters from the URL, asks the GraphQL endpoint for
// the scoped analytics, draws them with ECharts (tree-shaken: bars, brush, canvas only), lists
// the statements behind an actor's bar, and polls the graph version to redraw after writes.

import { BarChart } from 'echarts/charts';
import { BrushComponent, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { KIND_COLORS, TYPE_COLORS } from '../../explore/network-view.js';
import { ACTOR_TYPES, STATEMENT_KINDS } from '../../extract/types.js';
import { bucketsOfRange, type DashboardState, DEFAULT_STATE, rangeOfBuckets, stateFromQuery, stateToQuery, whereOf } from '../state.js';
import { type BehindStatement, el, renderStatements } from './render.js';

echarts.use([BarChart, BrushComponent, GridComponent, LegendComponent, ToolboxComponent, TooltipComponent, CanvasRenderer]);

const ENDPOINT = document.body.dataset.graphql ?? '/graphql';
const POLL_MS = 5_000;

interface ActorRef { id: string; name: string; type: string }
interface DashboardData {
  analytics: {
    version: number; asOf: string | null; stale: boolean;
    topSpeakers: Array<{ actor: ActorRef; count: number }>;
    mostTargeted: Array<{ actor: ActorRef; count: number }>;
    kindBreakdown: Array<{ kind: string; count: number }>;
    centrality: Array<{ actor: ActorRef; score: number }>;
  };
  range: { timeline: Array<{ start: string; kind: string | null; count: number }> };
}

const DASHBOARD_QUERY = `query Dashboard($where: AnalyticsWhere, $whole: AnalyticsWhere, $interval: Interval!) {
  analytics(where: $where) {
    version asOf stale
    topSpeakers(first: 10) { actor { id name type } count }
    mostTargeted(first: 10) { actor { id name type } count }
    kindBreakdown { kind count }
    centrality(metric: PAGERANK, first: 10) { actor { id name type } score }
  }
  range: analytics(where: $whole) { timeline(interval: $interval, byKind: true) { start kind count } }
}`;

const BEHIND_QUERY = `query Behind($where: AnalyticsWhere, $actor: ID!, $role: BehindRole!) {
  analytics(where: $where) {
    statementsOf(actor: $actor, role: $role, first: 50) {
      totalCount
      items { id kind content direct speaker { id name } target { id name } evidence { sentence { text } } article { title url source publishedAt } }
    }
  }
}`;

const VERSION_QUERY = '{ analytics { version asOf stale } }';
const OUTLETS_QUERY = '{ articles(first: 100) { totalCount edges { node { source } } } }';

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json() as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!res.ok || !body.data) throw new Error(`dashboard: ${ENDPOINT} answered ${res.status}`);
  return body.data;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

let state: DashboardState = stateFromQuery(location.search);
let version: number | null = null;
let data: DashboardData | null = null;
let starts: string[] = [];
let selected: { actor: ActorRef; role: 'SPEAKER' | 'TARGET' } | null = null;
let loadSeq = 0;
let loads = 0;

const charts = {
  timeline: echarts.init($('timeline')),
  speakers: echarts.init($('speakers')),
  targeted: echarts.init($('targeted')),
  kinds: echarts.init($('kinds')),
  central: echarts.init($('central')),
};

// ---------- filters <-> form <-> URL ----------

function multiSelect(id: string, values: readonly string[], label: string, picked: () => string[], onChange: (v: string[]) => void): () => void {
  const root = $(id);
  const box = root.querySelector('.options')!;
  const summary = root.querySelector('summary')!;
  const inputs = values.map((v) => {
    const input = el('input', { type: 'checkbox', value: v });
    input.dataset.value = v;
    input.addEventListener('change', () => onChange(inputs.filter((i) => i.checked).map((i) => i.value)));
    box.append(el('label', {}, input, ` ${v.toLowerCase()}`));
    return input;
  });
  return () => {
    const now = picked();
    for (const i of inputs) i.checked = now.includes(i.value);
    summary.textContent = `${label}: ${now.length === 0 ? 'all' : now.length <= 2 ? now.map((v) => v.toLowerCase()).join(', ') : `${now.length} picked`}`;
  };
}

const syncKinds = multiSelect('f-kinds', STATEMENT_KINDS, 'Kinds', () => state.kinds, (kinds) => setState({ kinds: kinds as DashboardState['kinds'] }));
const syncTypes = multiSelect('f-types', ACTOR_TYPES, 'Speaker types', () => state.actorTypes, (types) => setState({ actorTypes: types as DashboardState['actorTypes'] }));

function syncForm(): void {
  $<HTMLInputElement>('f-from').value = state.from ?? '';
  $<HTMLInputElement>('f-to').value = state.to ?? '';
  $<HTMLInputElement>('f-source').value = state.source ?? '';
  $<HTMLSelectElement>('f-interval').value = state.interval;
  syncKinds();
  syncTypes();
}

/** Applies a filter change: the URL (so the view can be shared), the form, then the charts. */
function setState(patch: Partial<DashboardState>): void {
  // Round-trip through the URL form so the state is always what a shared link restores.
  const next = stateFromQuery(stateToQuery({ ...state, ...patch }));
  const query = stateToQuery(next);
  state = next;
  if (query !== location.search.replace(/^\?/, '')) history.pushState(null, '', query ? `?${query}` : location.pathname);
  syncForm();
  void reload();
}

$('f-from').addEventListener('change', (e) => setState({ from: (e.target as HTMLInputElement).value || null }));
$('f-to').addEventListener('change', (e) => setState({ to: (e.target as HTMLInputElement).value || null }));
$('f-source').addEventListener('change', (e) => setState({ source: (e.target as HTMLInputElement).value.trim() || null }));
$('f-interval').addEventListener('change', (e) => setState({ interval: (e.target as HTMLSelectElement).value as DashboardState['interval'] }));
$('f-reset').addEventListener('click', () => setState({ ...DEFAULT_STATE }));
$('filters').addEventListener('submit', (e) => e.preventDefault());
window.addEventListener('popstate', () => {
  state = stateFromQuery(location.search);
  syncForm();
  void reload();
});

// ---------- charts ----------

const shortName = (s: string): string => (s.length > 24 ? `${s.slice(0, 23)}…` : s);

function actorBars(chart: echarts.ECharts, rows: Array<{ actor: ActorRef; value: number }>, digits = 0): void {
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'item', formatter: (p: { dataIndex: number }) => `${rows[p.dataIndex].actor.name} (${rows[p.dataIndex].actor.type.toLowerCase()}): ${rows[p.dataIndex].value.toFixed(digits)}` },
    grid: { left: 8, right: 36, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: digits ? undefined : 1, splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => shortName(r.actor.name)), axisLabel: { width: 150, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map((r) => ({ value: r.value, itemStyle: { color: TYPE_COLORS[r.actor.type] ?? '#666' } })),
      label: { show: true, position: 'right', formatter: (p: { value: number }) => p.value.toFixed(digits) },
      barMaxWidth: 26,
      cursor: 'pointer',
    }],
  }, true);
}

function drawTimeline(rows: DashboardData['range']['timeline']): void {
  starts = [...new Set(rows.map((r) => r.start))].sort();
  const index = new Map(starts.map((s, i) => [s, i]));
  const kinds = STATEMENT_KINDS.filter((k) => rows.some((r) => r.kind === k && r.count > 0));
  const series = kinds.map((kind) => {
    const values = new Array<number>(starts.length).fill(0);
    for (const r of rows) if (r.kind === kind) values[index.get(r.start)!] += r.count;
    return { name: kind.toLowerCase(), type: 'bar', stack: 'all', data: values, itemStyle: { color: KIND_COLORS[kind] }, barCategoryGap: '15%', emphasis: { focus: 'series' } };
  });
  const chart = charts.timeline;
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { type: 'scroll', top: 0, left: 0, right: 72, itemWidth: 12, itemHeight: 8, textStyle: { fontSize: 11 } },
    toolbox: { right: 0, top: 0, feature: { brush: { type: ['lineX', 'clear'], title: { lineX: 'pick dates', clear: 'all dates' } } } },
    brush: { xAxisIndex: 0, brushType: 'lineX', brushMode: 'single', transformable: true, throttleType: 'debounce', throttleDelay: 200, outOfBrush: { colorAlpha: 0.25 } },
    grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: starts },
    yAxis: { type: 'value', minInterval: 1 },
    series,
  }, true);
  chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: 'lineX', brushMode: 'single' } });
  const span = bucketsOfRange(starts, state.from, state.to, state.interval);
  if (span) chart.dispatchAction({ type: 'brush', areas: [{ brushType: 'lineX', xAxisIndex: 0, coordRange: span }] });
}

// A drag across the timeline picks the buckets' dates; clearing the brush drops the dates.
charts.timeline.on('brushEnd', (params: unknown) => {
  const areas = (params as { areas?: Array<{ coordRange?: [number, number] }> }).areas ?? [];
  const range = areas[0]?.coordRange;
  if (!range) {
    if (state.from || state.to) setState({ from: null, to: null });
    return;
  }
  const picked = rangeOfBuckets(starts, Math.round(range[0]), Math.round(range[1]), state.interval);
  if (picked && (picked.from !== state.from || picked.to !== state.to)) setState(picked);
});
charts.timeline.on('brush', (params: unknown) => {
  const p = params as { command?: string; areas?: unknown[] };
  if (p.command === 'clear' && (state.from || state.to)) setState({ from: null, to: null });
});

charts.speakers.on('click', (p) => {
  const row = data?.analytics.topSpeakers[p.dataIndex];
  if (row) void showStatements(row.actor, 'SPEAKER');
});
charts.targeted.on('click', (p) => {
  const row = data?.analytics.mostTargeted[p.dataIndex];
  if (row) void showStatements(row.actor, 'TARGET');
});
charts.central.on('click', (p) => {
  const row = data?.analytics.centrality[p.dataIndex];
  if (row) void showStatements(row.actor, 'SPEAKER');
});
charts.kinds.on('click', (p) => {
  const row = data?.analytics.kindBreakdown.filter((k) => k.count > 0)[p.dataIndex];
  if (row) setState({ kinds: [row.kind as DashboardState['kinds'][number]] });
});

function draw(d: DashboardData): void {
  const a = d.analytics;
  const total = a.kindBreakdown.reduce((n, k) => n + k.count, 0);
  $('n-statements').textContent = total.toLocaleString('en');
  $('n-speakers').textContent = a.topSpeakers[0] ? a.topSpeakers[0].count.toLocaleString('en') : '0';
  $('n-kinds').textContent = String(a.kindBreakdown.filter((k) => k.count > 0).length);
  drawTimeline(d.range.timeline);
  actorBars(charts.speakers, a.topSpeakers.map((r) => ({ actor: r.actor, value: r.count })));
  actorBars(charts.targeted, a.mostTargeted.map((r) => ({ actor: r.actor, value: r.count })));
  actorBars(charts.central, a.centrality.map((r) => ({ actor: r.actor, value: r.score })), 3);
  const kinds = a.kindBreakdown.filter((k) => k.count > 0);
  charts.kinds.setOption({
    animation: false,
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: 44, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, splitNumber: 4 },
    yAxis: { type: 'category', inverse: true, data: kinds.map((k) => k.kind.toLowerCase()) },
    series: [{ type: 'bar', data: kinds.map((k) => ({ value: k.count, itemStyle: { color: KIND_COLORS[k.kind] } })), label: { show: true, position: 'right' }, barMaxWidth: 26, cursor: 'pointer' }],
  }, true);
}

function showStatus(a: { version: number; asOf: string | null; stale: boolean }): void {
  const status = $('status');
  status.className = a.stale ? 'stale' : '';
  status.textContent = `graph version ${a.version}${a.asOf ? ` · checked ${a.asOf.slice(11, 19)} UTC` : ''}${a.stale ? ' · store not answering: last good graph' : ''}`;
}

async function reload(): Promise<void> {
  const seq = ++loadSeq;
  try {
    const d = await gql<DashboardData>(DASHBOARD_QUERY, { where: whereOf(state), whole: whereOf(state, false), interval: state.interval });
    if (seq !== loadSeq) return;
    data = d;
    version = d.analytics.version;
    draw(d);
    showStatus(d.analytics);
    if (selected) await showStatements(selected.actor, selected.role);
    loads += 1;
    document.body.dataset.loads = String(loads);
    document.body.dataset.query = stateToQuery(state);
    document.body.dataset.ready = 'true';
  } catch (err) {
    if (seq !== loadSeq) return;
    $('status').textContent = `error: ${String((err as Error).message ?? err)}`;
    $('status').className = 'stale';
    if (!document.body.dataset.ready) document.body.dataset.ready = 'error';
  }
}

async function showStatements(actor: ActorRef, role: 'SPEAKER' | 'TARGET'): Promise<void> {
  selected = { actor, role };
  const list = $('statements-list');
  const head = $('statements-head');
  const explorer = el('a', { href: `/explore?actor=${encodeURIComponent(actor.id)}`, textContent: `${actor.name} in the explorer →` });
  explorer.id = 'explore-link';
  head.replaceChildren(el('h2', { textContent: `${role === 'SPEAKER' ? 'Said by' : 'Aimed at'} ${actor.name}` }), explorer);
  const d = await gql<{ analytics: { statementsOf: { totalCount: number; items: BehindStatement[] } } }>(BEHIND_QUERY, { where: whereOf(state), actor: actor.id, role });
  if (selected?.actor.id !== actor.id || selected.role !== role) return;
  renderStatements(list, d.analytics.statementsOf.items, d.analytics.statementsOf.totalCount, role);
  list.scrollIntoView({ block: 'nearest' });
}

// ---------- polling, resizing, start ----------

async function poll(): Promise<void> {
  try {
    const { analytics } = await gql<{ analytics: { version: number; asOf: string | null; stale: boolean } }>(VERSION_QUERY);
    showStatus(analytics);
    if (version !== null && analytics.version !== version) await reload();
  } catch {
    $('status').className = 'stale';
  }
}

async function loadOutlets(): Promise<void> {
  const d = await gql<{ articles: { edges: Array<{ node: { source: string | null } }> } }>(OUTLETS_QUERY);
  const outlets = [...new Set(d.articles.edges.map((e) => e.node.source).filter((s): s is string => !!s))].sort();
  $('outlets').replaceChildren(...outlets.map((value) => el('option', { value })));
}

const resize = (): void => { for (const c of Object.values(charts)) c.resize(); };
new ResizeObserver(resize).observe(document.querySelector('main')!);
window.addEventListener('resize', resize);

syncForm();
Object.assign(window, { whosaidDashboard: { charts, echarts, state: () => state, version: () => version, setState } });
void reload();
void loadOutlets().catch(() => undefined);
setInterval(() => void poll(), POLL_MS);
