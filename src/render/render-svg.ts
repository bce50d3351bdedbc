import { KorusBeforeAfter } from '../charts/before-after/element.js';
import { KorusExportPromise } from '../charts/export-promise/element.js';
import { KorusGoodsBalance } from '../charts/goods-balance/element.js';
import { censusSeries } from '../data/embedded.js';
import { DataError } from '../data/errors.js';
import type { TradeSeries } from '../data/types.js';
import { parseTable } from '../data/parse.js';
import { validateInputs, validateTable } from '../data/validate.js';
import { matchLocale } from '../format/locale.js';
import { errorText } from '../format/messages.js';
import { DATA_ERROR_MESSAGES } from '../format/data-errors.js';
import * as korean from '../format/ko.js';
import { installKorean } from '../format/localized.js';
import { estimateTextWidth, type MeasureText } from '../layout/text.js';
import { tableCSV } from './csv.js';
import { cascade } from './css.js';
import {
  chartWords,
  cssOf,
  drawChart,
  sourceText,
  stepContext,
  type ChartSteps,
  type ChartWords,
  type DrawInput,
} from './draw.js';
import { fallbackHTML } from './fallback.js';
import { serialize } from './serialize.js';
import { parseMarkup, type Node } from './tree.js';
import { writeSVG } from './write-svg.js';

// In Node every string is at hand: no request to wait for.
installKorean(korean);

export const CHARTS = {
  'goods-balance': KorusGoodsBalance,
  'export-promise': KorusExportPromise,
  'before-after': KorusBeforeAfter,
};

export type ChartName = keyof typeof CHARTS;

/**
 * A chart's options, named as its attributes (camelCase or kebab-case: `priceYear` or
 * `price-year`), plus what a page would otherwise decide: size, theme, text measuring.
 */
export interface RenderOptions {
  /** "en" (default) or "ko". */
  lang?: string;
  /** "light" (default) or "dark". */
  theme?: 'light' | 'dark';
  /** Plot width in px, the element's content width (default 640). The image adds 12 px padding each side. */
  width?: number;
  /** Plot height in px; by default what the element's CSS gives at `width`. */
  height?: number;
  from?: number | string;
  to?: number | string;
  baseline?: number | string;
  promise?: number | string;
  dollars?: string;
  priceYear?: number | string;
  before?: number | string;
  after?: number | string;
  metrics?: string;
  chartTitle?: string;
  chartSubtitle?: string;
  note?: string;
  /** Rows of {year, exports, imports} in millions of USD, as the element's `data` property, or the text of a CSV or JSON file. */
  data?: unknown;
  /** Where `data` came from, for the source line (default: "Data supplied by this page."). */
  source?: string;
  /** Page-level custom properties, as on the element: {'--korus-color-exports': '#000'}. */
  vars?: Record<string, string>;
  /** Text width function; the default estimates system-ui widths (src/layout/text.ts). */
  measure?: MeasureText;
  [attribute: string]: unknown;
}

/** Options the renderer handles itself rather than as element attributes. */
const OWN = new Set(['lang', 'theme', 'width', 'height', 'data', 'source', 'vars', 'measure']);
const NOT_STATIC = new Set(['src', 'timeout']);

/** Why a chart could not be drawn: a bad option or data, in the chosen language. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'RenderError';
  }
}

/**
 * The plot height the element's CSS gives at a width, e.g. clamp(260px, 58cqi, 440px) (the
 * plot's container is the host, so 1cqi is 1% of the width).
 */
function plotHeight(css: string, theme: string, vars: Record<string, string> | undefined, widthPx: number): number {
  const probe = parseMarkup('<div class="plot"></div>');
  const value = cascade(probe, css, theme, vars).get(probe.kids[0] as Node)!.height ?? '';
  const len = (s: string) => {
    const m = /(-?[\d.]+)(cqi|cqw|%)?/.exec(s);
    return m ? +m[1] * (m[2] ? widthPx / 100 : 1) : NaN;
  };
  const clamp = /clamp\(([^,]+),([^,]+),([^)]+)\)/.exec(value);
  const px = clamp ? Math.min(len(clamp[3]), Math.max(len(clamp[1]), len(clamp[2]))) : len(value);
  return Math.round(Number.isFinite(px) ? px : 360);
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The attributes a chart accepts: attribute name -> property name and whether it is a number. */
export function chartAttributes(chart: ChartName): Map<string, { prop: string; number: boolean }> {
  const ctor = CHARTS[chart] as unknown as {
    observedAttributes: string[];
    elementProperties: Map<PropertyKey, { attribute?: unknown; state?: boolean; type?: unknown }>;
  };
  void ctor.observedAttributes; // finalizes the class: static `properties` become elementProperties
  const out = new Map<string, { prop: string; number: boolean }>();
  for (const [prop, d] of ctor.elementProperties) {
    if (d.state || d.attribute === false || typeof prop !== 'string') continue;
    const name = typeof d.attribute === 'string' ? d.attribute : prop.toLowerCase();
    if (!NOT_STATIC.has(name)) out.set(name, { prop, number: d.type === Number });
  }
  return out;
}

interface Resolved {
  input: DrawInput;
  /** Attributes as the page would write them, for the fallback's host element. */
  attributes: [string, string][];
}

function resolve(chart: ChartName, options: RenderOptions): Resolved {
  const ctor = CHARTS[chart];
  if (!ctor)
    throw new RenderError(`Unknown chart "${chart}". Charts: ${Object.keys(CHARTS).join(', ')}.`, 'unknown-chart');
  const locale = matchLocale(options.lang ?? 'en');
  if (!locale) throw new RenderError(`lang must be en or ko, not "${options.lang}".`, 'bad-option');
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw new RenderError(`theme must be light or dark, not "${theme}".`, 'bad-option');
  const size = (name: 'width' | 'height', fallback?: number) => {
    const v = options[name] === undefined ? fallback : Number(options[name]);
    if (v !== undefined && !(Number.isFinite(v) && v >= 100 && v <= 4000))
      throw new RenderError(
        `${name} must be a number of pixels from 100 to 4000, not "${options[name]}".`,
        'bad-option',
      );
    return v === undefined ? undefined : Math.round(v);
  };

  // The chart's own steps, run on a plain object that carries the attributes: no constructor
  // runs, so no DOM is needed, and the words and layout cannot drift from the element's.
  const attrs = chartAttributes(chart);
  const steps = Object.create(ctor.prototype) as Record<string, unknown>;
  const raw: Record<string, string> = {};
  const attributes: [string, string][] = [];
  if (options.lang) attributes.push(['lang', locale]);
  if (options.theme) attributes.push(['theme', theme]);
  for (const { prop } of attrs.values()) Object.defineProperty(steps, prop, { value: undefined, writable: true });
  for (const [key, value] of Object.entries(options)) {
    if (OWN.has(key) || value === undefined || value === null) continue;
    const name = attrs.has(kebab(key)) ? kebab(key) : [...attrs].find(([, a]) => a.prop === key)?.[0];
    if (!name || name === 'lang' || name === 'theme') {
      const known = [...attrs.keys()].filter((n) => n !== 'lang' && n !== 'theme');
      throw new RenderError(
        `${chart} has no option "${key}". Options: ${known.join(', ')}, lang, theme, width, height, data.`,
        'bad-option',
      );
    }
    const { prop, number } = attrs.get(name)!;
    raw[name] = String(value);
    attributes.push([name, raw[name]]);
    steps[prop] = number ? Number(value) : String(value);
  }
  Object.defineProperty(steps, 'getAttribute', { value: (name: string) => raw[name] ?? null });

  let series: TradeSeries = censusSeries();
  if (options.data !== undefined) {
    const years =
      typeof options.data === 'string' ? validateTable(parseTable(options.data)) : validateInputs(options.data);
    series = { years, source: options.source ? { kind: 'url', url: options.source } : { kind: 'property' } };
  }
  const text = (k: string) => (steps[k] === undefined ? undefined : String(steps[k]));
  const css = cssOf(ctor);
  const widthPx = size('width', 640)!;
  return {
    input: {
      steps: steps as unknown as ChartSteps,
      css,
      series,
      locale,
      widthPx,
      heightPx: size('height') ?? plotHeight(css, theme, options.vars, widthPx),
      theme,
      vars: options.vars,
      measure: options.measure ?? estimateTextWidth,
      chartTitle: text('chartTitle'),
      chartSubtitle: text('chartSubtitle'),
      note: text('note'),
    },
    attributes,
  };
}

/** Runs `draw` and turns a DataError (bad option or data) into a RenderError in the chart's language. */
function run<T>(chart: ChartName, options: RenderOptions, draw: (r: Resolved) => T): T {
  let resolved: Resolved | undefined;
  try {
    resolved = resolve(chart, options);
    return draw(resolved);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    const locale = resolved?.input.locale ?? matchLocale(options.lang) ?? 'en';
    throw new RenderError(errorText(locale, e, DATA_ERROR_MESSAGES), e.code);
  }
}

/** A chart's words and its plot's marks as markup: the element's own steps and view template. */
export function chartParts(i: DrawInput): { words: ChartWords; plot: string } {
  const ctx = stepContext(i);
  const words = chartWords(i, i.steps.describe(ctx));
  const { model } = i.steps.layout(ctx, { widthPx: i.widthPx, heightPx: i.heightPx });
  return { words, plot: serialize(i.steps.renderPlot(model, undefined)) };
}

/**
 * A chart as a self-contained SVG document: title, subtitle, the plot, source and notes, every
 * style resolved for the theme and language. Runs the element's own layout, words and view
 * templates in Node or a browser, with no DOM.
 *
 * @example renderSVG('goods-balance', { lang: 'ko', width: 640, from: 2007 })
 */
export function renderSVG(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, ({ input }) => {
    const { words, plot } = chartParts(input);
    return writeSVG(drawChart(input, words, parseMarkup(plot).kids as Node[]));
  });
}

/**
 * Embed markup that works without JavaScript: the element with its attributes, holding a static
 * copy of the chart (title, plot, source, notes, a data table behind "Show data") in its light
 * DOM, with styles that reserve the live chart's box. When the script defines the element, its
 * shadow root replaces what the light DOM showed, with no layout shift.
 */
export function renderHTML(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, ({ input, attributes }) => {
    const { words, plot } = chartParts(input);
    return fallbackHTML(`korus-${chart}`, attributes, words, plot, input);
  });
}

/** The chart's data table as CSV: units in the header, caption and source line at the end. */
export function renderCSV(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, ({ input }) => {
    const w = chartWords(input, input.steps.describe(stepContext(input)));
    return tableCSV(w.text.table, w.frame.tableUnit, sourceText(w.source));
  });
}
