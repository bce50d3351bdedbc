// The Download menu's work, loaded when a reader first asks for a file (download-menu.ts): the
// self-contained bundles load it as dist/download.js (scripts/lazy-chunks.mjs), npm
// bundlers as a split chunk. It shares the static renderer's code (src/render/).
import { createTextMeasurer } from '../layout/text.js';
import { chartWords, cssOf, drawChart, wordsCSV, type DrawInput } from '../render/draw.js';
import { paint } from '../render/paint.js';
import type { Node } from '../render/node.js';
import { writeSVG } from '../render/write-svg.js';
import type { CSSResultGroup } from 'lit';
import type { ChartSnapshot as Snapshot } from '../pipeline/definition.js';

/** What a download reads from a chart element (KorusChartBase). */
interface Chart extends HTMLElement {
  _snapshot?: Snapshot;
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
function inputOf(el: Chart, s: Snapshot): DrawInput {
  const style = getComputedStyle(el);
  const css = cssOf((el.constructor as unknown as { styles: CSSResultGroup }).styles);
  const vars: Record<string, string> = {};
  for (const [, name] of css.matchAll(/var\((--korus-[\w-]+)/g)) {
    const v = style.getPropertyValue(name).trim();
    if (v) vars[name] = v;
  }
  const box = el.renderRoot.querySelector('.plot')!.getBoundingClientRect();
  return {
    css,
    series: s.series,
    locale: s.locale,
    frame: s.frame,
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

/** A live element as a node, as parseSVGContent() reads Lit SSR's markup of it (Lit's comments and blank text left out). */
const nodeOf = (e: Element): Node => ({
  tag: e.localName,
  attrs: Object.fromEntries([...e.attributes].map((a) => [a.name, a.value])),
  kids: [...e.childNodes].flatMap<Node | string>((c) =>
    c instanceof Element ? [nodeOf(c)] : c.nodeType === 3 && c.textContent!.trim() ? [c.textContent!] : [],
  ),
});

/**
 * The file, from what the element's pipeline run gave (its words, in its language) and the marks
 * it drew: Lit rendered the same view template that renderSVG() renders with Lit SSR, from a layout at this
 * size with this font's text widths, so nothing is derived or laid out again.
 */
async function fileOf(el: Chart, s: Snapshot, format: Format): Promise<Blob> {
  const input = inputOf(el, s);
  const words = chartWords(input, s.text);
  if (format === 'csv') {
    // A byte-order mark so spreadsheet programs read Korean as UTF-8.
    return new Blob(['\uFEFF', wordsCSV(words)], { type: 'text/csv;charset=utf-8' });
  }
  const drawing = drawChart(input, words, nodeOf(el.renderRoot.querySelector('.plot svg')!).kids as Node[]);
  if (format === 'svg') return new Blob([writeSVG(drawing)], { type: 'image/svg+xml' });
  const canvas = document.createElement('canvas');
  paint(drawing, canvas, 2);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * The file's name: the chart, the first and last period it shows and its language,
 * "korus-goods-balance-2007-2025-ko.png". The periods are read from the table as shown: its row
 * keys where they are years or months, otherwise its column headers ("2011", "January–August 2026").
 */
export function fileName(tag: string, s: Pick<Snapshot, 'text' | 'locale'>, format: Format): string {
  const periods = (texts: string[]) => texts.flatMap((t) => t.match(/\b\d{4}(?:-\d{2})?\b/g) ?? []);
  const { rows, columns } = s.text.table;
  const found = periods(rows.map((r) => r.key));
  const all = found.length ? found : periods(columns);
  const span = all.length ? [all[0], all[all.length - 1]].filter((p, i, a) => a.indexOf(p) === i) : [];
  return [tag, ...span, s.locale].join('-') + `.${format}`;
}

/** Makes the file and hands it to the browser as a download. */
export async function save(el: HTMLElement, format: Format): Promise<void> {
  // Nothing to save until the chart has data and has drawn (it has no size while hidden).
  const chart = el as Chart;
  if (!chart.renderRoot.querySelector('.plot svg')) return;
  const snapshot = chart._snapshot;
  if (!snapshot) return;
  const a = document.createElement('a');
  a.download = fileName(el.localName, snapshot, format);
  a.href = URL.createObjectURL(await fileOf(chart, snapshot, format));
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
