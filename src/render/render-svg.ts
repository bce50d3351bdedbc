import { beforeAfter } from '../charts/before-after/chart.js';
import { exportPromise } from '../charts/export-promise/chart.js';
import { goodsBalance } from '../charts/goods-balance/chart.js';
import { censusSeries } from '../data/embedded.js';
import { installMonthly } from '../data/load-monthly.js';
import * as monthly from '../data/monthly.js';
import { DataError } from '../data/errors.js';
import type { TradeSeries } from '../data/types.js';
import { parseTable } from '../data/parse.js';
import { validateInputs, validateTable } from '../data/validate.js';
import { matchLocale } from '../format/locale.js';
import { errorText, FRAME_MESSAGES } from '../format/messages.js';
import { DATA_ERROR_MESSAGES } from '../format/data-errors.js';
import * as korean from '../format/ko.js';
import { installKorean } from '../format/localized.js';
import { frameStyles } from '../frame/styles.js';
import { estimateTextWidth, type MeasureText } from '../layout/text.js';
import {
  attributeOf,
  FRAME_OPTIONS,
  type ChartDefinition,
  type Options,
  type OptionSpec,
} from '../pipeline/definition.js';
import { readOptions } from '../pipeline/options.js';
import { cascade } from './css.js';
import { chartCSV, chartParts } from './chart-parts.js';
import { cssOf, drawChart, type DrawInput } from './draw.js';
import { fallbackHTML } from './fallback.js';
import { parseSVGContent, plainSVGContent } from './markup.js';
import type { Node } from './node.js';
import { writeSVG } from './write-svg.js';

// In Node every string is at hand: no request to wait for; the monthly series and code too.
installKorean(korean);
installMonthly(monthly);

/** Every chart's definition, by name: the same ones the elements are made from. */
export const CHARTS: Record<'goods-balance' | 'export-promise' | 'before-after', ChartDefinition> = {
  'goods-balance': goodsBalance,
  'export-promise': exportPromise,
  'before-after': beforeAfter,
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
  /** goods-balance: "year" (default), "month" or "12-month". */
  interval?: string;
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
export function plotHeight(
  css: string,
  theme: string,
  vars: Record<string, string> | undefined,
  widthPx: number,
): number {
  const probe: Node = { tag: '', attrs: {}, kids: [{ tag: 'div', attrs: { class: 'plot' }, kids: [] }] };
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
  const specs: OptionSpec[] = [
    { prop: 'lang', kind: 'text' },
    { prop: 'theme', kind: 'text' },
    ...FRAME_OPTIONS,
    ...chartNamed(chart).options,
  ];
  return new Map(specs.map((o) => [attributeOf(o), { prop: o.prop, number: o.kind !== 'text' }]));
}

interface Prepared {
  chart: ChartDefinition;
  input: DrawInput;
  /** The chart's options, not yet checked: checking may refuse one (a DataError). */
  options: () => Options;
  /** Attributes as the page would write them, for the fallback's host element. */
  attributes: [string, string][];
}

/** A chart's definition by name; only CHARTS' own names count ("constructor" is not a chart). */
function chartNamed(name: string): ChartDefinition {
  if (!Object.hasOwn(CHARTS, name))
    throw new RenderError(`Unknown chart "${name}". Charts: ${Object.keys(CHARTS).join(', ')}.`, 'unknown-chart');
  return CHARTS[name as ChartName];
}

function prepare(name: ChartName, options: RenderOptions): Prepared {
  const chart = chartNamed(name);
  const locale = matchLocale(options.lang ?? 'en');
  if (!locale) throw new RenderError(`lang must be en or ko, not "${options.lang}".`, 'bad-option');
  const theme = options.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    throw new RenderError(`theme must be light or dark, not "${theme}".`, 'bad-option');
  if (options.measure !== undefined && typeof options.measure !== 'function')
    throw new RenderError(
      `measure must be a function that gives a text width in px, not "${String(options.measure)}".`,
      'bad-option',
    );
  const { vars } = options;
  if (
    vars !== undefined &&
    (vars === null || typeof vars !== 'object' || Object.values(vars).some((v) => typeof v !== 'string'))
  )
    throw new RenderError(
      `vars must be an object of custom properties, such as {"--korus-color-exports": "#000"}.`,
      'bad-option',
    );
  const size = (key: 'width' | 'height', fallback?: number) => {
    const v = options[key] === undefined ? fallback : Number(options[key]);
    if (v !== undefined && !(Number.isFinite(v) && v >= 100 && v <= 4000))
      throw new RenderError(`${key} must be a number of pixels from 100 to 4000, not "${options[key]}".`, 'bad-option');
    return v === undefined ? undefined : Math.round(v);
  };

  // Options by property, as an element would hold them, and as the page wrote them.
  const attrs = chartAttributes(name);
  const values: Record<string, unknown> = {};
  const written: Record<string, string> = {};
  const attributes: [string, string][] = [];
  if (options.lang) attributes.push(['lang', locale]);
  if (options.theme) attributes.push(['theme', theme]);
  for (const [key, value] of Object.entries(options)) {
    if (OWN.has(key) || value === undefined || value === null) continue;
    const attr = attrs.has(kebab(key)) ? kebab(key) : [...attrs].find(([, a]) => a.prop === key)?.[0];
    if (!attr || attr === 'lang' || attr === 'theme') {
      const known = [...attrs.keys()].filter((n) => n !== 'lang' && n !== 'theme');
      throw new RenderError(
        `${name} has no option "${key}". Options: ${known.join(', ')}, lang, theme, width, height, data.`,
        'bad-option',
      );
    }
    const { prop, number } = attrs.get(attr)!;
    written[attr] = String(value);
    attributes.push([attr, written[attr]]);
    values[prop] = number ? Number(value) : String(value);
  }
  const read = (specs: typeof chart.options) =>
    readOptions(
      specs,
      (p) => values[p],
      (a) => written[a],
    );
  const page = read(FRAME_OPTIONS) as Record<string, string | undefined>;

  let series: TradeSeries = censusSeries();
  if (options.data !== undefined) {
    const years =
      typeof options.data === 'string' ? validateTable(parseTable(options.data)) : validateInputs(options.data);
    series = { years, source: options.source ? { kind: 'url', url: options.source } : { kind: 'property' } };
  }
  const css = cssOf([frameStyles, chart.styles]);
  const widthPx = size('width', 640)!;
  return {
    chart,
    options: () => read(chart.options),
    input: {
      css,
      series,
      locale,
      frame: FRAME_MESSAGES[locale],
      widthPx,
      heightPx: size('height') ?? plotHeight(css, theme, options.vars, widthPx),
      theme,
      vars: options.vars,
      measure: options.measure ?? estimateTextWidth,
      chartTitle: page.chartTitle,
      chartSubtitle: page.chartSubtitle,
      note: page.note,
    },
    attributes,
  };
}

/** Runs `draw` and turns a DataError (bad option or data) into a RenderError in the chart's language. */
function run<T>(chart: ChartName, options: RenderOptions, draw: (p: Prepared) => T): T {
  let prepared: Prepared | undefined;
  try {
    prepared = prepare(chart, options);
    return draw(prepared);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    const locale = prepared?.input.locale ?? matchLocale(options.lang) ?? 'en';
    throw new RenderError(errorText(locale, e, DATA_ERROR_MESSAGES), e.code);
  }
}

/**
 * A chart as a self-contained SVG document: title, subtitle, the plot, source and notes, every
 * style resolved for the theme and language. Runs the element's own layout, words and view
 * templates in Node or a browser, with no DOM.
 *
 * @example renderSVG('goods-balance', { lang: 'ko', width: 640, from: 2007 })
 */
export function renderSVG(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, (p) => {
    const { words, plot } = chartParts(p.chart, p.input, p.options());
    return writeSVG(drawChart(p.input, words, parseSVGContent(plot)));
  });
}

/**
 * Embed markup that works without JavaScript: the element with its attributes, holding a static
 * copy of the chart (title, plot, source, notes, a data table behind "Show data") in its light
 * DOM, with styles that reserve the live chart's box. When the script defines the element, its
 * shadow root replaces what the light DOM showed, with no layout shift.
 */
export function renderHTML(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, (p) => {
    const { words, plot } = chartParts(p.chart, p.input, p.options());
    return fallbackHTML(p.chart.tag, p.attributes, words, plainSVGContent(plot), p.input);
  });
}

/** The chart's data table as CSV: units in the header, caption and source line at the end. */
export function renderCSV(chart: ChartName, options: RenderOptions = {}): string {
  return run(chart, options, (p) => chartCSV(p.chart, p.input, p.options()));
}
