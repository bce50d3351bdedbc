// Where a page's main-thread time goes: loads one bench page with a Chromium trace and prints the
// main-thread events of 0.5 ms or more, in order, from navigation start; with --cpu, a sampling
// CPU profile of the same load instead, as self time per function. For analysis, not timing:
//   node bench/profile.mjs korus-first [--throttle 4] [--min 0.5] [--cpu]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launch } from './lib/measure.mjs';
import { serve } from './lib/serve.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { cpu: { type: 'boolean' }, throttle: { type: 'string', default: '1' }, min: { type: 'string', default: '0.5' }, dir: { type: 'string' } },
});
const name = positionals[0] ?? 'korus-first';
const pages = values.dir ?? fileURLToPath(new URL('build/pages', import.meta.url));
const server = await serve(pages);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (values.throttle !== '1') await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(values.throttle) });
  if (values.cpu) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(`${server.url}/${name}.html`, { waitUntil: 'domcontentloaded' });
    const result = await page.evaluate(() => window.bench);
    const { profile } = await cdp.send('Profiler.stop');
    printProfile(profile, result.drawnMs);
    console.log('\nharness:', JSON.stringify(result));
    process.exitCode = 0;
    await context.close();
  } else {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading'] });
  await page.goto(`${server.url}/${name}.html`, { waitUntil: 'domcontentloaded' });
  const result = await page.evaluate(() => window.bench);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const out = fileURLToPath(new URL(`build/${name}.trace.json`, import.meta.url));
  writeFileSync(out, JSON.stringify(trace));
  const events = trace.traceEvents ?? trace;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.includes(name));
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain' && e.pid === nav?.pid);
  const t0 = nav.ts;
  const wanted = new Set(['ParseHTML', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'FunctionCall', 'RunMicrotasks', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'FireAnimationFrame', 'TimerFire', 'HitTest', 'ParseAuthorStyleSheet', 'v8.compile', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'ScheduleStyleRecalculation']);
  const rows = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && wanted.has(e.name) && e.dur / 1000 >= Number(values.min) && e.ts >= t0)
    .sort((a, b) => a.ts - b.ts);
  const totals = {};
  for (const e of rows) {
    const detail = e.args?.beginData?.stackTrace?.[0]?.functionName ?? e.args?.data?.url?.split('/').pop() ?? e.args?.data?.functionName ?? '';
    console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(8)} ms  ${(e.dur / 1000).toFixed(1).padStart(7)} ms  ${e.name} ${detail}`);
  }
  for (const e of events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= t0)) totals[e.name] = (totals[e.name] ?? 0) + e.dur / 1000;
  console.log('\ntotals (ms, nested events counted in each):');
  for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('\nharness:', JSON.stringify(result), `\ntrace: ${out}`);
  }
} finally {
  await browser.close();
  await server.close();
}

/** Self time per function (and per script), from a CDP CPU profile, samples up to `untilMs`. */
function printProfile(profile, untilMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const perUrl = new Map();
  let t = profile.startTime;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i];
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = byId.get(id).callFrame;
    const file = url.split('/').pop() || '(native)';
    const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    perUrl.set(file, (perUrl.get(file) ?? 0) + dt);
  });
  console.log('self time by script (ms):');
  for (const [k, v] of [...perUrl].sort((a, b) => b[1] - a[1]).slice(0, 10)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  console.log('\nself time by function (ms):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
  void untilMs;
}
