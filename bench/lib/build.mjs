// Builds every contender's page: peer bundles (esbuild, minified, tree-shaken ES modules), our
// bundle copied from dist/, the static SVG, and three pages each (one chart, 50 charts, resize).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { korus as korusAdapter, staticSvg as staticAdapter } from '../page/adapters.js';

export const FROM = 2011;
export const TO = 2025;
export const MANY = 50;
export const MODES = ['first', 'many', 'resize'];

/** The contenders, in report order. `bundle`: the JavaScript whose size is reported. */
export const CONTENDERS = [
  { id: 'korus', name: 'korus-charts', ours: true },
  { id: 'chartjs', name: 'Chart.js', pkg: 'chart.js' },
  { id: 'plot', name: 'Observable Plot', pkg: '@observablehq/plot' },
  { id: 'echarts', name: 'ECharts (SVG)', pkg: 'echarts' },
  { id: 'static', name: 'static SVG' },
];

/**
 * Ours server-rendered (issue 15): the page holds what `korus-charts render goods-balance --format
 * html` prints (renderChart() from dist/lib/ssr) and loads dist/korus-charts-hydrate.js as the
 * README tells such a page to: after the first paint, since the chart is already on screen (see
 * HYDRATE). The second page loads it as a plain module script, to show what that costs: the
 * bundle's evaluation (about 70 ms) often runs before Chromium's first frame and holds it back.
 * Measured for first paint only (the `paint` metric).
 */
export const SSR = [
  { id: 'korus-ssr', name: 'korus-charts, server-rendered', ours: true, ssr: 'after-paint' },
  { id: 'korus-ssr-module', name: 'korus-charts, server-rendered, plain module script', ours: true, ssr: 'module' },
];
/** The README's snippet: import the hydrating bundle once the first frame has painted. */
export const HYDRATE = (src) =>
  `<script type="module">requestAnimationFrame(() => setTimeout(() => import('./${src}')));</script>`;
/** Who the `paint` metric loads: the server-rendered pages, the client-rendered one, the static floor. */
export const PAINT_CONTENDERS = ['korus-ssr', 'korus-ssr-module', 'korus', 'static'];
/** The plot box the bench page gives our chart (720 px wide, --korus-plot-height: 400px), for the server's layout. */
const SSR_SIZE = { width: 720, height: 400 };

const gzip = (buf) => gzipSync(buf).length; // zlib's default level (6), as a server would send it

function readRows(repo) {
  const [head, ...lines] = readFileSync(join(repo, 'data/korus-annual.csv'), 'utf8').trim().split(/\r?\n/);
  const cols = head.split(',');
  const col = (name) => cols.indexOf(name);
  return lines
    .map((l) => l.split(','))
    .map((c) => ({
      year: Number(c[col('year')]),
      exportsMusd: Number(c[col('exports_musd')]),
      importsMusd: Number(c[col('imports_musd')]),
      balanceMusd: Number(c[col('balance_musd')]),
    }))
    .filter((d) => d.year >= FROM && d.year <= TO);
}

function page({ harness, title, mode, n, head = '', body, script = '' }) {
  // The paint pages also wait for first-contentful-paint (page/harness.js); the others never do,
  // so what they time is unchanged.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>${title} (${mode}, ${n})</title>
<style>
body{margin:8px;font-family:system-ui,sans-serif}
.chart{width:720px;height:560px;overflow:hidden;margin:0 0 20px}
korus-goods-balance{--korus-plot-height:400px}
.chart h2{font-size:19px;margin:0 0 4px}.chart h3{font-size:14px;font-weight:400;margin:0 0 10px}
</style>
<script>window.bench = new Promise((r) => (window.benchDone = r));</script>
${head}
</head>
<body data-mode="${mode === 'paint' ? 'first' : mode}"${mode === 'paint' ? ' data-paint' : ''}>
${Array.from({ length: n }, () => `<div class="chart">${body}</div>`).join('\n')}
${script}
<script type="module">
${harness}
</script>
</body>
</html>
`;
}

/** Extra builds of ours to measure beside dist/ (`--variant label=file`), e.g. a frame change. */
export function variantContenders(variants) {
  return variants.map(({ label, file }) => ({
    id: `korus-${label}`,
    name: `korus-charts (${label})`,
    file,
    ours: true,
  }));
}

/**
 * Writes bench/build/pages/<id>-<mode>.html and the scripts they load; returns sizes in bytes.
 * `repo` is the repository root (dist/korus-charts.js must exist).
 */
export async function buildPages(repo, contenders = CONTENDERS) {
  const root = join(repo, 'bench');
  const out = join(root, 'build/pages');
  rmSync(join(root, 'build'), { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const rows = readRows(repo);
  if (rows.length !== TO - FROM + 1)
    throw new Error(`bench: expected ${TO - FROM + 1} years in data/korus-annual.csv, found ${rows.length}`);
  writeFileSync(join(root, 'build/data.js'), `export default ${JSON.stringify(rows)};\n`);

  const sizes = {};
  for (const c of CONTENDERS.filter((c) => c.pkg)) {
    const file = join(out, `${c.id}.js`);
    await build({
      stdin: {
        contents: `import { draw } from './${c.id}.js';\nwindow.benchChart = { draw };\n`,
        resolveDir: join(root, 'contenders'),
        loader: 'js',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      target: 'es2021',
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"production"' },
      legalComments: 'none',
      outfile: file,
      logLevel: 'warning',
    });
    const js = readFileSync(file);
    sizes[c.id] = { jsBytes: js.length, jsGzip: gzip(js) };
  }

  // Ours: the published script-tag bundles, copied so a concurrent `npm run build` cannot change
  // the file under a running benchmark. Each is read once: the bytes measured are the bytes served.
  const esm = readFileSync(join(repo, 'dist/korus-charts.js'));
  writeFileSync(join(out, 'korus.js'), esm);
  const iife = readFileSync(join(repo, 'dist/korus-charts.iife.js'));
  sizes.korus = { jsBytes: esm.length, jsGzip: gzip(esm), iifeBytes: iife.length, iifeGzip: gzip(iife) };
  // A page with one kind of chart can load that chart's own bundle, where the build makes one.
  if (existsSync(join(repo, 'dist/korus-goods-balance.js'))) {
    const one = readFileSync(join(repo, 'dist/korus-goods-balance.js'));
    Object.assign(sizes.korus, { oneBytes: one.length, oneGzip: gzip(one) });
  }
  sizes.static = { jsBytes: 0, jsGzip: 0 };
  for (const v of contenders.filter((c) => c.file)) {
    const js = readFileSync(v.file);
    writeFileSync(join(out, `${v.id}.js`), js);
    sizes[v.id] = { jsBytes: js.length, jsGzip: gzip(js) };
  }

  // The static chart uses the peers' words and colours (common.js reads build/data.js, just written).
  const { staticChart, staticCss } = await import('../contenders/static-svg.mjs');
  const k = await import('../contenders/common.js');
  const svgMarkup = staticChart(k.DATA, {
    title: k.TITLE,
    subtitle: k.SUBTITLE,
    names: k.NAMES,
    colors: k.COLORS,
    milestones: k.MILESTONES,
    money: k.money,
    axisMoney: k.axisMoney,
  });

  const harness = readFileSync(new URL('../page/harness.js', import.meta.url), 'utf8');
  for (const c of contenders) {
    const modes = [...(c.ssr ? [] : MODES), ...(PAINT_CONTENDERS.includes(c.id) ? ['paint'] : [])];
    if (c.ssr) {
      // The hydrating bundle, copied like the plain one; the chart from the built korus-charts/ssr.
      const js = readFileSync(join(repo, 'dist/korus-charts-hydrate.js'));
      writeFileSync(join(out, `${c.id}.js`), js);
      sizes[c.id] = { jsBytes: js.length, jsGzip: gzip(js) };
      const { renderChart } = await import(pathToFileURL(join(repo, 'dist/lib/ssr/index.js')).href);
      c.markup = renderChart('goods-balance', { from: FROM, to: TO, ...SSR_SIZE });
    }
    for (const mode of modes) {
      const n = mode === 'many' ? MANY : 1;
      let html;
      if (c.ssr) {
        html = page({
          harness,
          title: c.name,
          mode,
          n,
          head: `<script>${korusAdapter}</script>`,
          body: c.markup,
          script: c.ssr === 'module' ? `<script type="module" src="${c.id}.js"></script>` : HYDRATE(`${c.id}.js`),
        });
      } else if (c.id === 'korus' || c.file) {
        html = page({
          harness,
          title: c.name,
          mode,
          n,
          head: `<script>${korusAdapter}</script>`,
          body: `<korus-goods-balance from="${FROM}" to="${TO}"></korus-goods-balance>`,
          script: `<script type="module" src="${c.id}.js"></script>`,
        });
      } else if (c.id === 'static') {
        html = page({
          harness,
          title: c.name,
          mode,
          n,
          head: `<style>${staticCss}</style><script>${staticAdapter}</script>`,
          body: svgMarkup,
        });
      } else {
        html = page({
          harness,
          title: c.name,
          mode,
          n,
          body: '',
          script: `<script type="module" src="${c.id}.js"></script>`,
        });
      }
      writeFileSync(join(out, `${c.id}-${mode}.html`), html);
      if (mode === modes[0]) sizes[c.id].htmlGzip = gzip(Buffer.from(html));
    }
  }
  return sizes;
}
