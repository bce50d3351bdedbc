// Packs korus-charts (`npm pack`), installs the tarball into every example under examples/, builds
// them, and checks in Chromium that each page renders the three charts with the attributes and
// `data` rows it gives them. `npm run test:examples`; .ci/run runs it after `npm test`.
//   node scripts/test-examples.mjs [react vue ...]   only these examples
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from './chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Where each example's page is after its build (html/ needs none).
const EXAMPLES = { html: '.', react: 'dist', vue: 'dist', svelte: 'dist', angular: 'dist/browser' };
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
  if (name !== 'html') run('npm', ['run', 'build', '--silent'], dir);
  console.log(`examples/${name}: installed in ${installTime}${name === 'html' ? '' : `, built in ${seconds(t1)}`}`);
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
  const problems = await check(browser, name);
  if (problems.length) failures[name] = problems;
  console.log(
    `examples/${name}: ${problems.length ? `FAILED\n  ${problems.join('\n  ')}` : 'renders the three charts with their attributes and data'}`,
  );
}
await browser.close();
for (const [name, problems] of Object.entries(failures))
  if (problems[0].startsWith('install')) console.log(`examples/${name}: ${problems[0]}`);
const failed = Object.keys(failures).length;
console.log(`\nexamples: ${seconds(t0)}`);
console.log(`${names.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
