import {
  html,
  LitElement,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { censusSeries } from '../data/embedded.js';
import { DataError } from '../data/errors.js';
import type { TradeSeries } from '../data/types.js';
import { formatterFor, type Formatter } from '../format/format.js';
import { matchLocale, type Locale } from '../format/locale.js';
import { errorText, FRAME_MESSAGES, type FrameMessages } from '../format/messages.js';
import { hasLocale } from '../format/localized.js';
import { loadLocale } from '../format/load-locale.js';
import { downloadMenu } from './download-menu.js';
import { followLang, inheritedLang } from './lang.js';
import { ResizeController, type Size } from './resize-controller.js';
import { frameStyles } from './styles.js';
import { createTextMeasurer, type MeasureText } from '../layout/text.js';
import type { ChartContext, ChartText, FocusStop } from './view-model.js';

export interface KorusErrorDetail {
  code: string;
  message: string;
}

export type { ChartContext };

export type Layout<M> = { model: M; stops: FocusStop[] };

const DEFAULT_TIMEOUT_MS = 15_000;

type DataReader = typeof import('./data-reader.js');
/** The data reader, once loaded: a page's own data is read synchronously from then on. */
let reader: DataReader | undefined;
let readerLoad: Promise<DataReader> | undefined;
/**
 * Loads the data reader once per page. A failed load rejects with the `reader-unavailable`
 * refusal, and the next chart tries again.
 */
function loadReader(): Promise<DataReader> {
  return (readerLoad ??= import('./data-reader.js').then(
    (m) => (reader = m),
    () => {
      readerLoad = undefined;
      throw new DataError('reader-unavailable');
    },
  ));
}
/** Reactive state that changes what is highlighted, not what is drawn. */
const UI_STATE = new Set(['_active', '_part', '_tableShown']);
let warnedLangs = new Set<string>();

/**
 * The frame every chart shares: data loading (embedded, `src` or `data`), language, theme,
 * size, title/subtitle/footer, the data table, tooltip, keyboard and error states. A chart
 * subclass supplies three pure steps (text, layout, plot template) and nothing else.
 *
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
export abstract class KorusChartBase<M> extends LitElement {
  static override styles: CSSResultGroup = frameStyles;

  static override properties: PropertyDeclarations = {
    lang: {},
    theme: { reflect: true },
    timeout: { type: Number },
    src: {},
    data: { attribute: false },
    chartTitle: { attribute: 'chart-title' },
    chartSubtitle: { attribute: 'chart-subtitle' },
    note: {},
    _series: { state: true },
    _loadError: { state: true },
    _active: { state: true },
    _part: { state: true },
    _loading: { state: true },
    _tableShown: { state: true },
  };

  private readonly _internals = this.attachInternals();

  constructor() {
    super();
    this.lang = '';
    this.timeout = DEFAULT_TIMEOUT_MS;
    this._loading = false;
    this._tableShown = false;
  }

  /** Language of every string: "en" or "ko". Without it, the nearest ancestor's lang applies. */
  declare lang: string;

  /** "light", "dark", or unset to follow the reader's system preference. */
  declare theme?: 'light' | 'dark';

  /** URL of a CSV or JSON file with year, exports, imports (millions of USD) to use instead of the embedded data. */
  declare src?: string;

  /** Milliseconds to wait for `src` before showing a timeout message. */
  declare timeout: number;

  /** Rows of {year, exports, imports} in millions of USD; takes precedence over `src`. */
  declare data?: unknown;

  /** Replaces the default title (shown as text). */
  declare chartTitle?: string;

  /** Replaces the default subtitle (shown as text). */
  declare chartSubtitle?: string;

  /** An extra note for the footer (shown as text). */
  declare note?: string;

  declare protected _series?: TradeSeries;
  declare private _loadError?: DataError;
  declare private _loading: boolean;
  declare private _tableShown: boolean;
  declare private _active?: number;
  /** Which mark within the active stop (its `parts`), for charts with several marks per year. */
  declare private _part?: number;

  protected _locale: Locale = 'en';
  protected _fmt: Formatter = formatterFor('en');
  private _text?: ChartText;
  private _layout?: Layout<M>;
  private _viewError?: DataError;
  private _announcement = '';
  private _fetch?: AbortController;
  /** Waiting for the data reader to check `data`; updateComplete waits for it too. */
  private _awaitingReader?: Promise<void>;
  /** Waiting for a language's strings (Korean, on first use); updateComplete waits for it too. */
  private _awaitingLocale?: Promise<void>;
  private _localeFailed = false;
  /** Nothing drawn yet and the language's strings still on their way. */
  private _holding = false;
  private _lastErrorKey = '';
  private _computedLocale?: Locale;
  private _tooltipPos = { left: '', right: '', top: '' };
  private _font?: string;
  private _measure: MeasureText = createTextMeasurer('');
  private _computedSize: Size = { widthPx: -1, heightPx: -1 };
  private readonly _resize = new ResizeController(this, () => this.renderRoot?.querySelector('.plot'));

  /** Words and table; may throw DataError for options that do not fit the data. */
  protected abstract describe(ctx: ChartContext): ChartText;
  /** Geometry for a size; pure. */
  protected abstract layout(ctx: ChartContext, size: Size): Layout<M>;
  /**
   * The SVG marks for a model. `active` is the focused stop's index; `part` the key of the
   * focused mark within it, when the stop has parts.
   */
  protected abstract renderPlot(model: M, active: number | undefined, part?: string): SVGTemplateResult;

  /**
   * Checks a numeric attribute and returns it, or undefined when unset. A value that is not a
   * number (or breaks `kind`) becomes a DataError quoting what the page wrote, never NaN on screen.
   */
  protected numberAttribute(
    name: string,
    value: number | string | undefined,
    kind: 'year' | 'number' | 'nonnegative',
  ): number | undefined {
    if (value === undefined || value === null || value === '') return undefined;
    // Frameworks (React 19, Vue, Svelte) set `from="2007"` as a property holding a string: read
    // it as Lit reads the attribute (Number), so both paths accept the same values.
    const n = typeof value === 'string' ? (value.trim() ? Number(value) : NaN) : value;
    const ok =
      Number.isFinite(n) &&
      (kind === 'number' ||
        (kind === 'nonnegative' && n >= 0) ||
        (kind === 'year' && Number.isInteger(n) && n >= 1000 && n <= 9999));
    if (!ok)
      throw new DataError('bad-attribute', { name, value: this.getAttribute(name) ?? String(value), expected: kind });
    return n;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    followLang(this, false);
    // A removed chart cancels its request; a re-attached one starts it again.
    this._fetch?.abort();
    this._fetch = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    followLang(this, true);
    if (this.hasUpdated && this.src && this.data === undefined && !this._series && !this._fetch) this._startLoad();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') || changed.has('src') || !this.hasUpdated) this._resolveData();

    const requested = this.lang || inheritedLang(this);
    const locale = matchLocale(requested);
    if (!locale && requested && !warnedLangs.has(requested)) {
      warnedLangs.add(requested);
      console.warn(`korus-charts: lang="${requested}" is not supported; showing English. Supported: en, ko.`);
    }
    // Korean strings load on first use: until they arrive, a chart already drawn keeps its
    // current language and a new one waits (an empty box of the final size), never a flash of
    // English. If they cannot be loaded, the chart speaks English and says why in the console.
    const wanted = locale ?? 'en';
    const ready = hasLocale(wanted) || this._localeFailed;
    if (!ready) this._awaitLocale(wanted);
    this._locale = hasLocale(wanted) ? wanted : ready ? 'en' : (this._computedLocale ?? 'en');
    this._fmt = formatterFor(this._locale);
    this._holding = !ready && this._computedLocale === undefined;
    // The custom state lets a no-JavaScript fallback (renderHTML) keep its styles meanwhile.
    // Browsers before 2024 refuse a state name without "--"; the fallback is then unstyled.
    try {
      this._internals.states[this._holding ? 'add' : 'delete']('korus-waiting');
    } catch {
      /* no custom states */
    }
    if (this._holding) return;

    // Hover, focus and the table toggle change no input: skip the words and the layout then.
    const size = this._resize.size;
    const inputsChanged =
      !this.hasUpdated ||
      this._locale !== this._computedLocale ||
      [...changed.keys()].some((k) => !UI_STATE.has(k as string));
    const sizeChanged = size.widthPx !== this._computedSize.widthPx || size.heightPx !== this._computedSize.heightPx;
    if (!inputsChanged && !sizeChanged) return;
    this._computedLocale = this._locale;
    this._computedSize = size;

    const series = this._series;
    if (!series) {
      this._text = undefined;
      this._layout = undefined;
      return;
    }
    // The page may set the font through --korus-font-family, a reader's style sheet the spacing:
    // measure in whatever applies.
    const style = getComputedStyle(this);
    const font = `${style.fontFamily}|${style.letterSpacing}|${style.wordSpacing}`;
    if (font !== this._font) {
      this._font = font;
      this._measure = createTextMeasurer(
        style.fontFamily,
        parseFloat(style.letterSpacing) || 0,
        parseFloat(style.wordSpacing) || 0,
      );
    }
    const ctx: ChartContext = {
      series,
      locale: this._locale,
      fmt: this._fmt,
      frame: FRAME_MESSAGES[this._locale],
      measure: this._measure,
    };
    try {
      if (inputsChanged) this._text = this.describe(ctx);
      this._layout = size.widthPx > 0 && size.heightPx > 0 ? this.layout(ctx, size) : undefined;
      this._viewError = undefined;
    } catch (e) {
      if (!(e instanceof DataError)) throw e;
      this._viewError = e;
      this._text = undefined;
      this._layout = undefined;
    }
    const stops = this._layout?.stops ?? [];
    if (this._active !== undefined && this._active >= stops.length)
      this._active = stops.length ? stops.length - 1 : undefined;
  }

  protected override updated(): void {
    if (this._holding) return;
    const tip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tip) Object.assign(tip.style, this._tooltipPos);
    const error = this._loadError ?? this._viewError;
    const key = error ? `${error.code}:${error.message}` : '';
    if (key && key !== this._lastErrorKey) {
      this.dispatchEvent(
        new CustomEvent<KorusErrorDetail>('korus-error', {
          detail: { code: error!.code, message: this._errorText(error!) },
          bubbles: true,
          composed: true,
        }),
      );
    }
    this._lastErrorKey = key;
  }

  /** Also waits for the data reader and a language's strings on their way, so the chart is drawn. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this._awaitingReader || this._awaitingLocale) {
      await (this._awaitingReader ?? this._awaitingLocale);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  private _awaitLocale(locale: Locale): void {
    if (this._awaitingLocale) return;
    this._awaitingLocale = loadLocale(locale).then((ok) => {
      this._awaitingLocale = undefined;
      if (!ok) {
        this._localeFailed = true;
        console.warn('korus-charts: ko.js (next to the script) could not be loaded; showing English.');
      }
      this.requestUpdate();
    });
  }

  private _errorText(e: DataError): string {
    return errorText(this._locale, e, reader?.DATA_ERROR_MESSAGES);
  }

  private _resolveData(): void {
    this._fetch?.abort();
    this._fetch = undefined;
    this._awaitingReader = undefined;
    this._loadError = undefined;
    this._loading = false;
    if (this.data !== undefined && this.data !== null) {
      if (!reader) {
        // Until the reader arrives the previous chart (or "Loading data…") stays on screen.
        this._loading = true;
        const wait: Promise<void> = loadReader().then(
          () => {
            if (this._awaitingReader === wait) this._resolveData();
          },
          (e: DataError) => {
            if (this._awaitingReader !== wait) return;
            this._awaitingReader = undefined;
            this._loading = false;
            this._loadError = e;
          },
        );
        this._awaitingReader = wait;
        return;
      }
      try {
        this._series = { years: reader.validateInputs(this.data), source: { kind: 'property' } };
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        this._loadError = e;
      }
    } else if (this.src) {
      this._startLoad();
    } else {
      this._series = censusSeries();
    }
  }

  private _startLoad(): void {
    const url = this.src!;
    const controller = new AbortController();
    this._fetch = controller;
    this._loading = true;
    const timeout = Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS;
    loadReader()
      .then((r) => r.loadTradeYears(url, controller.signal, timeout))
      .then(
        (years) => {
          if (controller.signal.aborted) return;
          this._fetch = undefined;
          this._loading = false;
          this._loadError = undefined;
          this._series = { years, source: { kind: 'url', url } };
          this.dispatchEvent(
            new CustomEvent('korus-load', { detail: { years: years.length }, bubbles: true, composed: true }),
          );
        },
        (e: unknown) => {
          // Aborted: a newer src or a removed element; the newer request speaks instead.
          if (controller.signal.aborted) return;
          this._fetch = undefined;
          this._loading = false;
          this._loadError = e instanceof DataError ? e : new DataError('fetch-network', { url });
        },
      );
  }

  protected override render(): TemplateResult {
    // Waiting for the language's strings: a static fallback in the light DOM (renderHTML) stays
    // in view; without one, an empty box of the plot's height.
    if (this._holding)
      return html`<slot><figure part="figure" aria-busy="true"><div class="plot" part="plot"></div></figure></slot>`;
    const frame = FRAME_MESSAGES[this._locale];
    const text = this._text;
    const error = this._loadError ?? this._viewError;
    const layout = this._layout;
    const errorMessage = error ? this._errorText(error) : '';
    const showChart = text !== undefined;
    const stops = layout?.stops ?? [];
    const active = this._active !== undefined ? stops[this._active] : undefined;
    return html`<figure part="figure" lang=${this._locale} aria-labelledby="title" aria-describedby="summary">
      ${
        text
          ? html`<p class="title" part="title" id="title">${this.chartTitle || text.title}</p>
            <p class="subtitle" part="subtitle">${this.chartSubtitle || text.subtitle}</p>`
          : nothing
      }
      ${
        error && showChart
          ? html`<div class="alert" role="alert" part="error">${frame.keptPrevious} ${errorMessage}</div>`
          : nothing
      }
      <div
        class="plot"
        part="plot"
        tabindex=${showChart ? '0' : '-1'}
        role="group"
        aria-roledescription="chart"
        aria-labelledby="title"
        aria-describedby="summary hint"
        @keydown=${this._onKeyDown}
        @pointermove=${this._onPointerMove}
        @pointerleave=${this._onPointerLeave}
        @focus=${this._onFocus}
        @blur=${this._onBlur}
      >
        ${
          error && !showChart
            ? html`<div class="alert" role="alert" part="error">${errorMessage}</div>`
            : this._loading && !showChart
              ? html`<p class="subtitle">${frame.loading}</p>`
              : nothing
        }
        ${
          layout && showChart
            ? html`<svg
              aria-hidden="true"
              width=${this._resize.size.widthPx}
              height=${this._resize.size.heightPx}
              viewBox="0 0 ${this._resize.size.widthPx} ${this._resize.size.heightPx}"
            >
              ${this.renderPlot(layout.model, this._active, this._part !== undefined ? active?.parts?.[this._part]?.key : undefined)}
            </svg>`
            : nothing
        }
        ${active ? this._renderTooltip(active) : nothing}
      </div>
      <div class="sr-only" aria-live="polite">${this._announcement}</div>
      ${
        text
          ? html`<p class="sr-only" id="summary">${text.summary}</p>
            <p class="sr-only" id="hint">${text.hint ?? frame.plotHint}</p>
            ${this._renderFooter(text, frame)} ${this._renderTable(text)}`
          : nothing
      }
    </figure>`;
  }

  private _renderTooltip(stop: FocusStop): TemplateResult {
    const { widthPx } = this._resize.size;
    // Keep the box inside the chart: flip to the left of the anchor past the middle. The
    // position is applied in updated() through the CSSOM: a strict style-src policy blocks
    // style attributes, and Lit's styleMap writes one on first render.
    const flip = stop.x > widthPx / 2;
    this._tooltipPos = {
      left: flip ? '' : `${Math.max(0, stop.x + 12)}px`,
      right: flip ? `${Math.max(0, widthPx - stop.x + 12)}px` : '',
      top: `${Math.max(0, stop.y - 10)}px`,
    };
    return html`<div class="tooltip" part="tooltip" aria-hidden="true">
      <strong>${stop.heading}</strong>
      ${stop.rows.map(
        (r, i) =>
          html`<div class="tooltip-row ${this._part !== undefined && stop.parts?.[this._part]?.row === i ? 'current' : ''}" data-series=${r.series ?? ''}>
            <span>${r.label}</span><span>${r.value}</span>
          </div>`,
      )}
    </div>`;
  }

  private _renderFooter(text: ChartText, frame: FrameMessages): TemplateResult {
    const source = this._series!.source;
    return html`<footer part="footer">
      <p class="source">
        ${
          source.kind === 'census'
            ? html`${frame.censusSource.before}<a href=${source.url} target="_blank" rel="noopener noreferrer"
                >${frame.censusSource.link}</a
              >${frame.censusSource.after(source.asOf)}`
            : source.kind === 'url'
              ? html`${frame.urlSource} <a href=${source.url}>${source.url}</a>`
              : frame.propertySource
        }
      </p>
      ${text.notes.map((n) => html`<p class="note">${n}</p>`)}
      ${this.note ? html`<p class="note">${this.note}</p>` : nothing}
      <button
        part="button"
        type="button"
        aria-expanded=${this._tableShown ? 'true' : 'false'}
        aria-controls="data-table"
        @click=${() => (this._tableShown = !this._tableShown)}
      >
        ${this._tableShown ? frame.hideData : frame.showData}
      </button>
      ${downloadMenu(this, frame)}
    </footer>`;
  }

  private _renderTable(text: ChartText): TemplateResult {
    const t = text.table;
    // Always in the accessibility tree; only its visibility toggles.
    return html`<div class="table-wrap ${this._tableShown ? '' : 'sr-only'}" part="table" id="data-table">
      <table>
        <caption>
          ${t.caption}
        </caption>
        <thead>
          <tr>
            ${t.columns.map((c) => html`<th scope="col">${c}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${t.rows.map(
            (r) => html`<tr data-key=${r.key}>
              <th scope="row">${r.cells[0]}</th>
              ${r.cells.slice(1).map((c) => html`<td>${c}</td>`)}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  private _setActive(index: number | undefined, announce: boolean, part = this._part): void {
    this._active = index;
    const stop = index !== undefined ? this._layout?.stops[index] : undefined;
    const parts = stop?.parts;
    this._part = parts?.length && part !== undefined ? Math.min(part, parts.length - 1) : undefined;
    if (announce && stop) this._announcement = this._part !== undefined ? parts![this._part].announce : stop.announce;
  }

  /**
   * Left/Right move between stops (years), keeping the focused mark; Up/Down move between the
   * marks of a stop where it has several (exports, imports, balance), else between stops too.
   * Home/End jump to the ends; Escape hides the tooltip.
   */
  private _onKeyDown(e: KeyboardEvent): void {
    const stops = this._layout?.stops ?? [];
    const count = stops.length;
    if (count === 0) return;
    const current = this._active ?? -1;
    const parts = current >= 0 ? (stops[current].parts?.length ?? 0) : 0;
    const vertical = e.key === 'ArrowUp' || e.key === 'ArrowDown';
    if (vertical && parts > 0) {
      const now = this._part ?? -1;
      const part = e.key === 'ArrowDown' ? Math.min(parts - 1, now + 1) : now <= 0 ? 0 : now - 1;
      e.preventDefault();
      this._setActive(current, true, part);
      return;
    }
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(count - 1, current + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = current < 0 ? count - 1 : Math.max(0, current - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        if (this._active === undefined) return;
        this._active = undefined;
        this._part = undefined;
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this._setActive(next, true);
  }

  private _onPointerMove(e: PointerEvent): void {
    const stops = this._layout?.stops;
    if (!stops?.length) return;
    const box = (e.currentTarget as HTMLElement).getBoundingClientRect();
    const x = e.clientX - box.left;
    const y = e.clientY - box.top;
    const i = stops.findIndex((s) => x >= s.x0 && x < s.x1 && y >= (s.y0 ?? -Infinity) && y < (s.y1 ?? Infinity));
    this._setActive(i >= 0 ? i : undefined, false);
  }

  private _onPointerLeave(): void {
    if (this.shadowRoot?.activeElement?.classList.contains('plot')) return;
    this._active = undefined;
    this._part = undefined;
  }

  private _onFocus(): void {
    // Focus lands on the latest year: that is where a reader's question usually starts.
    if (this._active === undefined) this._setActive((this._layout?.stops.length ?? 0) - 1, true);
  }

  private _onBlur(): void {
    this._active = undefined;
    this._part = undefined;
  }
}

/** Test hook: forget which unsupported languages were already warned about. */
export function resetLangWarnings(): void {
  warnedLangs = new Set();
}
