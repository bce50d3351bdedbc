// korus-charts/ssr (Node): the elements themselves, rendered by Lit's own SSR into Declarative
// Shadow DOM. A reader without JavaScript sees the whole chart; the hydrating entry
// (korus-charts/hydrate, or dist/korus-charts-hydrate.js) then upgrades it in place.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../define.js';
import { installMonthly } from '../data/load-monthly.js';
import * as monthly from '../data/monthly.js';
import * as korean from '../format/ko.js';
import { installKorean } from '../format/localized.js';
import { useReader } from '../frame/data-controller.js';
import * as dataReader from '../frame/data-reader.js';
import { serverSize } from '../frame/resize-controller.js';
import { frameStyles } from '../frame/styles.js';
import { cssOf } from '../render/draw.js';
import { chartAttributes, CHARTS, plotHeight as cssHeight, RenderError, type ChartName } from '../render/render-svg.js';

// On a server every string is at hand: a Korean chart is rendered in Korean, never held; the
// monthly series too (a partial year, a range of months), so such a chart is drawn, not left
// waiting. korus-charts/hydrate loads dist/monthly.js before it adopts such a chart.
installKorean(korean);
installMonthly(monthly);
// Refusals are worded, and a page's data read, at once.
useReader(dataReader);

export { CHARTS, RenderError, type ChartName };

/** What to render: the element's attributes (camelCase or kebab-case), its size and theme. */
export interface SSROptions {
  /** "en" (default) or "ko": written as the element's lang attribute. */
  lang?: string;
  /** "light", "dark", or "system" (default: unset, the reader's preference decides). */
  theme?: 'light' | 'dark' | 'system';
  /** Plot width in px, the element's content width (default 640). In a narrower or wider box the script re-lays the chart out at the same height. */
  width?: number;
  /** Plot height in px; by default what the element's CSS gives at `width`. */
  height?: number;
  /** Any of the chart's attributes: from, to, baseline, promise, dollars, price-year, before, after, metrics, chart-title, chart-subtitle, note. */
  [attribute: string]: unknown;
}

/** The plot height the element's CSS gives at a width (clamp(260px, 58cqi, 440px)). */
const plotHeight = (widthPx: number) => cssHeight(cssOf(frameStyles), 'light', undefined, widthPx);
const END = '<!--/lit-part-->';
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const quote = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The element's tag and attributes for these options; an unknown chart or option is a RenderError. */
function attributesOf(chart: ChartName, options: SSROptions): [string, string][] {
  if (!Object.hasOwn(CHARTS, chart))
    throw new RenderError(`Unknown chart "${chart}". Charts: ${Object.keys(CHARTS).join(', ')}.`, 'unknown-chart');
  const known = chartAttributes(chart);
  const out: [string, string][] = [];
  for (const [key, value] of Object.entries(options)) {
    if (key === 'width' || key === 'height' || value === undefined || value === null) continue;
    if (key === 'theme' && value === 'system') continue;
    const attr = known.has(kebab(key)) ? kebab(key) : [...known].find(([, a]) => a.prop === key)?.[0];
    if (!attr)
      throw new RenderError(
        `${chart} has no option "${key}". Options: ${[...known.keys()].join(', ')}, width, height.`,
        'bad-option',
      );
    out.push([attr, String(value)]);
  }
  return out;
}

function sizeOf(options: SSROptions) {
  const px = (key: 'width' | 'height', fallback?: number) => {
    const v = options[key] === undefined ? fallback : Number(options[key]);
    if (v !== undefined && !(Number.isFinite(v) && v >= 100 && v <= 4000))
      throw new RenderError(`${key} must be a number of pixels from 100 to 4000, not "${options[key]}".`, 'bad-option');
    return v === undefined ? undefined : Math.round(v);
  };
  const widthPx = px('width', 640)!;
  return { widthPx, heightPx: px('height') ?? plotHeight(widthPx) };
}

/**
 * The chart's element as HTML: `<korus-…>` with its attributes, holding a
 * `<template shadowrootmode="open">` with the chart as the browser draws it (title, subtitle,
 * SVG with its marks, footer, the data table's button). Bad options or data are shown inside
 * the chart (role="alert"), as the element shows them; an unknown chart or option throws a
 * RenderError.
 *
 * @example renderChart('goods-balance', { lang: 'ko', from: 2007, width: 720 })
 */
export function renderChart(chart: ChartName, options: SSROptions = {}): string {
  const attrs = attributesOf(chart, options);
  const size = sizeOf(options);
  const tag = CHARTS[chart].tag;
  const written = attrs.map(([a, v]) => ` ${a}="${quote(v)}"`).join('');
  const saved = { ...serverSize };
  Object.assign(serverSize, size);
  try {
    const out = collectResultSync(render(html`<${unsafeStatic(tag)}${unsafeStatic(written)}></${unsafeStatic(tag)}>`));
    // The page-level part markers around the element are for hydrating a page template; the
    // element hydrates its own shadow root without them.
    const open = out.startsWith('<!--lit-part') ? out.indexOf('-->') + 3 : 0;
    const close = out.endsWith(END) ? out.length - END.length : out.length;
    return out.slice(open, close);
  } finally {
    Object.assign(serverSize, saved);
  }
}

/**
 * Sets the size charts are laid out at when a framework's own Lit SSR renders them (Astro,
 * Eleventy with @lit-labs/eleventy-plugin-lit, Next.js): default 640 px wide.
 */
export function setServerSize(widthPx: number, heightPx = plotHeight(widthPx)): void {
  Object.assign(serverSize, sizeOf({ width: widthPx, height: heightPx }));
}

setServerSize(640);
