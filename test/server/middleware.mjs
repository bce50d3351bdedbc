// Test-only endpoints for the browser tests (web-test-runner's dev server, loopback only):
// slow, never-ending, aborted and strict-CSP responses that a static file cannot give.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';

const aborted = new Map(); // id -> true once the client closed a held request
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

const released = new Map(); // id -> { done, resolve } for responses held until the test says so
function gate(id) {
  if (!released.has(id)) {
    let resolve;
    const done = new Promise((r) => (resolve = r));
    released.set(id, { done, resolve });
  }
  return released.get(id);
}
const held = (id) => Promise.race([gate(id).done, new Promise((r) => setTimeout(r, 30_000))]);
const release = (id) => gate(id).resolve();

export async function testApi(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) {
    await next();
    // Pages under test/csp/ are served the strict policy a locked-down CMS would send.
    if (url.pathname.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
    return;
  }
  const q = url.searchParams;
  // /test-api/dist/<mode>/<file>: the built bundles served from another folder, to see what they
  // load beside themselves. "alone": only the korus-*.js bundles, so their lazily loaded files
  // (ko.js, data-reader.js, download.js) are missing; "no-download": every file but download.js;
  // "no-monthly": every file but monthly.js;
  // "held-<id>": every file, those held back until the test fetches /test-api/release?id=<id>
  // (bounded at 30 s); "report": every file, and embed.html with test/browser/fixtures/embed-report.js
  // added, which tells the parent what a sandboxed embed shows.
  if (url.pathname === '/test-api/dist/report/embed.html') {
    ctx.type = 'text/html';
    ctx.body = readFileSync(new URL('../../dist/embed.html', import.meta.url), 'utf8').replace(
      '</head>',
      '<script defer src="/test/browser/fixtures/embed-report.js"></script></head>',
    );
    return;
  }
  const dist = url.pathname.match(/^\/test-api\/dist\/(alone|no-download|no-monthly|report|held-\w+)\/([\w.-]+\.js)$/);
  if (dist) {
    const [, mode, file] = dist;
    const bundle = file.startsWith('korus-');
    if (
      (mode === 'alone' && !bundle) ||
      (mode === 'no-download' && file === 'download.js') ||
      (mode === 'no-monthly' && file === 'monthly.js')
    ) {
      ctx.status = 404;
      return;
    }
    if (mode.startsWith('held-') && !bundle) await held(mode.slice(5));
    ctx.type = 'text/javascript';
    ctx.body = readFileSync(new URL(`../../dist/${file}`, import.meta.url));
    return;
  }
  switch (url.pathname) {
    case '/test-api/slow': {
      // CSV rows for `years` after `ms` milliseconds.
      await new Promise((r) => setTimeout(r, Number(q.get('ms') ?? 0)));
      const years = (q.get('years') ?? '2011').split(',');
      ctx.type = 'text/csv';
      ctx.body = `year,exports,imports\n${years.map((y) => `${y},${q.get('exports') ?? 1000},${q.get('imports') ?? 2000}`).join('\n')}\n`;
      return;
    }
    case '/test-api/hold': {
      // Sends headers, then never finishes (bounded at 30 s); records a client abort.
      const id = q.get('id') ?? '';
      aborted.set(id, false);
      const body = new PassThrough();
      const end = setTimeout(() => body.end(), 30_000);
      ctx.req.on('close', () => {
        clearTimeout(end);
        if (!ctx.res.writableEnded) aborted.set(id, true);
        body.end();
      });
      ctx.type = 'text/csv';
      ctx.body = body;
      body.write('year,exports,imports\n');
      return;
    }
    case '/test-api/poster':
      // A third-party page that posts the embed's height message to its parent, asking for 4000 px.
      ctx.type = 'text/html';
      ctx.body =
        '<!doctype html><script>setInterval(() => parent.postMessage({ type: "korus-charts:height", height: 4000 }, "*"), 50)</script>';
      return;
    case '/test-api/elsewhere/embed.html':
      // An embed URL that redirects to the same page on another origin (127.0.0.1 for localhost).
      ctx.redirect(`http://127.0.0.1:${ctx.host.split(':')[1] ?? 80}/dist/embed.html${url.search}`);
    case '/test-api/endless': {
      // CSV rows without end (bounded at 200 MB or 30 s); records a client abort as /test-api/hold does.
      const id = q.get('id') ?? '';
      aborted.set(id, false);
      const body = new PassThrough();
      const chunk = Buffer.from('2011,1000,2000\n'.repeat(4096));
      let sent = 0;
      let closed = false;
      const stop = setTimeout(() => (closed = true), 30_000);
      const pump = () => {
        while (!closed && sent < 200e6) {
          sent += chunk.length;
          if (!body.write(chunk)) return void body.once('drain', pump);
        }
        clearTimeout(stop);
        body.end();
      };
      ctx.req.on('close', () => {
        closed = true;
        if (!ctx.res.writableEnded) aborted.set(id, true);
        body.end();
      });
      ctx.type = 'text/csv';
      ctx.body = body;
      body.write('year,exports,imports\n');
      setImmediate(pump);
      return;
    }
    case '/test-api/echo':
      // The body the test wrote in the query, with the content type it names (the fuzz test's files).
      ctx.type = q.get('type') || 'text/plain';
      ctx.body = q.get('body') ?? '';
      return;
    case '/test-api/release':
      release(q.get('id') ?? '');
      ctx.body = 'released';
      return;
    case '/test-api/aborted':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ aborted: aborted.get(q.get('id') ?? '') ?? null });
      return;
    case '/test-api/ssr-page': {
      // A page as a server framework sends it: charts from `korus-charts render --format html`
      // (Lit SSR, run in a child process so its DOM shim stays out of this server), each in a box
      // `box` px wide, rendered at `width`; with script=1 the hydrating bundle after them. It
      // records console errors, layout shifts from the start, and each chart's SVG before any
      // script could touch it.
      const width = q.get('width') ?? '640';
      const charts = (q.get('charts') ?? 'goods-balance:en').split(',').map((c) => {
        // name:lang:theme:attr=value~attr=value (the last two optional)
        const [name, lang, theme, attrs] = c.split(':');
        const args = ['render', name, '--format', 'html', '--width', width, '--lang', lang || 'en'];
        if (theme) args.push('--theme', theme);
        for (const pair of attrs ? attrs.split('~') : []) args.push(`--${pair.split('=')[0]}`, pair.split('=')[1]);
        const cli = new URL('../../bin/korus-charts.mjs', import.meta.url).pathname;
        return execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      });
      const box = q.get('box') ?? width;
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
window.__errors = [];
const ce = console.error;
console.error = (...a) => { __errors.push(a.map(String).join(' ')); ce.apply(console, a); };
addEventListener('error', (e) => __errors.push(String(e.message)));
addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
window.__shift = undefined;
if (PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
  window.__shift = 0;
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) __shift += e.value; })).observe({ type: 'layout-shift', buffered: true });
}
</script></head><body style="margin:0">
${charts.map((c) => `<div style="width:${box}px">${c}</div>`).join('\n')}
<p id="after">Text after the charts.</p>
<script>window.__svgs = [...document.querySelectorAll('body > div > *')].map((el) => el.shadowRoot && el.shadowRoot.querySelector('svg'));</script>
${q.get('script') === '1' ? '<script type="module" src="/dist/korus-charts-hydrate.js"></script>' : ''}
</body></html>`;
      return;
    }
    case '/test-api/html':
      ctx.status = 200;
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><html><body><h1>Page not found</h1></body></html>';
      return;
    case '/test-api/text': {
      ctx.type = q.get('type') ?? 'text/csv';
      ctx.body = readFileSync(new URL(`../fixtures/${q.get('file')}`, import.meta.url));
      return;
    }
    default:
      ctx.status = 404;
  }
}
