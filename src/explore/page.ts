// The explorer's HTML shell: layout, styles and the mount points the bundled client fills in.
// Everything it loads comes from whosaid itself (no CDN).

/** The page at GET /explore; `base` is the path the explorer is mounted under. */
export function explorerPage(base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>whosaid explorer</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: #222; display: grid; grid-template-columns: 1fr 420px; height: 100vh; }
  #graph { position: relative; height: 100vh; background: #fafafa; border-right: 1px solid #ddd; }
  #toolbar { position: absolute; top: 10px; left: 10px; z-index: 2; display: flex; gap: 6px; }
  #search { width: 260px; padding: 6px 8px; border: 1px solid #bbb; border-radius: 4px; }
  #legend { border-bottom: 1px solid #ddd; padding: 0 0 8px; margin-bottom: 12px; }
  #legend h3 { margin: 0 0 4px; font-size: 12px; text-transform: uppercase; color: #666; }
  #legend label, #legend span.type { display: inline-flex; align-items: center; gap: 4px; margin: 2px 8px 2px 0; font-size: 12px; }
  .swatch { display: inline-block; width: 14px; height: 4px; border-radius: 2px; }
  .dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; }
  aside { overflow-y: auto; height: 100vh; padding: 12px 16px; }
  aside h2 { margin: 0 0 4px; }
  aside h3 { margin: 16px 0 6px; border-bottom: 1px solid #eee; }
  .statement { margin: 0 0 10px; padding: 8px; border-left: 4px solid #ccc; background: #f7f7f7; }
  .statement .kind { font-size: 11px; font-weight: 600; }
  .statement blockquote { margin: 4px 0; font-style: italic; color: #444; }
  .statement .source { font-size: 12px; color: #666; }
  .muted { color: #888; }
</style>
</head>
<body>
<div id="graph">
  <div id="toolbar"><input id="search" type="search" placeholder="Find an actor…" list="actor-names" aria-label="Find an actor"><datalist id="actor-names"></datalist></div>
</div>
<aside>
  <div id="legend" aria-label="Legend"></div>
  <div id="details"><p class="muted">Click an actor to see what it said and what was said about it.</p></div>
</aside>
<script type="module" src="${base}/app.js"></script>
</body>
</html>
`;
}
