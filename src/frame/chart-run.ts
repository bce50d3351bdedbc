import { DataError } from '../data/errors.js';
import { censusSeries } from '../data/embedded.js';
import { loadedMonthly, loadMonthly } from '../data/load-monthly.js';
import type { TradeSeries } from '../data/types.js';
import type { Locale } from '../format/locale.js';
import { createTextMeasurer, estimateTextWidth, type MeasureText } from '../layout/text.js';
import type { ChartDefinition, Options, Plot } from '../pipeline/definition.js';
import { chartContext, describeChart, plotChart, type Described } from '../pipeline/run.js';
import type { Size } from './resize-controller.js';

/**
 * The pipeline as an element runs it: words once per input change, layout once per size, and
 * neither when only hover, focus or the table toggle changed. A refused option is kept as
 * `_refusal` (the chart shows it) instead of thrown at the page.
 */
export class ChartRun<M> {
  _described?: Described<unknown>;
  _plot?: Plot<M>;
  _refusal?: DataError;
  /** dist/monthly.js on its way for options that need it; updateComplete waits for it too. */
  _monthlyLoad?: Promise<void>;
  private _monthlyFailed = false;
  /** The inputs last computed: words and layout are redone only when one of them changes. */
  private _lastLocale?: Locale;
  private _lastSeries?: TradeSeries;
  private _lastSize?: Size;
  private _font?: string;
  private _measure: MeasureText = createTextMeasurer('');
  /**
   * Set for a server-rendered chart's first update: text widths are estimated as on the server, so
   * the drawing is the one the page holds, which hydration adopts node for node. `_measureNow()`
   * then lays it out again with the page's real font.
   */
  _asServer = false;

  constructor(
    private readonly _host: Element,
    private readonly _chart: () => ChartDefinition<unknown, M>,
  ) {}

  /** The language of the last run, if any: the one on screen. */
  get _locale(): Locale | undefined {
    return this._lastLocale;
  }

  /** Runs what the changed inputs need; `options` reads and checks the element's options. */
  _update(inputsChanged: boolean, locale: Locale, series: TradeSeries | undefined, size: Size, options: () => Options) {
    const last = this._lastSize;
    inputsChanged ||= locale !== this._lastLocale || series !== this._lastSeries;
    if (!inputsChanged && size.widthPx === last?.widthPx && size.heightPx === last.heightPx) return;
    this._lastLocale = locale;
    this._lastSeries = series;
    this._lastSize = size;
    if (!series) {
      this._described = this._plot = undefined;
      return;
    }
    const chart = this._chart();
    const ctx = chartContext(series, locale, this._measureText());
    try {
      // A page's monthly table, checked (and its complete years summed) once per series.
      if (series.monthlyTable && ctx.monthly) ctx.series = ctx.monthly.seriesOfTable(series);
      // After a refused input nothing is described: a new size alone tries again (and fails the same way).
      if (inputsChanged || !this._described) {
        const o = options();
        if (!ctx.monthly && (series.monthlyTable || chart.needsMonthly?.(o, series))) {
          this._described = this._plot = undefined;
          if (this._monthlyFailed) throw new DataError('monthly-unavailable');
          this._monthlyLoad ??= loadMonthly().then((m) => {
            this._monthlyLoad = undefined;
            this._monthlyFailed = !m;
            this._lastSeries = undefined;
            (this._host as unknown as { requestUpdate(): void }).requestUpdate();
          });
          this._refusal = undefined;
          return;
        }
        this._described = describeChart(chart, ctx, o);
      }
      const { derived } = this._described;
      this._plot = size.widthPx > 0 && size.heightPx > 0 ? plotChart(chart, ctx, derived, size) : undefined;
      this._refusal = undefined;
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      this._refusal = e;
      this._described = this._plot = undefined;
    }
  }

  /**
   * What drawing these options over the Census series waits for (dist/monthly.js, for a partial
   * year or a range of months), started now; undefined when nothing is missing.
   */
  _loadFor(options: Options): Promise<unknown> | undefined {
    const chart = this._chart();
    const series = censusSeries();
    return !loadedMonthly() && chart.needsMonthly?.(options, series) ? loadMonthly() : undefined;
  }

  /** After a server-rendered chart's first update: the next one measures text and lays it out again. */
  _measureNow(): void {
    this._asServer = false;
    this._lastSize = undefined;
  }

  /** Text widths in whatever font applies: a page's --korus-font-family, a reader's spacing. */
  private _measureText(): MeasureText {
    // On a server (korus-charts/ssr) nothing is measured: system-ui widths are estimated.
    if (this._asServer) return estimateTextWidth;
    if (typeof getComputedStyle === 'undefined') return this._measure;
    const style = getComputedStyle(this._host);
    const font = `${style.fontFamily}|${style.letterSpacing}|${style.wordSpacing}`;
    if (font !== this._font) {
      this._font = font;
      const px = (v: string) => parseFloat(v) || 0;
      this._measure = createTextMeasurer(style.fontFamily, px(style.letterSpacing), px(style.wordSpacing));
    }
    return this._measure;
  }
}
