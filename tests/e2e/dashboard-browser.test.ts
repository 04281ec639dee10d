// The dashboard page in a real headless Chromium over the seed article plus a dozen synthetic
// ones in the real test Neo4j: every chart draws from whosaid's own assets, a kind filter and a
// shared URL change the numbers as the API counts them, dragging across the timeline sets the
// dates, clicking a speaker lists the statements behind the bar (with the explorer link that
// centres on the actor), a new ingest is picked up by the version poll, and the page fits a phone.
// The server has an API token, which the page (reads only) does not need.
// Screenshots go to a fresh tmp dir (path printed) and, when WHOSAID_SCREENSHOT is set, there too.

import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromRecord } from '../../loaders/index.js';
import { synthCorpus } from '../../src/synth/index.js';
import { type SeedServer, startSeedServer } from '../api/analytics-seed.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader',
];
const CHARTS = ['timeline', 'speakers', 'targeted', 'kinds', 'central'] as const;

let seed: SeedServer;
let browser: BrowserContext;
let page: Page;
let profile: string;
let shots: string;
const pageErrors: string[] = [];
const offsite: string[] = [];

const articles = [...synthCorpus(14, 5)].map((a) => articleFromRecord(a, a.id));
// The last one is held back and ingested while the page is open.
const late = articles.pop()!;

type Win = { whosaidDashboard: { charts: Record<string, { getOption(): any; convertToPixel(finder: unknown, value: unknown): any; getDom(): HTMLElement; dispatchAction(a: unknown): void }> } };

beforeAll(async () => {
  // With an API token set, as on a shared server: the page only reads, and reads need no token.
  seed = await startSeedServer(articles, { apiToken: 'dashboard-test-token' });
  profile = mkdtempSync(path.join(tmpdir(), 'whosaid-chromium-'));
  shots = mkdtempSync(path.join(tmpdir(), 'whosaid-dashboard-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, headless: true, viewport: { width: 1366, height: 768 } });
  page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith(seed.base)) offsite.push(r.url());
  });
  await open('');
});

afterAll(async () => {
  await browser?.close();
  await seed?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Loads /dashboard?query and waits until the first answer is drawn. */
async function open(query: string): Promise<void> {
  await page.goto(`${seed.base}/dashboard${query ? `?${query}` : ''}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}

const shown = async (id: string): Promise<number> => Number((await page.textContent(`#${id}`))!.replace(/,/g, ''));

/** Waits for the next completed load after `before` loads. */
async function nextLoad(before: number, timeout = 20_000): Promise<void> {
  await page.waitForFunction((n) => Number(document.body.dataset.loads) > n, before, { timeout });
}
const loadsSoFar = async (): Promise<number> => Number(await page.getAttribute('body', 'data-loads'));

async function apiTotal(where: Record<string, unknown> | null): Promise<number> {
  const r = await seed.graphql<{ analytics: { kindBreakdown: Array<{ count: number }> } }>('query($w: AnalyticsWhere) { analytics(where: $w) { kindBreakdown { count } } }', { w: where });
  expect(r.errors).toBeUndefined();
  return r.data!.analytics.kindBreakdown.reduce((n, k) => n + k.count, 0);
}

async function screenshot(name: string): Promise<void> {
  const file = path.join(shots, name);
  await page.screenshot({ path: file });
  process.stderr.write(`[dashboard-browser] screenshot ${file}\n`);
  if (process.env.WHOSAID_SCREENSHOT && name === 'dashboard.png') {
    mkdirSync(path.dirname(path.resolve(process.env.WHOSAID_SCREENSHOT)), { recursive: true });
    await page.screenshot({ path: process.env.WHOSAID_SCREENSHOT });
  }
}

describe('the dashboard page', () => {
  it('draws every chart from the scoped analytics, all assets from whosaid itself', async () => {
    expect(pageErrors).toEqual([]);
    expect(offsite).toEqual([]);
    expect(seed.deps.config.apiToken).toBe('dashboard-test-token');
    expect(await shown('n-statements')).toBe(await apiTotal(null));
    const drawn = await page.evaluate((ids) => {
      const { charts } = (window as unknown as Win).whosaidDashboard;
      return ids.map((id) => {
        const option = charts[id].getOption();
        const points = (option.series as Array<{ data: unknown[] }>).reduce((n, s) => n + s.data.length, 0);
        // The canvas really has ink on it, not just a blank element.
        const canvas = charts[id].getDom().querySelector('canvas')!;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) ink++;
        return { id, series: option.series.length, points, ink };
      });
    }, [...CHARTS]);
    for (const c of drawn) {
      expect(c.points, c.id).toBeGreaterThan(0);
      expect(c.ink, c.id).toBeGreaterThan(500);
    }
    // The timeline is stacked: one series per kind present.
    expect(drawn.find((c) => c.id === 'timeline')!.series).toBeGreaterThan(1);
  });

  it('narrows the numbers to a kind ticked in the filter, keeps it in the URL, and restores it from the URL', async () => {
    const total = await shown('n-statements');
    const kinds = await seed.graphql<{ analytics: { kindBreakdown: Array<{ kind: string; count: number }> } }>('{ analytics { kindBreakdown { kind count } } }');
    const pick = kinds.data!.analytics.kindBreakdown.filter((k) => k.count > 0 && k.count < total).sort((a, b) => b.count - a.count)[0];
    expect(pick).toBeDefined();
    const before = await loadsSoFar();
    await page.click('#f-kinds summary');
    await page.check(`#f-kinds input[data-value="${pick.kind}"]`);
    await nextLoad(before);
    expect(await shown('n-statements')).toBe(pick.count);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe(pick.kind);
    const shared = page.url();

    await open('');
    expect(await shown('n-statements')).toBe(total);
    await page.goto(shared);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    expect(await shown('n-statements')).toBe(pick.count);
    expect(await page.isChecked(`#f-kinds input[data-value="${pick.kind}"]`)).toBe(true);

    // An outlet and a date range in the URL count what the API counts for the same scope.
    const where = { source: 'Morning Courier', from: '2021-01-01', to: '2024-12-31' };
    await open(new URLSearchParams(where).toString());
    expect(await shown('n-statements')).toBe(await apiTotal(where));
    expect(await page.inputValue('#f-source')).toBe('Morning Courier');
    expect(await page.inputValue('#f-from')).toBe('2021-01-01');
  });

  it('sets the date range from a drag across the timeline', async () => {
    await open('');
    const buckets = await page.evaluate(() => (window as unknown as Win).whosaidDashboard.charts.timeline.getOption().xAxis[0].data as string[]);
    expect(buckets.length).toBeGreaterThan(2);
    const [x0, x1, y] = await page.evaluate((last) => {
      const c = (window as unknown as Win).whosaidDashboard.charts.timeline;
      const a = c.convertToPixel({ xAxisIndex: 0 }, 0) as number;
      const b = c.convertToPixel({ xAxisIndex: 0 }, last) as number;
      const yy = c.convertToPixel({ yAxisIndex: 0 }, 0) as number;
      const box = c.getDom().getBoundingClientRect();
      return [box.left + a, box.left + b, box.top + yy - 20];
    }, 1);
    const before = await loadsSoFar();
    await page.mouse.move(x0, y);
    await page.mouse.down();
    await page.mouse.move((x0 + x1) / 2, y, { steps: 4 });
    await page.mouse.move(x1, y, { steps: 4 });
    await page.mouse.up();
    await nextLoad(before);
    const params = new URL(page.url()).searchParams;
    expect(params.get('from')).toBe(buckets[0]);
    expect(params.get('to')! >= buckets[1]).toBe(true);
    expect(await shown('n-statements')).toBe(await apiTotal({ from: params.get('from'), to: params.get('to') }));
    // The brush drawn back after the redraw covers the picked buckets; clearing it drops the dates.
    const area = await page.evaluate(() => ((window as unknown as Win).whosaidDashboard.charts.timeline as any).getModel().getComponent('brush').areas.map((a: { coordRange: number[] }) => ({ coordRange: a.coordRange })));
    expect(area[0].coordRange).toEqual([0, 1]);
    const cleared = await loadsSoFar();
    await page.evaluate(() => (window as unknown as Win).whosaidDashboard.charts.timeline.dispatchAction({ type: 'brush', command: 'clear', areas: [] }));
    await nextLoad(cleared);
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    expect(await shown('n-statements')).toBe(await apiTotal(null));
  });

  it('lists the statements behind a speaker bar, with evidence, article and an explorer link that centres on the actor', async () => {
    await open('');
    const first = await page.evaluate(() => {
      const c = (window as unknown as Win).whosaidDashboard.charts.speakers;
      const value = c.getOption().series[0].data[0].value as number;
      const [x, yy] = c.convertToPixel({ seriesIndex: 0 }, [value / 2, 0]) as [number, number];
      const box = c.getDom().getBoundingClientRect();
      return { x: box.left + x, y: box.top + yy, value };
    });
    await page.mouse.click(first.x, first.y);
    await page.waitForSelector('#statements-count', { timeout: 20_000 });
    const items = page.locator('#statements-list .statement');
    expect(await items.count()).toBe(Math.min(first.value, 50));
    expect((await items.first().locator('blockquote').textContent())!.length).toBeGreaterThan(10);
    expect((await items.first().locator('.source a, .source span').first().textContent())!.length).toBeGreaterThan(5);
    expect(await page.textContent('#statements-count')).toContain(`of ${first.value} statement`);
    await screenshot('dashboard.png');

    const link = (await page.getAttribute('#explore-link', 'href'))!;
    const heading = (await page.textContent('#statements-head h2'))!.replace(/^Said by /, '');
    expect(link).toMatch(/^\/explore\?actor=/);
    await page.goto(`${seed.base}${link}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    await page.waitForFunction((name) => document.querySelector('#details h2')?.textContent === name, heading, { timeout: 20_000 });
    expect(await page.locator('#said .statement').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });

  it('redraws when the graph version changes (a new ingest)', async () => {
    await open('');
    const version = Number((await page.textContent('#status'))!.match(/version (\d+)/)![1]);
    const total = await shown('n-statements');
    const before = await loadsSoFar();
    const r = await seed.deps.services.pipeline.ingestArticle(late);
    expect(r.kind).toBe('stored');
    await nextLoad(before, 30_000);
    expect(Number((await page.textContent('#status'))!.match(/version (\d+)/)![1])).toBeGreaterThan(version);
    expect(await shown('n-statements')).toBe(await apiTotal(null));
    expect(await shown('n-statements')).toBeGreaterThan(total);
  });

  it('fits a 390 px phone: one column, charts resized, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('');
    await page.waitForFunction(() => {
      const c = (window as unknown as Win).whosaidDashboard.charts.speakers.getDom();
      return c.querySelector('canvas')!.getBoundingClientRect().width <= 390 - 16;
    }, undefined, { timeout: 10_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const lefts = await page.locator('section.panel').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    expect(new Set(lefts).size).toBe(1);
    await screenshot('dashboard-phone.png');
    expect(offsite).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
