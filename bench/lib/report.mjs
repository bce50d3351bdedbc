// Turns the samples into bench/results/latest.md: one table per metric (min/median/max and the
// median's ratio to the static page and to each peer), the issue's targets, and the machine.

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ min: Math.min(...xs), median: median(xs), max: Math.max(...xs), n: xs.length });

const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kib = (b) => (b / 1024).toFixed(1);
const mib = (b) => (b / 1024 / 1024).toFixed(2);
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');

/** The numbers each table reads from one sample. */
export const VALUES = {
  first: { unit: 'ms', pick: (r) => r.drawnMs, fmt: ms },
  first4x: { unit: 'ms', pick: (r) => r.drawnMs, fmt: ms },
  many: { unit: 'ms', pick: (r) => r.drawnMs, fmt: ms },
  heap: { unit: 'MiB', metric: 'many', pick: (r) => r.heapBytes, fmt: mib },
  resize: { unit: 'ms', pick: (r) => r.resizeMs, fmt: ms },
  paint: { unit: 'ms', pick: (r) => r.fcpMs, fmt: ms },
  // CPU time of the renderer's main thread (Chromium's ThreadTime) when the page was done: time
  // spent waiting for a core that other processes held does not count, so it moves less than
  // wall-clock time on a busy machine. It includes starting the page's renderer.
  firstCpu: { unit: 'ms', metric: 'first', pick: (r) => r.cdp.ThreadTime * 1000, fmt: ms },
  manyCpu: { unit: 'ms', metric: 'many', pick: (r) => r.cdp.ThreadTime * 1000, fmt: ms },
};

export function summarise(samples) {
  const out = {};
  for (const [key, v] of Object.entries(VALUES)) {
    const metric = samples[v.metric ?? key];
    if (!metric) continue;
    out[key] = Object.fromEntries(Object.entries(metric).map(([id, rs]) => [id, summary(rs.map(v.pick))]));
  }
  return out;
}

function table(title, note, stats, all, fmt, unit) {
  const contenders = all.filter((c) => stats[c.id]);
  const refs = contenders.filter((c) => !c.ours);
  const lines = [
    `### ${title}`,
    '',
    note,
    '',
    `| contender | min (${unit}) | median (${unit}) | max (${unit}) | ${refs.map((r) => `÷ ${r.name}`).join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ${refs.map(() => '---:').join(' | ')} |`,
  ];
  for (const c of contenders) {
    const s = stats[c.id];
    const name = c.ours ? `**${c.name}**` : c.name;
    lines.push(
      `| ${name} | ${fmt(s.min)} | ${fmt(s.median)} | ${fmt(s.max)} | ${refs.map((r) => ratio(s.median, stats[r.id].median)).join(' | ')} |`,
    );
  }
  return lines.join('\n');
}

export function targets(stats, sizes, id = 'korus') {
  const k = (key) => stats[key]?.[id]?.median;
  const ref = (key, id) => stats[key]?.[id]?.median;
  const rows = [];
  const add = (what, value, limit, shown) => rows.push({ what, value, limit, pass: value <= limit, shown });
  if (stats.first) {
    add(
      'First render ≤ 0.7 × Chart.js',
      k('first') / ref('first', 'chartjs'),
      0.7,
      `${ratio(k('first'), ref('first', 'chartjs'))} × Chart.js`,
    );
    add(
      'First render ≤ 1.6 × static SVG',
      k('first') / ref('first', 'static'),
      1.6,
      `${ratio(k('first'), ref('first', 'static'))} × static`,
    );
  }
  if (stats.many)
    add(
      '50 charts, total time ≤ 0.5 × Chart.js',
      k('many') / ref('many', 'chartjs'),
      0.5,
      `${ratio(k('many'), ref('many', 'chartjs'))} × Chart.js`,
    );
  if (stats.heap)
    add(
      '50 charts, JS heap ≤ 0.5 × Chart.js',
      k('heap') / ref('heap', 'chartjs'),
      0.5,
      `${ratio(k('heap'), ref('heap', 'chartjs'))} × Chart.js`,
    );
  if (stats.firstCpu)
    add(
      'First render ≤ 0.7 × Chart.js, in main-thread CPU time',
      k('firstCpu') / ref('firstCpu', 'chartjs'),
      0.7,
      `${ratio(k('firstCpu'), ref('firstCpu', 'chartjs'))} × Chart.js`,
    );
  if (stats.firstCpu)
    add(
      'First render ≤ 1.6 × static SVG, in main-thread CPU time',
      k('firstCpu') / ref('firstCpu', 'static'),
      1.6,
      `${ratio(k('firstCpu'), ref('firstCpu', 'static'))} × static`,
    );
  if (stats.manyCpu)
    add(
      '50 charts ≤ 0.5 × Chart.js, in main-thread CPU time',
      k('manyCpu') / ref('manyCpu', 'chartjs'),
      0.5,
      `${ratio(k('manyCpu'), ref('manyCpu', 'chartjs'))} × Chart.js`,
    );
  if (stats.resize)
    add(
      'Resize re-render ≤ 0.6 × Chart.js',
      k('resize') / ref('resize', 'chartjs'),
      0.6,
      `${ratio(k('resize'), ref('resize', 'chartjs'))} × Chart.js`,
    );
  // A variant has only its ES module build: its size stands in for the script-tag bundle.
  const bundle = sizes[id].iifeGzip ?? sizes[id].jsGzip;
  add('Script-tag bundle (IIFE) ≤ 28 KiB gzip', bundle / 1024, 28, `${kib(bundle)} KiB`);
  rows.push({
    what: 'Script-tag bundle: aim < 22 KiB gzip',
    pass: bundle / 1024 < 22,
    shown: `${kib(bundle)} KiB`,
    aim: true,
  });
  return rows;
}

/** Issue 15's figure: the server-rendered chart's first paint against the static SVG page's. */
export function paintTarget(stats) {
  const p = stats.paint;
  if (!p?.['korus-ssr'] || !p.static) return undefined;
  const value = p['korus-ssr'].median / p.static.median;
  return { value, pass: value <= 1.1, client: p.korus ? p.korus.median / p.static.median : undefined };
}

export function renderReport({ date, machine, runs, contenders, sizes, stats, cdp, tags, versions, metrics }) {
  const peers = contenders.filter((c) => c.pkg);
  const ours = contenders.filter((c) => c.ours && !c.ssr);
  const paint = paintTarget(stats);
  const partial = metrics && Object.keys(VALUES).some((k) => !metrics.includes(VALUES[k].metric ?? k));
  const t = ours.map((c) => targets(stats, sizes, c.id));
  const verdict = (r) => (r.pass ? 'pass' : r.aim ? 'not yet' : '**FAIL**');
  const out = [];
  out.push(
    '# Benchmark: `<korus-goods-balance>` against its peers',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${date}. Medians of ${runs} interleaved runs per contender and metric.`,
    ...(partial
      ? [
          '',
          `Only ${metrics.map((m) => `\`${m}\``).join(', ')} ran (\`node bench/run.mjs --only ${metrics.join(',')}\`); the other figures are not in this report.`,
        ]
      : []),
    '',
    '## Machine',
    '',
    '| | |',
    '| --- | --- |',
    ...Object.entries(machine).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    `Peers: ${peers.map((c) => `${c.name} ${versions[c.pkg]}`).join(', ')}. Ours: ${tags.length ? tags.map((t) => `\`<${t}>\``).join(', ') : 'no tags found'} defined by the bundle.`,
    '',
    '## Targets (issue 10)',
    '',
    `| target | ${ours.map((c) => `${c.name} | result`).join(' | ')} |`,
    `| --- | ${ours.map(() => '--- | ---').join(' | ')} |`,
    ...t[0].map((r, i) => `| ${r.what} | ${t.map((rows) => `${rows[i].shown} | ${verdict(rows[i])}`).join(' | ')} |`),
    '',
    'Targets that fail are analysed, with prototypes of frame changes measured beside the real build, in',
    '[prototypes.md](prototypes.md).',
    '',
    ...(paint
      ? [
          '## Target (issue 15)',
          '',
          '| target | korus-charts, server-rendered | result |',
          '| --- | --- | --- |',
          `| First paint ≤ 1.1 × static SVG (median first-contentful-paint) | ${paint.value.toFixed(2)} × static | ${paint.pass ? 'pass' : '**FAIL**'} |`,
          '',
          ...(paint.client === undefined
            ? []
            : [
                `The same chart drawn by the script alone (no server rendering): ${paint.client.toFixed(2)} × static.`,
                '',
              ]),
        ]
      : []),
    '## How it is measured',
    '',
    '- The same chart in each: 15 years (2011–2025) from data/korus-annual.csv, exports and imports as lines with markers',
    '  and the goods balance as bars (the design of `<korus-goods-balance>`), title, subtitle, axes, legend (ours labels',
    '  the line ends instead), the two KORUS milestones as dashed rules, tooltips, no animation. Each chart sits in a',
    '  720 × 560 px box; the viewport is 1280 × 800, so 2 of the 50 charts start on screen.',
    '- Every page load gets a fresh browser context (cold HTTP and code caches, its own renderer process), served from',
    '  127.0.0.1. Each run loads every contender once per metric, the order rotating from run to run; a warm-up run is',
    '  discarded.',
    '- **Drawn** = the contender has put its marks on the page (ours: the shadow root holds the SVG with bars and both',
    '  lines; Chart.js: its `afterRender` hook; ECharts: its `rendered` event; Plot: the returned SVG is attached; static:',
    '  the markup is parsed) and one synchronous style and layout pass has run, so SVG charts pay for their DOM as canvas',
    '  charts pay for drawing. Times are from navigation start (`performance.now()`). Paint and raster are not included.',
    '- **50 charts**: the same page with 50 chart boxes; time until all are drawn (a chart that defers off-screen work would',
    '  be counted when the on-screen ones are drawn and nothing more draws for 5 frames; the table says how many drew).',
    "  **Heap**: `Runtime.getHeapUsage` after two `HeapProfiler.collectGarbage` calls (the whole page's JS heap).",
    '- **Resize**: 300 ms after the chart is drawn, its box goes from 720 to 560 px wide inside a `requestAnimationFrame`',
    '  callback; time until the contender has redrawn at 560 px, plus layout. Chart.js and ours follow their container by',
    '  themselves (ResizeObserver); for Plot and ECharts the page does what their docs suggest (a ResizeObserver that',
    '  re-plots or calls `chart.resize()`). The static SVG scales through its viewBox, with no script.',
    "- **First paint** (issue 15): Chromium's `first-contentful-paint` entry, from navigation start. Four pages: the",
    '  server-rendered chart (what `korus-charts render goods-balance --format html` prints, from `renderChart()` at the',
    "  bench box's 720 × 400 px plot) importing dist/korus-charts-hydrate.js once the first frame has painted, as the",
    '  README tells such a page to (`requestAnimationFrame(() => setTimeout(() => import(…)))`); the same page loading',
    '  it as a plain `<script type="module" src>` at the end of the body; our client-rendered page from First render;',
    '  and the static SVG page. Each run loads the four in rotating order.',
    '- **Size**: gzip (zlib level 6) of the JavaScript a page loads: our dist/korus-charts.js (ES module) and .iife.js; the',
    '  peers bundled by esbuild (minified, tree-shaken: Chart.js registers only what it uses, ECharts imports `echarts/core`',
    '  with two charts, five components and the SVG renderer), including the chart code and the 15 rows of data.',
    '',
    '## Results',
    '',
    '### Size',
    '',
    `| contender | JS (KiB) | JS gzip (KiB) | page HTML gzip (KiB) | ${contenders
      .filter((c) => c.pkg)
      .map((c) => `÷ ${c.name}`)
      .join(' | ')} |`,
    `| --- | ---: | ---: | ---: | ${peers.map(() => '---:').join(' | ')} |`,
  );
  for (const c of contenders) {
    const s = sizes[c.id];
    if (!s) continue;
    out.push(
      `| ${c.ssr ? `**${c.name}** (dist/korus-charts-hydrate.js)` : c.ours ? `**${c.name}** (ESM)` : c.name} | ${kib(s.jsBytes)} | ${kib(s.jsGzip)} | ${kib(s.htmlGzip)} | ${peers.map((p) => (s.jsGzip ? ratio(s.jsGzip, sizes[p.id].jsGzip) : '–')).join(' | ')} |`,
    );
    if (c.id === 'korus')
      out.push(
        `| **${c.name}** (IIFE, script tag) | ${kib(s.iifeBytes)} | ${kib(s.iifeGzip)} | | ${peers.map((p) => ratio(s.iifeGzip, sizes[p.id].jsGzip)).join(' | ')} |`,
      );
    if (c.id === 'korus' && s.oneGzip)
      out.push(
        `| **${c.name}** (dist/korus-goods-balance.js, this chart only) | ${kib(s.oneBytes)} | ${kib(s.oneGzip)} | | ${peers.map((p) => ratio(s.oneGzip, sizes[p.id].jsGzip)).join(' | ')} |`,
      );
  }
  const sections = [
    ['first', 'First render', 'Navigation start to the chart drawn, one chart on the page.'],
    [
      'firstCpu',
      'First render: main-thread CPU time',
      "The same loads as above, in CPU time of the page's main thread (Chromium's `ThreadTime`, which counts from the renderer's start): what the chart costs the reader's CPU, less disturbed by other load on the machine than the wall-clock time.",
    ],
    [
      'first4x',
      'First render, 4x CPU throttling',
      'The same page with `Emulation.setCPUThrottlingRate({ rate: 4 })`, roughly a mid-range phone.',
    ],
    ['many', '50 charts on one page: total time', 'Navigation start to all 50 charts drawn.'],
    [
      'manyCpu',
      '50 charts on one page: main-thread CPU time',
      'The same loads, in main-thread CPU time (`ThreadTime`).',
    ],
    [
      'heap',
      '50 charts on one page: JS heap after GC',
      "The page's used JS heap once all 50 are drawn and garbage was collected.",
    ],
    ['resize', 'Resize re-render', 'Width change (720 → 560 px) to the chart redrawn at the new width.'],
    [
      'paint',
      'First paint',
      'Navigation start to `first-contentful-paint`: the server-rendered chart, the client-rendered one, the static SVG page.',
    ],
  ];
  for (const [key, title, note] of sections) {
    if (!stats[key]) continue;
    out.push('', table(title, note, stats[key], contenders, VALUES[key].fmt, VALUES[key].unit));
  }
  if (cdp) {
    out.push(
      '',
      '### Where the time goes (Chromium counters, medians)',
      '',
      'From `Performance.getMetrics` at the end of each load: main-thread time in script, style recalculation and layout, and',
      'the DOM nodes on the page. These are whole-page counters, harness included, so read them side by side, not as absolutes.',
      '',
      '| page | contender | script (ms) | style (ms) | layout (ms) | DOM nodes | charts drawn |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [metric, byContender] of Object.entries(cdp)) {
      for (const c of contenders) {
        const m = byContender[c.id];
        if (m)
          out.push(
            `| ${metric} | ${c.name} | ${ms(m.script)} | ${ms(m.style)} | ${ms(m.layout)} | ${Math.round(m.nodes)} | ${m.drawn} |`,
          );
      }
    }
  }
  out.push(
    '',
    '## Reproduce',
    '',
    '```sh',
    'npm ci && npm run bench        # about 10 minutes on 2 cores; BENCH_RUNS=21 for more runs',
    'node bench/run.mjs --only paint  # the first-paint comparison alone (after npm run build)',
    "node bench/screenshots.mjs     # PNGs of each contender's chart in bench/build/shots/",
    '```',
    '',
  );
  return out.join('\n');
}

export function summariseCdp(samples) {
  const out = {};
  for (const metric of ['first', 'many']) {
    if (!samples[metric]) continue;
    out[metric] = {};
    for (const [id, rs] of Object.entries(samples[metric])) {
      out[metric][id] = {
        script: median(rs.map((r) => r.cdp.ScriptDuration * 1000)),
        style: median(rs.map((r) => r.cdp.RecalcStyleDuration * 1000)),
        layout: median(rs.map((r) => r.cdp.LayoutDuration * 1000)),
        nodes: median(rs.map((r) => r.cdp.Nodes)),
        drawn: median(rs.map((r) => r.drawn)),
      };
    }
  }
  return out;
}
