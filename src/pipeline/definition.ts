import type { CSSResultGroup, SVGTemplateResult } from 'lit';
import type { TradeSeries } from '../data/types.js';
import type { Locale } from '../format/locale.js';
import type { FrameMessages } from '../format/message-types.js';
import type { Size } from '../frame/resize-controller.js';
import type { ChartContext, ChartText, FocusStop } from '../frame/view-model.js';

export type { ChartContext };

/**
 * How an option's value is checked: a four-digit year, a number, a number of zero or more (both at most
 * MAX_OPTION in size, decimal only), or text (read by the chart's own `derive`). `month`: a year, or a
 * month written YYYY-MM (kept as that text; the monthly code checks it).
 */
export type OptionKind = 'year' | 'month' | 'number' | 'nonnegative' | 'text';

/** One option of a chart: its property, its attribute (default: the property's name) and kind. */
export interface OptionSpec {
  prop: string;
  attr?: string;
  kind: OptionKind;
}

/** Options after their checks: numbers for the numeric kinds, text as written, unset as undefined. */
export type Options = Record<string, number | string | undefined>;

/** A chart's marks at one size, with the stops the keyboard and the pointer move between. */
export interface Plot<M> {
  model: M;
  stops: FocusStop[];
}

/**
 * A chart, as plain data and pure functions. The element (src/frame), the static renderer
 * (src/render) and the downloads run it through the same stages (run.ts):
 * options → derive (once per input change) → describe (words) → layout (at a size) → stops → view.
 */
export interface ChartDefinition<D = unknown, M = unknown> {
  /** The custom element's name, e.g. "korus-goods-balance". */
  tag: string;
  /** The chart's own options (the frame adds lang, theme, chart-title, chart-subtitle, note). */
  options: readonly OptionSpec[];
  /** The element's stylesheets: the frame's rules, then the chart's. */
  styles: CSSResultGroup;
  /**
   * Whether these options (or this data) need dist/monthly.js: the host loads it before `derive`,
   * which then finds it as `ctx.monthly`.
   */
  needsMonthly?(options: Options, series: TradeSeries): boolean;
  /** What the options select from the data; throws DataError for options that do not fit it. */
  derive(ctx: ChartContext, options: Options): D;
  /** Title, subtitle, summary, notes and table: they depend on data, options and language, not size. */
  describe(derived: D, ctx: ChartContext): ChartText;
  /** Geometry at a size; pure. */
  layout(derived: D, ctx: ChartContext, size: Size): M;
  /** One stop per year (or row) for the keyboard, the pointer and the tooltip. */
  stops(derived: D, model: M, ctx: ChartContext): FocusStop[];
  /** The SVG marks; `active` is the focused stop's index, `part` the key of its focused mark. */
  view(model: M, active: number | undefined, part?: string): SVGTemplateResult;
}

/** Options every chart has: the page's own title, subtitle and footer note, shown as text. */
export const FRAME_OPTIONS: readonly OptionSpec[] = [
  { prop: 'chartTitle', attr: 'chart-title', kind: 'text' },
  { prop: 'chartSubtitle', attr: 'chart-subtitle', kind: 'text' },
  { prop: 'note', kind: 'text' },
];

export const attributeOf = (o: OptionSpec): string => o.attr ?? o.prop;

/** What a host hands a download: what its pipeline run gave, in the language shown. */
export interface ChartSnapshot {
  text: ChartText;
  /** The frame's words in that language. */
  frame: FrameMessages;
  series: TradeSeries;
  locale: Locale;
}
