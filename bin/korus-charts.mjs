#!/usr/bin/env node
// korus-charts render <chart> [--option value ...] > chart.svg
// The static renderer from dist/lib/render (the same layout, words and templates as the elements).
import { closeSync, openSync, readSync } from 'node:fs';
import { MAX_DATA_BYTES } from '../dist/lib/data/limits.js';
import { CHARTS, chartAttributes, renderCSV, renderHTML, renderSVG, RenderError } from '../dist/lib/render/index.js';

/** The server renderer (Lit SSR, with its DOM shim) loads only for --format html. */
const renderChart = async (chart, options) => (await import('../dist/lib/ssr/index.js')).renderChart(chart, options);
const FORMATS = { svg: renderSVG, html: renderChart, fallback: renderHTML, csv: renderCSV };
const OWN = ['lang', 'theme', 'width', 'height', 'format', 'data', 'source'];

function help() {
  const per = Object.keys(CHARTS)
    .map(
      (c) =>
        `  ${c.padEnd(15)} ${[...chartAttributes(c).keys()]
          .filter((a) => !OWN.includes(a))
          .map((a) => `--${a}`)
          .join(' ')}`,
    )
    .join('\n');
  return `Usage: korus-charts render <chart> [options] > file

Draws a chart with no browser, as the <korus-*> element would, and prints it.

Charts and their own options (the element's attributes):
${per}

Options for every chart:
  --lang en|ko           language (default en)
  --theme light|dark     colours (default light)
  --width <px>           plot width, the element's content width (default 640)
  --height <px>          plot height (default: what the element's CSS gives at that width)
  --format svg|html|fallback|csv
                         svg: a self-contained image; html: the <korus-*> element rendered by
                         Lit SSR, its chart in a Declarative Shadow DOM template (readers without
                         JavaScript see it; korus-charts-hydrate.js upgrades it in place);
                         fallback: <korus-*> holding a static light-DOM copy for the plain
                         bundles; csv: the data table
  --theme system         (html only) leave the theme to the reader's system preference
  --data <file>          CSV or JSON with year, exports, imports (millions of USD); at most
                         5 MB and 10,000 rows
  --source <text>        where --data came from, for the source line; an http(s) address
                         becomes a link (default: "Data supplied by this page.")
  -h, --help             this text

Example:
  npx korus-charts render goods-balance --lang ko --width 640 --from 2007 > chart.svg
`;
}

/**
 * A --data file as text, read in chunks and refused once past MAX_DATA_BYTES (the limit the
 * elements keep for `src`), so a huge file or /dev/zero is never read whole.
 */
function readData(path) {
  const fd = openSync(path, 'r');
  try {
    const chunks = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 << 20, MAX_DATA_BYTES + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return Buffer.concat(chunks).toString('utf8');
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > MAX_DATA_BYTES) {
        fail(`--data ${path} is larger than ${MAX_DATA_BYTES / 1e6} MB, the most a chart reads.`);
      }
    }
  } finally {
    closeSync(fd);
  }
}

function fail(message) {
  process.stderr.write(`korus-charts: ${message}\nRun "korus-charts --help" for the options.\n`);
  process.exit(1);
}

const args = process.argv.slice(2);
if (args.length === 0 || args.includes('-h') || args.includes('--help')) {
  process.stdout.write(help());
  process.exit(0);
}
const [command, chart, ...rest] = args;
if (command !== 'render') fail(`unknown command "${command}"; the command is "render".`);
// Own names only: "constructor" or "__proto__" are in every object, not charts.
if (!chart || !Object.hasOwn(CHARTS, chart))
  fail(`unknown chart "${chart ?? ''}"; charts: ${Object.keys(CHARTS).join(', ')}.`);

const options = {};
let format = 'svg';
for (let i = 0; i < rest.length; i++) {
  const m = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(rest[i]);
  if (!m) fail(`unexpected argument "${rest[i]}".`);
  const name = m[1];
  const value = m[2] ?? rest[++i];
  if (value === undefined) fail(`--${name} needs a value.`);
  // renderSVG() takes these as a function and an object; text from a command line is neither.
  if (name === 'measure' || name === 'vars')
    fail(`--${name} is not a command-line option (it is for renderSVG() in JavaScript).`);
  if (name === 'format') format = value;
  else if (name === 'data') {
    try {
      options.data = readData(value);
    } catch (e) {
      fail(`cannot read --data ${value}: ${e.code ?? e.message}.`);
    }
    // Without --source the source line says the publisher supplied the data: a local path (or
    // a file name, which would become a link to a file nobody published) is not for readers.
  } else options[name] = value;
}
if (!(format in FORMATS)) fail(`--format must be svg, html, fallback or csv, not "${format}".`);
if (format === 'html' && (options.data !== undefined || options.source !== undefined))
  fail(
    '--data and --source work with --format svg, fallback or csv: a server-rendered chart (html) is hydrated by the script, which reads its data from the page (the src attribute).',
  );

try {
  process.stdout.write(await FORMATS[format](chart, options));
} catch (e) {
  if (e instanceof RenderError) fail(e.message);
  // Anything else is a bug; a reader of the terminal gets one line, not a stack trace.
  fail(`could not draw the chart (${e?.message ?? e}). This is a bug in korus-charts; please report it.`);
}
