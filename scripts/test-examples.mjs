// Packs korus-charts (`npm pack`), installs the tarball into every example under examples/, builds
// them, and checks in Chromium that each page renders the three charts with the attributes and
// `data` rows it gives them. The server-rendering examples (astro, eleventy, node-http) are checked
// twice: the HTML as served, fetched with no browser, must hold each chart as Declarative Shadow DOM,
// and in Chromium the script must hydrate that markup (same SVG node) into a live chart.
// `npm run test:examples`; .ci/run runs it after `npm test`.
//   node scripts/test-examples.mjs [react vue ...]   only these examples
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Where each example's page is after its build (html/ needs none).
const EXAMPLES = {
  html: '.',
  react: 'dist',
  vue: 'dist',
  svelte: 'dist',
  angular: 'dist/browser',
  astro: 'dist',
  eleventy: 'dist',
  'node-http': '.',
};
// The server-rendering examples: the page to load (node-http's is its own server's, per request)
// and the charts it must carry before any script runs, each with its title as the server wrote it.
const SSR = {
  astro: {
    path: '/',
    charts: [
      { tag: 'korus-goods-balance', title: '미국의 대한국 상품 교역, 2007~2025년' },
      { tag: 'korus-export-promise', title: 'U.S. goods exports to South Korea and the KORUS promise, 2011–2025' },
    ],
  },
  eleventy: {
    path: '/',
    charts: [
      { tag: 'korus-goods-balance', title: '미국의 대한국 상품 교역, 2007~2025년' },
      { tag: 'korus-before-after', title: 'U.S. goods trade with South Korea, 2012 and 2017' },
    ],
  },
  'node-http': {
    path: '/?chart=goods-balance&lang=ko&from=2010',
    server: ['node', 'server.mjs'],
    charts: [{ tag: 'korus-goods-balance', title: '미국의 대한국 상품 교역, 2010~2025년' }],
  },
};
const only = process.argv.slice(2);
const names = only.length ? only : Object.keys(EXAMPLES);

const env = {
  ...process.env,
  CI: 'true',
  NG_CLI_ANALYTICS: 'false',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
};
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

function pack() {
  if (!existsSync(join(root, 'dist/sri.json'))) run('npm', ['run', 'build'], root);
  mkdirSync(join(root, '.pack'), { recursive: true });
  const [{ filename }] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', '.pack'], root),
  );
  copyFileSync(join(root, '.pack', filename), join(root, '.pack/korus-charts.tgz'));
  rmSync(join(root, '.pack', filename));
  return run('tar', ['-xzOf', '.pack/korus-charts.tgz', 'package/dist/sri.json'], root);
}

function installAndBuild(name, packedSri) {
  const dir = join(root, 'examples', name);
  const t0 = performance.now();
  // npm keeps a file: dependency whose lock entry matches, even when the tarball changed.
  rmSync(join(dir, 'node_modules/korus-charts'), { recursive: true, force: true });
  rmSync(join(dir, 'package-lock.json'), { force: true });
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], dir);
  // The example must run the tarball just packed, not one an earlier install left behind.
  const installed = readFileSync(join(dir, 'node_modules/korus-charts/dist/sri.json'), 'utf8');
  if (installed !== packedSri) throw new Error(`${name}: installed korus-charts is not the tarball just packed`);
  const installTime = seconds(t0);
  const t1 = performance.now();
  const build = Boolean(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts?.build);
  if (build) run('npm', ['run', 'build', '--silent'], dir);
  console.log(`examples/${name}: installed in ${installTime}${build ? `, built in ${seconds(t1)}` : ''}`);
}

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) file = join(dir, 'index.html'); // single-page apps
    res.writeHead(200, { 'content-type': `${TYPES[extname(file)] ?? 'application/octet-stream'}; charset=utf-8` });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What every example page must show; runs in the page. */
function inspect() {
  const chart = (id) => document.getElementById(id);
  const tableText = (el) => el?.shadowRoot?.querySelector('table')?.textContent ?? '';
  const drawn = (el) => (el?.shadowRoot?.querySelectorAll('svg *').length ?? 0) > 10;
  const alert = (el) => el?.shadowRoot?.querySelector('[role="alert"]')?.textContent?.trim() ?? '';
  const balance = chart('balance');
  const promise = chart('promise');
  const beforeAfter = chart('before-after');
  return {
    'goods-balance draws': drawn(balance),
    'goods-balance from=2007': balance?.shadowRoot?.querySelector('tbody tr')?.getAttribute('data-key') === '2007',
    'goods-balance lang=ko (Korean title)': /[\uac00-\ud7a3]/.test(
      balance?.shadowRoot?.querySelector('[part="title"]')?.textContent ?? '',
    ),
    'export-promise draws': drawn(promise),
    'export-promise promise=12': promise?.promise === 12,
    'export-promise theme=dark': promise?.getAttribute('theme') === 'dark',
    'before-after draws': drawn(beforeAfter),
    'before-after before=2012 after=2017': beforeAfter?.beforeYear === 2012 && beforeAfter?.afterYear === 2017,
    'before-after shows the data rows': beforeAfter?.data?.length === 2 && tableText(beforeAfter).includes('60.5'),
    'no chart shows an error': [balance, promise, beforeAfter].map(alert).filter(Boolean).join(' | ') || true,
    ...(chart('wrapped')
      ? { 'korus-charts/react wrapper draws from=2016': drawn(chart('wrapped')) && chart('wrapped').from === 2016 }
      : {}),
  };
}

async function check(browser, name) {
  const server = await serve(join(root, 'examples', name, EXAMPLES[name]));
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    let result = {};
    for (let i = 0; i < 50; i++) {
      result = await page.evaluate(inspect);
      if (Object.values(result).every((v) => v === true)) break;
      await page.waitForTimeout(200);
    }
    for (const [what, ok] of Object.entries(result)) if (ok !== true) problems.push(`${what}: ${ok}`);
    if (!Object.keys(result).length) problems.push('no charts on the page');
  } finally {
    await page.close();
    server.close();
  }
  return problems;
}

/** Starts an example's own server (`PORT=0`); resolves with its origin, read from its first line of output. */
function start(name, [cmd, ...args]) {
  const child = spawn(cmd, args, {
    cwd: join(root, 'examples', name),
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name}: the server printed no address in 20 s`)), 20_000);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const origin = out.match(/http:\/\/[\w.:[\]]+/)?.[0];
      if (!origin) return;
      clearTimeout(timer);
      resolve({ origin, close: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`${name}: the server exited (${code}) before it listened`)));
  });
}

/** What the HTML as served must hold for each chart, before any script: the problems found. */
function serverRendered(html, charts) {
  const problems = [];
  for (const { tag, title } of charts) {
    const at = html.indexOf(`<${tag}`);
    const end = html.indexOf(`</${tag}>`, at);
    if (at < 0 || end < 0) {
      problems.push(`served HTML: no <${tag}>…</${tag}>`);
      continue;
    }
    const el = html.slice(at, end).replace(/<!--[\s\S]*?-->/g, '');
    const svg = el.slice(el.indexOf('<svg'), el.indexOf('</svg>'));
    const marks = svg.match(/<(path|rect|line|circle)\b/g)?.length ?? 0;
    const written = el.match(/<p class="title"[^>]*>([^<]*)<\/p>/)?.[1].trim();
    if (!/^<[^>]*>\s*<template\b[^>]*\bshadowrootmode="open"/.test(el))
      problems.push(`served HTML: <${tag}> does not open with <template shadowrootmode="open">`);
    else if (!el.includes('<svg')) problems.push(`served HTML: <${tag}> has no <svg`);
    else if (marks <= 10) problems.push(`served HTML: <${tag}>'s SVG has ${marks} marks`);
    if (written !== title) problems.push(`served HTML: <${tag}>'s title is ${JSON.stringify(written)}, not "${title}"`);
  }
  return problems;
}

// Runs in the page as a classic script at the end of <body>: after the parser attached every
// declarative shadow root, before any module script (deferred, as every example's bundle is).
// It tags each server-rendered SVG node so the check can tell hydrated from redrawn.
const BEFORE_SCRIPTS = `<script>
window.__before = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('korus-')).map((el) => {
  const svg = el.shadowRoot && el.shadowRoot.querySelector('svg');
  if (svg) svg.__fromServer = true;
  return { tag: el.localName, defined: Boolean(customElements.get(el.localName)), svg: Boolean(svg) };
});
window.__shift = 0;
new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __shift += e.value; }))
  .observe({ type: 'layout-shift', buffered: true });
</script>`;

/** After the script: each chart hydrated (same SVG node), live (Show data opens the table). Runs in the page. */
async function hydrated(tags) {
  const els = [...document.querySelectorAll(tags.join(','))];
  for (let i = 0; i < 100 && !els.every((el) => customElements.get(el.localName) && el.hasUpdated); i++)
    await new Promise((r) => setTimeout(r, 100));
  await Promise.all(els.map((el) => el.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const result = {
    'each chart was server-rendered, its tag not yet defined, before any script':
      window.__before.length === tags.length && window.__before.every((b) => b.svg && !b.defined)
        ? true
        : JSON.stringify(window.__before),
  };
  for (const el of els) {
    const root = el.shadowRoot;
    result[`${el.localName} upgraded`] = Boolean(customElements.get(el.localName) && el.hasUpdated);
    result[`${el.localName}'s SVG is the server's node (hydrated, not replaced)`] =
      root?.querySelector('svg')?.__fromServer === true;
    result[`${el.localName} shows no error`] = root?.querySelector('[role="alert"]')?.textContent?.trim() || true;
  }
  const [first] = els;
  const button = first?.shadowRoot?.querySelector('button[aria-expanded]');
  button?.click();
  await first?.updateComplete;
  const table = first?.shadowRoot?.querySelector('table');
  result[`${first?.localName}: Show data opens the table`] =
    button?.getAttribute('aria-expanded') === 'true' && (table?.getBoundingClientRect().height ?? 0) > 100;
  result['no layout shift from load to live'] = window.__shift === 0 || `${window.__shift}`;
  return result;
}

async function checkServerRendered(browser, name) {
  const { path, server: command, charts } = SSR[name];
  const server = command
    ? await start(name, command)
    : await serve(join(root, 'examples', name, EXAMPLES[name])).then((s) => ({
        origin: `http://127.0.0.1:${s.address().port}`,
        close: () => s.close(),
      }));
  const problems = [];
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  try {
    // 1. The page as served, by a plain GET: no browser, no script.
    const response = await fetch(`${server.origin}${path}`);
    const html = await response.text();
    if (!response.ok) problems.push(`GET ${path}: HTTP ${response.status}`);
    problems.push(...serverRendered(html, charts));
    // 2. The same page in Chromium, the tagging script added after the served markup.
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const served = await route.fetch();
      const body = (await served.text()).replace(/<\/body>/i, `${BEFORE_SCRIPTS}</body>`);
      await route.fulfill({ response: served, body });
    });
    await page.goto(`${server.origin}${path}`);
    const result = await page.evaluate(
      hydrated,
      charts.map((c) => c.tag),
    );
    for (const [what, ok] of Object.entries(result)) if (ok !== true) problems.push(`${what}: ${ok}`);
  } finally {
    await page.close();
    server.close();
  }
  return problems;
}

const t0 = performance.now();
const packedSri = pack();
const failures = {};
for (const name of names) {
  try {
    installAndBuild(name, packedSri);
  } catch (e) {
    failures[name] = [`install/build failed: ${e.message.split('\n')[0]}`];
  }
}
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
for (const name of names.filter((n) => !failures[n])) {
  const problems = await (SSR[name] ? checkServerRendered(browser, name) : check(browser, name)).catch((e) => [
    `check failed: ${e.message.split('\n')[0]}`,
  ]);
  if (problems.length) failures[name] = problems;
  const passed = SSR[name]
    ? 'served with each chart in Declarative Shadow DOM, hydrated in place, live'
    : 'renders the three charts with their attributes and data';
  console.log(`examples/${name}: ${problems.length ? `FAILED\n  ${problems.join('\n  ')}` : passed}`);
}
await browser.close();
for (const [name, problems] of Object.entries(failures))
  if (problems[0].startsWith('install')) console.log(`examples/${name}: ${problems[0]}`);
const failed = Object.keys(failures).length;
console.log(`\nexamples: ${seconds(t0)}`);
console.log(`${names.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
