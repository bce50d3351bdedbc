import {
  html,
  LitElement,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { DataError } from '../data/errors.js';
import { errorText, FRAME_MESSAGES } from '../format/messages.js';
import type { ChartContext, ChartDefinition, ChartSnapshot, Plot } from '../pipeline/definition.js';
import { readOptions } from '../pipeline/options.js';
import { ChartRun } from './chart-run.js';
import { DataController, DEFAULT_TIMEOUT_MS } from './data-controller.js';
import type { KorusErrorDetail } from './events.js';
import { figure } from './figure.js';
import { FocusController, interaction } from './focus-controller.js';
import { followLang, inheritedLang } from './lang.js';
import { LocaleController } from './locale-controller.js';
import { ResizeController } from './resize-controller.js';
import { frameStyles } from './styles.js';

export type { ChartContext, KorusErrorDetail };

/** A text property as text, whatever a framework set (a number, a Symbol); unset stays unset. */
const asText = (v: unknown): string | undefined => (v == null || v === '' ? undefined : String(v));
export { resetLangWarnings } from './locale-controller.js';
/** A chart's marks at one size and its focus stops (the pipeline's Plot). */
export type Layout<M> = Plot<M>;

/**
 * The element every chart shares, made from a chart definition (src/pipeline): data loading
 * (embedded, `src` or `data`), language, theme, size, title/subtitle/footer, the data table,
 * tooltip, keyboard and error states. A chart's element names its definition and options, and
 * nothing else.
 *
 * @attr lang - Language of every string: "en" or "ko". Without it, the nearest ancestor's lang applies.
 * @attr theme - "light", "dark", or unset to follow the reader's system preference.
 * @attr timeout - Milliseconds to wait for `src` before showing a timeout message (default 15000; at most 2147483647, about 24.8 days, the longest a timer waits).
 * @attr src - URL of a CSV or JSON file with year, exports, imports (millions of USD) to use instead of the embedded data.
 * @attr chart-title - Replaces the default title (shown as text).
 * @attr chart-subtitle - Replaces the default subtitle (shown as text).
 * @attr note - An extra note for the footer (shown as text).
 * @cssprop --korus-font-family - Font stack (defaults to system UI with Hangul fallbacks).
 * @cssprop --korus-plot-height - Height of the plot area (default clamp(260px, 58cqi, 440px)).
 * @cssprop --korus-max-width - Widest the chart grows (default 1100px).
 * @cssprop --korus-title-size - Title font size (default 19px).
 * @cssprop --korus-color-background - Background.
 * @cssprop --korus-color-text - Text colour.
 * @cssprop --korus-color-muted - Secondary text (subtitle, ticks, footer).
 * @cssprop --korus-color-grid - Gridlines.
 * @cssprop --korus-color-zero - The zero line.
 * @cssprop --korus-color-milestone - Milestone rules and labels.
 * @cssprop --korus-color-exports - U.S. exports to Korea.
 * @cssprop --korus-color-imports - U.S. imports from Korea.
 * @cssprop --korus-color-deficit - Goods balance in deficit years.
 * @cssprop --korus-color-surplus - Goods balance in surplus years.
 * @cssprop --korus-color-focus - Keyboard focus ring.
 * @csspart figure - The whole chart.
 * @csspart title - The title line.
 * @csspart subtitle - The subtitle line.
 * @csspart plot - The plot area (keyboard focusable).
 * @csspart tooltip - The tooltip.
 * @csspart error - A message about bad data or options.
 * @csspart footer - Source, notes and the data button.
 * @csspart button - The show/hide data button and the Download menu's summary.
 * @csspart menu - The Download menu's list of files.
 * @csspart table - The data table's wrapper.
 * @fires korus-error - Data or options could not be used; `detail` has `code` and `message`.
 * @fires korus-load - Data from `src` arrived and passed the checks; `detail.years` is the row count.
 */
export abstract class KorusChartBase<M = unknown> extends LitElement {
  /** The chart this element draws. */
  static chart: ChartDefinition;

  static override styles: CSSResultGroup = frameStyles;

  // Every reactive property is an input: internal state lives in the controllers below.
  static override properties: PropertyDeclarations = {
    lang: {},
    // Reflected as text: a framework may set any value (setAttribute would throw on a Symbol).
    theme: { reflect: true, converter: { toAttribute: (v: unknown) => (v == null ? v : String(v)) } },
    timeout: { type: Number },
    src: {},
    data: { attribute: false },
    chartTitle: { attribute: 'chart-title' },
    chartSubtitle: { attribute: 'chart-subtitle' },
    note: {},
  };

  /** Language of every string: "en" or "ko". Without it, the nearest ancestor's lang applies. */
  declare lang: string;
  /** "light", "dark", or unset to follow the reader's system preference. */
  declare theme?: 'light' | 'dark';
  /** URL of a CSV or JSON file with year, exports, imports (millions of USD) to use instead of the embedded data. */
  declare src?: string;
  /** Milliseconds to wait for `src` before showing a timeout message (default 15000; at most 2147483647, about 24.8 days, the longest a timer waits). */
  declare timeout: number;
  /** Rows of {year, exports, imports} in millions of USD; takes precedence over `src`. */
  declare data?: unknown;
  /** Replaces the default title (shown as text). */
  declare chartTitle?: string;
  /** Replaces the default subtitle (shown as text). */
  declare chartSubtitle?: string;
  /** An extra note for the footer (shown as text). */
  declare note?: string;

  private readonly _internals = this.attachInternals();
  private readonly _data = new DataController(this);
  private readonly _lang = new LocaleController(this);
  private readonly _resize = new ResizeController(this, () => this.renderRoot?.querySelector('.plot'));
  private readonly _run = new ChartRun<M>(this, () => this._chart);
  private readonly _focus = new FocusController(this, () => this._run._plot?.stops ?? []);
  private _tableShown = false;
  private _lastErrorKey = '';

  constructor() {
    super();
    this.lang = '';
    this.timeout = DEFAULT_TIMEOUT_MS;
  }

  private get _chart(): ChartDefinition<unknown, M> {
    return (this.constructor as typeof KorusChartBase).chart as ChartDefinition<unknown, M>;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followLang(this, false);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) this._data._read();
    this._lang._pick(this.lang || inheritedLang(this), this._run._locale);
    const { _locale: locale, _holding: holding } = this._lang;
    // The custom state lets a no-JavaScript fallback (renderHTML) keep its styles meanwhile.
    // Browsers before 2024 refuse a state name without "--"; the fallback is then unstyled.
    try {
      this._internals.states[holding ? 'add' : 'delete']('korus-waiting');
    } catch {
      /* no custom states */
    }
    if (holding) return;
    // Hover, focus and the table toggle change no input: the run then skips the words and the layout.
    this._run._update(!this.hasUpdated || changed.size > 0, locale, this._data._series, this._resize.size, () =>
      this._options(),
    );
    const focus = this._focus;
    const f = interaction();
    if (f) focus.state = f.clamp(focus.state, this._run._plot?.stops.length ?? 0);
  }

  private _options() {
    const self = this as unknown as Record<string, unknown>;
    return readOptions(
      this._chart.options,
      (prop) => self[prop],
      (attr) => this.getAttribute(attr),
    );
  }

  /**
   * A server-rendered chart (korus-charts/ssr, hydrated by korus-charts/hydrate) adopts the
   * server's drawing in its first update, so that update must draw the same. When the drawing took
   * dist/monthly.js (a partial year, a range of months: at hand on the server), the first update
   * waits for the file instead of emptying the chart and drawing it again.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const serverDrawn = !this.hasUpdated && !!this.renderRoot?.querySelector('figure');
    // Its text is laid out with the server's estimated widths first (ChartRun._asServer), then measured.
    if (serverDrawn) this._run._asServer = true;
    const waiting =
      serverDrawn && this.src === undefined && this.data === undefined
        ? this._run._loadFor(this._options())
        : undefined;
    if (!waiting) return super.scheduleUpdate();
    return waiting.then(
      () => super.scheduleUpdate(),
      () => super.scheduleUpdate(),
    );
  }

  protected override firstUpdated(): void {
    if (!this._run._asServer) return;
    this._run._measureNow();
    this.requestUpdate();
  }

  protected override updated(): void {
    if (this._lang._holding) return;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const stop = this._run._plot?.stops[this._focus.state.active ?? -1];
    const { widthPx, heightPx } = this._resize.size;
    if (tip && stop) interaction()!.placeTooltip(tip, stop, widthPx, heightPx);
    // Told once its words are at hand (they may load with the data reader).
    const error = this._error;
    const message = error && this._errorText(error);
    const key = message ? `${error.code}:${error.message}` : '';
    if (message && key !== this._lastErrorKey) {
      const detail: KorusErrorDetail = { code: error.code, message };
      this.dispatchEvent(new CustomEvent('korus-error', { detail, bubbles: true, composed: true }));
    }
    this._lastErrorKey = key;
  }

  /**
   * Also waits for the data reader, a language's strings and the interaction code on their way,
   * so the chart is drawn (and a key pressed meanwhile has moved the focus).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    const pending = () =>
      this._data._awaiting ??
      this._data._wordsLoad ??
      this._lang._awaiting ??
      this._run._monthlyLoad ??
      this._focus._awaiting;
    while (pending()) {
      await pending();
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private get _error(): DataError | undefined {
    return this._data._error ?? this._run._refusal;
  }

  /** A refusal in words; undefined while the data reader, which words refusals, loads. */
  private _errorText(e: DataError): string | undefined {
    const words = this._data._errorWords();
    return words === undefined ? undefined : errorText(this._lang._locale, e, words ?? undefined);
  }

  protected override render(): TemplateResult {
    // Waiting for the language's strings: a static fallback in the light DOM (renderHTML) stays
    // in view; without one, an empty box of the plot's height.
    if (this._lang._holding)
      return html`<slot><figure part="figure" aria-busy="true"><div class="plot" part="plot"></div></figure></slot>`;
    const locale = this._lang._locale;
    const text = this._run._described?.text;
    const plot = this._run._plot;
    const error = this._error;
    const size = this._resize.size;
    const { active, part } = this._focus.state;
    const stop = active !== undefined ? plot?.stops[active] : undefined;
    const key = part !== undefined ? stop?.parts?.[part]?.key : undefined;
    return figure({
      _host: this,
      _locale: locale,
      _frame: FRAME_MESSAGES[locale],
      _text: text,
      _title: asText(this.chartTitle),
      _subtitle: asText(this.chartSubtitle),
      // Undefined for a moment after a refusal: its words load with the data reader.
      _errorMessage: error && this._errorText(error),
      _waiting: !!error || this._data._loading || !!this._run._monthlyLoad,
      _size: size,
      _marks: plot && this._chart.view(plot.model, active, key),
      _focus: this._focus,
      _stop: stop,
      _source: this._data._series?.source,
      _notes: text ? (this.note ? [...text.notes, asText(this.note)!] : text.notes) : [],
      _tableShown: this._tableShown,
      _toggleTable: () => {
        this._tableShown = !this._tableShown;
        this.requestUpdate();
      },
    });
  }

  /**
   * What a download draws: this chart's words, data and language, as shown now.
   * @internal
   */
  get _snapshot(): ChartSnapshot | undefined {
    const series = this._data._series;
    const text = this._run._described?.text;
    const locale = this._lang._locale;
    return series && text && { text, frame: FRAME_MESSAGES[locale], series, locale };
  }
}
