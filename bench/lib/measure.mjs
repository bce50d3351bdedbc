// Loads bench pages in headless Chromium, one fresh browser context (cold caches, own renderer
// process) per load, and reads what the page harness measured plus heap and CDP metrics.
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { PAINT_CONTENDERS } from './build.mjs';

export const METRICS = [
  { id: 'first', page: 'first', label: 'First render', throttle: 1 },
  { id: 'first4x', page: 'first', label: 'First render, 4x CPU throttling', throttle: 4 },
  { id: 'many', page: 'many', label: '50 charts on one page', throttle: 1, heap: true },
  { id: 'resize', page: 'resize', label: 'Resize re-render', throttle: 1 },
  // Issue 15: first-contentful-paint of the server-rendered chart beside the static SVG page (and
  // the client-rendered chart); only those contenders load it.
  { id: 'paint', page: 'paint', label: 'First paint', throttle: 1, only: PAINT_CONTENDERS },
];

/** The contenders a metric loads: its own list, else everyone but the server-rendered page. */
export const contendersOf = (m, contenders) => contenders.filter((c) => (m.only ? m.only.includes(c.id) : !c.ssr));

const LOAD_TIMEOUT_MS = 60_000;

export async function launch() {
  return chromium.launch({ executablePath: chromePath(), args: [...chromeArgs, '--enable-precise-memory-info'] });
}

/** One page load; returns the harness's result plus heap (after GC) and Chromium's counters. */
export async function loadOnce(browser, url, { throttle = 1, heap = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS });
    const result = await page.evaluate(
      (ms) =>
        Promise.race([window.bench, new Promise((r) => setTimeout(() => r({ error: 'no result from the page' }), ms))]),
      LOAD_TIMEOUT_MS,
    );
    // Counters first: the forced GC below would add to the main thread's time.
    const { metrics } = await cdp.send('Performance.getMetrics');
    result.cdp = Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    if (heap && !result.error) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      result.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    if (errors.length) result.errors = errors;
    return result;
  } finally {
    await context.close();
  }
}

/**
 * Round-robin: every run loads each metric's page once per contender, the contenders' order
 * rotating from run to run, so drift on the machine spreads over all of them. Run 0 warms up
 * and is not kept.
 */
export async function measureAll({ baseUrl, contenders, runs, metrics = METRICS, log = () => {} }) {
  const browser = await launch();
  const samples = {};
  for (const m of metrics) samples[m.id] = Object.fromEntries(contendersOf(m, contenders).map((c) => [c.id, []]));
  try {
    for (let run = 0; run <= runs; run++) {
      const started = Date.now();
      for (const m of metrics) {
        const list = contendersOf(m, contenders);
        const order = list.map((_, i) => list[(i + run) % list.length]);
        for (const c of order) {
          const r = await loadOnce(browser, `${baseUrl}/${c.id}-${m.page}.html`, m);
          if (r.error || r.errors) throw new Error(`bench: ${c.name}, ${m.label}: ${r.error ?? r.errors.join('; ')}`);
          if (run > 0) samples[m.id][c.id].push(r);
        }
      }
      log(
        `run ${run}/${runs}${run === 0 ? ' (warm-up, not kept)' : ''}: ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    return { samples, browserVersion: browser.version() };
  } finally {
    await browser.close();
  }
}
