// The Download menu's work, loaded when a reader first asks for a file (download-menu.ts): the
// self-contained bundles load it as dist/download.js (scripts/lazy-chunks.mjs), npm
// bundlers as a split chunk. It shares the static renderer's code (src/render/).
import type { TradeSeries } from '../data/types.js';
import type { Locale } from '../format/locale.js';
import { loadLocale } from '../format/load-locale.js';
import { createTextMeasurer } from '../layout/text.js';
import { tableCSV } from '../render/csv.js';
import {
  chartWords,
  cssOf,
  drawChart,
  sourceText,
  stepContext,
  type ChartSteps,
  type DrawInput,
} from '../render/draw.js';
import { paint } from '../render/paint.js';
import type { Node } from '../render/tree.js';
import { writeSVG } from '../render/write-svg.js';

/** What a download reads from a chart element: its own steps, data, language and options. */
interface Chart extends HTMLElement, ChartSteps {
  _series?: TradeSeries;
  _locale: Locale;
  theme?: 'light' | 'dark';
  chartTitle?: string;
  chartSubtitle?: string;
  note?: string;
  renderRoot: HTMLElement | DocumentFragment;
}

export type Format = 'csv' | 'svg' | 'png';

/**
 * The static renderer's input for what the element shows now: its options, language, plot
 * size, theme (the system's when unset), the page's --korus-* custom properties and its font's
 * text widths. renderSVG() with the same options, size and `measure` gives the same file.
 */
function inputOf(el: Chart): DrawInput {
  const style = getComputedStyle(el);
  const css = cssOf(el.constructor as { styles?: unknown });
  const vars: Record<string, string> = {};
  for (const [, name] of css.matchAll(/var\((--korus-[\w-]+)/g)) {
    const v = style.getPropertyValue(name).trim();
    if (v) vars[name] = v;
  }
  const box = el.renderRoot.querySelector('.plot')!.getBoundingClientRect();
  return {
    steps: el,
    css,
    series: el._series!,
    locale: el._locale,
    widthPx: Math.round(box.width),
    heightPx: Math.round(box.height),
    theme: el.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'),
    vars,
    measure: createTextMeasurer(style.fontFamily),
    chartTitle: el.chartTitle,
    chartSubtitle: el.chartSubtitle,
    note: el.note,
  };
}

/** A live element as a node, as parseMarkup() reads the same markup (Lit's comments and blank text left out). */
const nodeOf = (e: Element): Node => ({
  tag: e.localName,
  attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
  kids: [...e.childNodes].flatMap<Node | string>((c) =>
    c instanceof Element ? [nodeOf(c)] : c.nodeType === 3 && c.textContent!.trim() ? [c.textContent!] : [],
  ),
});

async function fileOf(el: Chart, format: Format): Promise<Blob> {
  const input = inputOf(el);
  // This file has its own copy of the frame's string tables: fill in Korean here too.
  await loadLocale(input.locale);
  const words = chartWords(input, el.describe(stepContext(input)));
  if (format === 'csv') {
    // A byte-order mark so spreadsheet programs read Korean as UTF-8.
    return new Blob(['\uFEFF', tableCSV(words.text.table, words.frame.tableUnit, sourceText(words.source))], {
      type: 'text/csv;charset=utf-8',
    });
  }
  // The plot's marks are the ones on screen: Lit rendered the same view template that
  // renderSVG() serializes, from a layout at this size with this font's text widths.
  const drawing = drawChart(input, words, nodeOf(el.renderRoot.querySelector('.plot svg')!).kids as Node[]);
  if (format === 'svg') return new Blob([writeSVG(drawing)], { type: 'image/svg+xml' });
  const canvas = document.createElement('canvas');
  paint(drawing, canvas, 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/** Makes the file and hands it to the browser as a download. */
export async function save(el: HTMLElement, format: Format): Promise<void> {
  // Nothing to save until the chart has data and has drawn (it has no size while hidden).
  if (!(el as Chart)._series || !(el as Chart).renderRoot.querySelector('.plot svg')) return;
  const a = document.createElement('a');
  a.download = `${el.localName}.${format}`;
  a.href = URL.createObjectURL(await fileOf(el as Chart, format));
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
