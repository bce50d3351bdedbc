// `npm run bench` (after `npm run build`): builds the contenders' pages, measures them in
// headless Chromium and writes bench/results/latest.md. Options:
//   --runs N        runs per contender and metric (default 11, or BENCH_RUNS)
//   --only a,b      metrics to run: first, first4x, many, resize, paint (default all; `--only paint` is
//                   issue 15's first-paint comparison alone, about a minute)
//   --out FILE      where to write the report (default bench/results/latest.md)
//   --variant label=path/to/korus-charts.js   also measure another build of ours (repeatable)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const bench = dirname(fileURLToPath(import.meta.url));
const repo = dirname(bench);
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env.BENCH_RUNS ?? '11' },
    only: { type: 'string' },
    out: { type: 'string', default: join(bench, 'results/latest.md') },
    variant: { type: 'string', multiple: true, default: [] },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 200)
  throw new Error(`bench: --runs must be a whole number from 1 to 200, not ${args.runs}`);
const log = (s) => console.log(`bench: ${s}`);

// Peer libraries are the benchmark's own dependencies (bench/package.json), installed on demand.
const peersInstalled = ['chart.js', '@observablehq/plot', 'echarts'].every((p) =>
  existsSync(join(bench, 'node_modules', p, 'package.json')),
);
if (!peersInstalled) {
  log('installing the peer libraries (npm --prefix bench ci)');
  const r = spawnSync('npm', ['--prefix', bench, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
for (const f of ['dist/korus-charts.js', 'dist/korus-charts.iife.js']) {
  if (!existsSync(join(repo, f))) {
    console.error(`bench: ${f} is missing; run \`npm run bench\` (which builds first) or \`npm run build\`.`);
    process.exit(1);
  }
}

const { buildPages, CONTENDERS, SSR, variantContenders } = await import('./lib/build.mjs');
const { measureAll, METRICS, launch } = await import('./lib/measure.mjs');
const { serve } = await import('./lib/serve.mjs');
const { renderReport, summarise, summariseCdp } = await import('./lib/report.mjs');

const only = args.only?.split(',');
const metrics = only ? METRICS.filter((m) => only.includes(m.id)) : METRICS;
const loadBefore = loadavg();
const started = Date.now();

const variants = variantContenders(
  args.variant.map((v) => {
    const [label, file] = v.split('=');
    if (!/^[a-z0-9-]+$/.test(label) || !file || !existsSync(file))
      throw new Error(`bench: --variant wants label=path/to/korus-charts.js, not ${v}`);
    return { label, file };
  }),
);
const contenders = [CONTENDERS[0], ...variants, ...CONTENDERS.slice(1), ...SSR];
const sizes = await buildPages(repo, contenders);
log(
  `pages built; JS gzip: ${contenders.map((c) => `${c.name} ${(sizes[c.id].jsGzip / 1024).toFixed(1)} KiB`).join(', ')}`,
);

const server = await serve(join(bench, 'build/pages'));
let result;
let tags;
try {
  // Which tags the measured bundle defines (the size target is for a bundle with all three).
  const browser = await launch();
  const page = await browser.newPage();
  await page.goto(`${server.url}/korus-first.html`);
  tags = await page.evaluate(() =>
    ['korus-goods-balance', 'korus-export-promise', 'korus-before-after'].filter((t) => customElements.get(t)),
  );
  await browser.close();
  result = await measureAll({ baseUrl: server.url, contenders, runs, metrics, log });
} finally {
  await server.close();
}

const sh = (cmd, cmdArgs) => spawnSync(cmd, cmdArgs, { cwd: repo, encoding: 'utf8' }).stdout?.trim() ?? '';
const cpuModel =
  /model name\s*:\s*(.*)/.exec(existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '')?.[1] ??
  cpus()[0]?.model;
const os =
  /PRETTY_NAME="?([^"\n]*)/.exec(existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '')?.[1] ??
  process.platform;
const load = (l) => l.map((v) => v.toFixed(2)).join(' / ');
const machine = {
  CPU: `${cpuModel}, ${sh('nproc', []) || cpus().length} cores (nproc)`,
  memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end)`,
  OS: os,
  browser: `Chromium ${result.browserVersion}, headless (playwright-core), no GPU`,
  Node: process.version,
  commit: `${sh('git', ['rev-parse', '--short', 'HEAD'])}${sh('git', ['status', '--porcelain', '--', 'src', 'package.json', 'rollup.config.js']) ? ' with uncommitted changes in src/ or the build' : ''}`,
  'load average (1/5/15 min)': `${load(loadBefore)} before, ${load(loadavg())} after; other work on the machine adds noise, interleaving spreads it over all contenders`,
  duration: `${((Date.now() - started) / 60000).toFixed(1)} min`,
};
const versions = Object.fromEntries(
  CONTENDERS.filter((c) => c.pkg).map((c) => [
    c.pkg,
    JSON.parse(readFileSync(join(bench, 'node_modules', c.pkg, 'package.json'), 'utf8')).version,
  ]),
);
const stats = summarise(result.samples);
const date = new Date().toISOString().slice(0, 10);
const md = renderReport({
  date,
  machine,
  runs,
  contenders,
  sizes,
  stats,
  cdp: summariseCdp(result.samples),
  tags,
  versions,
  metrics: metrics.map((m) => m.id),
});
mkdirSync(dirname(args.out), { recursive: true });
writeFileSync(args.out, md);
writeFileSync(
  args.out.replace(/\.md$/, '.json'),
  JSON.stringify({ date, machine, runs, sizes, stats, samples: result.samples }, null, 1),
);
log(`wrote ${args.out}`);
console.log(md.slice(md.indexOf('## Targets'), md.indexOf('## How it is measured')));
