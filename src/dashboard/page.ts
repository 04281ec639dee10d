// The dashboard's HTML shell: filters, the chart panels and the statements list the bundled
// client fills in. Everything it loads comes from whosaid itself (no CDN, no web fonts).

/** The page at GET /dashboard; `base` is the path the dashboard is mounted under, `graphql` the API path. */
export function dashboardPage(base: string, graphql: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>whosaid dashboard</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; background: #f3f4f6; }
  header { background: #fff; border-bottom: 1px solid #ddd; padding: 8px 16px; position: sticky; top: 0; z-index: 5; }
  header h1 { font-size: 18px; margin: 0 12px 0 0; display: inline-block; }
  header a { font-size: 13px; }
  #status { font-size: 12px; color: #666; margin-left: 8px; }
  #status.stale { color: #b00; }
  form#filters { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: flex-end; margin-top: 6px; }
  form#filters label.field { display: flex; flex-direction: column; font-size: 11px; color: #555; text-transform: uppercase; }
  form#filters input[type=date], form#filters input[type=text], form#filters select { font: inherit; padding: 3px 6px; border: 1px solid #bbb; border-radius: 4px; min-width: 0; }
  details.multi { position: relative; font-size: 13px; }
  details.multi summary { cursor: pointer; padding: 4px 8px; border: 1px solid #bbb; border-radius: 4px; background: #fff; list-style: none; white-space: nowrap; }
  details.multi .options { position: absolute; z-index: 6; background: #fff; border: 1px solid #bbb; border-radius: 4px; padding: 6px 8px; margin-top: 2px; columns: 2; width: 300px; max-width: 90vw; }
  details.multi .options label { display: block; font-size: 12px; white-space: nowrap; }
  button { font: inherit; padding: 4px 10px; border: 1px solid #bbb; border-radius: 4px; background: #fff; cursor: pointer; }
  #tiles { display: flex; flex-wrap: wrap; gap: 8px; padding: 10px 16px 0; }
  .tile { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 6px 12px; min-width: 120px; }
  .tile b { display: block; font-size: 22px; }
  .tile span { font-size: 11px; color: #666; text-transform: uppercase; }
  main { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 400px), 1fr)); gap: 10px; padding: 10px 16px 16px; }
  section.panel { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: 8px 10px; min-width: 0; }
  section.panel.wide { grid-column: 1 / -1; }
  section.panel h2 { font-size: 14px; margin: 0 0 2px; }
  section.panel p.hint { font-size: 12px; color: #777; margin: 0 0 4px; }
  .chart { width: 100%; height: 300px; }
  #timeline { height: 260px; }
  #statements .statement { margin: 0 0 10px; padding: 8px; border-left: 4px solid #ccc; background: #f7f7f7; }
  #statements .kind { font-size: 11px; font-weight: 600; }
  #statements blockquote { margin: 4px 0; font-style: italic; color: #444; }
  #statements .source { font-size: 12px; color: #666; }
  #statements-list { max-height: 70vh; overflow-y: auto; }
  @media (min-width: 1100px) {
    main { grid-template-columns: repeat(3, minmax(0, 1fr)); }
    section.panel.two { grid-column: span 2; }
  }
  #statements-head { display: flex; flex-wrap: wrap; gap: 4px 12px; align-items: baseline; }
  .muted { color: #888; }
  @media (max-width: 600px) {
    header { position: static; padding: 8px 10px; }
    main { padding: 8px; gap: 8px; }
    #tiles { padding: 8px 8px 0; }
    .tile { min-width: 0; flex: 1 1 0; padding: 6px 8px; }
    .tile b { font-size: 18px; }
    .tile span { font-size: 10px; }
    .chart { height: 260px; }
    #timeline { height: 220px; }
    form#filters label.field { flex: 1 1 40%; }
  }
</style>
</head>
<body data-graphql="${graphql}">
<header>
  <h1>whosaid dashboard</h1><a href="/explore">explorer</a> · <a href="${graphql}">GraphQL</a><span id="status" aria-live="polite">loading…</span>
  <form id="filters" autocomplete="off">
    <label class="field">From<input type="date" id="f-from" name="from"></label>
    <label class="field">To<input type="date" id="f-to" name="to"></label>
    <label class="field">Outlet<input type="text" id="f-source" name="source" list="outlets" placeholder="all outlets"><datalist id="outlets"></datalist></label>
    <details class="multi" id="f-kinds"><summary>Kinds: all</summary><div class="options"></div></details>
    <details class="multi" id="f-types"><summary>Speaker types: all</summary><div class="options"></div></details>
    <label class="field">Per<select id="f-interval" name="interval"><option value="DAY">day</option><option value="WEEK">week</option><option value="MONTH">month</option></select></label>
    <button type="button" id="f-reset">Reset</button>
  </form>
</header>
<div id="tiles">
  <div class="tile"><b id="n-statements">–</b><span>statements</span></div>
  <div class="tile"><b id="n-speakers">–</b><span>top speaker's count</span></div>
  <div class="tile"><b id="n-kinds">–</b><span>kinds present</span></div>
</div>
<main>
  <section class="panel wide"><h2>Statements over time, by kind</h2><p class="hint">Drag across the chart to pick a date range; the filters follow.</p><div id="timeline" class="chart"></div></section>
  <section class="panel"><h2>Top speakers</h2><p class="hint">Click a bar for the statements behind it.</p><div id="speakers" class="chart"></div></section>
  <section class="panel"><h2>Most targeted</h2><p class="hint">Click a bar for the statements aimed at the actor.</p><div id="targeted" class="chart"></div></section>
  <section class="panel"><h2>Kinds of statement</h2><p class="hint">Click a bar to keep only that kind.</p><div id="kinds" class="chart"></div></section>
  <section class="panel"><h2>Most central actors (PageRank)</h2><p class="hint">Weighted by who speaks about whom.</p><div id="central" class="chart"></div></section>
  <section class="panel two" id="statements"><div id="statements-head"><h2>Statements</h2></div><div id="statements-list"><p class="muted">Click an actor's bar to list the statements behind its number, with their evidence.</p></div></section>
</main>
<script type="module" src="${base}/app.js"></script>
</body>
</html>
`;
}
