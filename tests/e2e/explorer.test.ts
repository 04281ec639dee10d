// The explorer page in a real headless Chromium over the seed graph: the network draws, the
// legend and search work, and clicking Joe Biden lists his statements with their evidence.
// The fresh profile directory is handed to Chromium as its --user-data-dir by playwright.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeedServer, startSeedServer } from '../api/analytics-seed.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader',
];

let seed: SeedServer;
let browser: BrowserContext;
let page: Page;
let profile: string;
const pageErrors: string[] = [];
const offsite: string[] = [];

beforeAll(async () => {
  seed = await startSeedServer();
  profile = mkdtempSync(path.join(tmpdir(), 'whosaid-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1400, height: 900 } });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(seed.base)) offsite.push(r.url());
  });
  await page.goto(`${seed.base}/explore`);
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Clicks an actor's node where sigma draws it, through the real mouse. */
async function clickActor(name: string): Promise<void> {
  const point = await page.evaluate((label) => {
    const { renderer, graph } = (window as unknown as { whosaidExplorer: { renderer: any; graph: any } }).whosaidExplorer;
    const node = graph.findNode((_: string, a: { label: string }) => a.label === label);
    const display = renderer.getNodeDisplayData(node);
    const p = renderer.framedGraphToViewport({ x: display.x, y: display.y });
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, name);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

describe('the explorer page', () => {
  it('draws the seed network with a legend, all assets from whosaid itself', async () => {
    expect(await page.getAttribute('body', 'data-ready')).toBe('true');
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
    const order = await page.evaluate(() => (window as unknown as { whosaidExplorer: { graph: { order: number } } }).whosaidExplorer.graph.order);
    expect(order).toBeGreaterThan(5);
    expect(await page.locator('#legend input[data-kind="ACCUSATION"]').count()).toBe(1);
    expect(await page.locator('canvas').count()).toBeGreaterThan(0);
  });

  it('lists what Joe Biden said, with evidence and article, when his node is clicked', async () => {
    await clickActor('Joe Biden');
    await page.waitForSelector('#details h2', { timeout: 10_000 });
    expect(await page.textContent('#details h2')).toBe('Joe Biden');
    const said = page.locator('#said .statement');
    expect(await said.count()).toBeGreaterThanOrEqual(4);
    const first = said.first();
    expect((await first.locator('blockquote').textContent())!.length).toBeGreaterThan(20);
    expect(await first.locator('.source').textContent()).toContain('Ukraine: The White House');
    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'explorer.png') });
  });

  it('hides a kind from the graph and the list when its legend box is unticked', async () => {
    const listed = await page.locator('#said .statement').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind!));
    const inLegend = await page.locator('#legend input[data-kind]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind!));
    const kind = listed.find((k) => inLegend.includes(k))!;
    expect(kind).toBeDefined();
    const before = listed.filter((k) => k === kind).length;
    const box = page.locator(`#legend input[data-kind="${kind}"]`);
    const edgesOfKind = (hidden: boolean) => page.evaluate(([k, h]) => {
      const { renderer, graph } = (window as unknown as { whosaidExplorer: { renderer: any; graph: any } }).whosaidExplorer;
      const edges: string[] = graph.filterEdges((_: string, a: { kind: string }) => a.kind === k);
      return edges.length > 0 && edges.every((e) => renderer.getEdgeState(e).isHidden === h);
    }, [kind, hidden] as const);
    expect(await edgesOfKind(false)).toBe(true);
    await box.uncheck();
    expect(await page.locator(`#said .statement[data-kind="${kind}"]`).count()).toBe(0);
    expect(await edgesOfKind(true)).toBe(true);
    await box.check();
    expect(await page.locator(`#said .statement[data-kind="${kind}"]`).count()).toBe(before);
    expect(await edgesOfKind(false)).toBe(true);
  });

  it('finds an actor by name through the search box', async () => {
    await page.fill('#search', 'russia');
    await page.press('#search', 'Enter');
    await page.waitForFunction(() => document.querySelector('#details h2')?.textContent === 'Russia', undefined, { timeout: 10_000 });
    expect(await page.locator('#about .statement').count()).toBeGreaterThan(0);
  });

  it('answers 404 with a code for an actor that is not stored', async () => {
    const res = await fetch(`${seed.base}/explore/actor/no-such-actor`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
