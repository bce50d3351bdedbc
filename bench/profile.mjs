// Where a page's main-thread time goes: loads one bench page with a Chromium trace and prints the
// main-thread events of 0.5 ms or more, in order, from navigation start; with --cpu, a sampling
// CPU profile of the same load instead, as self time per script and function. For analysis, not
// timing (tracing and profiling slow the page down). Run after `npm run bench` built the pages:
//   node bench/profile.mjs korus-first [--throttle 4] [--min 0.5] [--cpu] [--dir bench/build/pages]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/measure.mjs';
import { serve } from './lib/serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cpu: { type: 'boolean' },
    throttle: { type: 'string', default: '1' },
    min: { type: 'string', default: '0.5' },
    dir: { type: 'string' },
  },
});
const WANTED = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'FireAnimationFrame',
  'TimerFire',
  'HitTest',
  'ParseAuthorStyleSheet',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
]);
const name = positionals[0] ?? 'korus-first';
const server = await serve(values.dir ?? fileURLToPath(new URL('build/pages', import.meta.url)));
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (values.throttle !== '1') await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
  const load = async () => {
    await page.goto(`${server.url}/${name}.html`, { waitUntil: 'domcontentloaded' });
    return page.evaluate(() => window.bench);
  };
  if (values.cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await load();
    printProfile((await cdp.send('Profiler.stop')).profile);
    console.log('\nharness:', JSON.stringify(result));
  } else {
    const categories = [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink.user_timing',
      'loading',
    ];
    await browser.startTracing(page, { categories });
    const result = await load();
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const out = fileURLToPath(new URL(`build/${name}.trace.json`, import.meta.url));
    writeFileSync(out, JSON.stringify(trace));
    printTrace(trace.traceEvents ?? trace, Number(values.min));
    console.log('\nharness:', JSON.stringify(result), `\ntrace (open in Chromium's Performance panel): ${out}`);
  }
} finally {
  await browser.close();
  await server.close();
}

/** Main-thread events of the bench page's renderer, from its navigation start. */
function printTrace(events, minMs) {
  const nav = events.find(
    (e) =>
      e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes(name),
  );
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === nav?.pid);
  if (!nav || !main) throw new Error('profile: no navigation of the page found in the trace');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts);
  for (const e of onMain.filter((e) => WANTED.has(e.name) && e.dur / 1000 >= minMs).sort((a, b) => a.ts - b.ts)) {
    const detail =
      e.args?.beginData?.stackTrace?.[0]?.functionName ??
      e.args?.data?.url?.split('/').pop() ??
      e.args?.data?.functionName ??
      '';
    console.log(
      `${((e.ts - nav.ts) / 1000).toFixed(1).padStart(8)} ms  ${(e.dur / 1000).toFixed(1).padStart(7)} ms  ${e.name} ${detail}`,
    );
  }
  const totals = {};
  for (const e of onMain) totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
  console.log('\ntotals (ms; a nested event also counts in its parent):');
  for (const [k, v] of Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 18))
    console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
}

/** Self time per script and per function from a CDP CPU profile. */
function printProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const perScript = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const file = url.split('/').pop() || '(native)';
    add(self, `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`, ms);
    add(perScript, file, ms);
  });
  const top = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${v.toFixed(1).padStart(8)}  ${k}`)
      .join('\n');
  console.log(`self time by script (ms):\n${top(perScript, 10)}\n\nself time by function (ms):\n${top(self, 30)}`);
}
