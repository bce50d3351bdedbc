import type { ReactiveController, ReactiveElement } from 'lit';
import { censusSeries } from '../data/embedded.js';
import { DataError } from '../data/errors.js';
import { DEFAULT_TIMEOUT_MS } from '../data/limits.js';
import type { ParsedTable } from '../data/parse.js';
import type { SeriesSource, TradeSeries, TradeYear } from '../data/types.js';
import type { ErrorMessages } from '../format/data-errors.js';
import type { Locale } from '../format/locale.js';

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

/** Hands over the data reader at once (a server, korus-charts/ssr, has every module at hand). */
export function useReader(m: DataReader): void {
  reader = m;
  readerLoad = Promise.resolve(m);
}

/** What the controller reads from its element. */
export interface DataHost extends ReactiveElement {
  data?: unknown;
  src?: string;
  timeout: number;
}

/**
 * The chart's data: embedded, the `data` property (checked by the data reader, loaded on first
 * use) or fetched from `src` with a timeout. A newer `src`, or a removed element, cancels the
 * request; a re-attached one starts it again. `korus-load` tells the page a file arrived.
 */
export class DataController implements ReactiveController {
  _series?: TradeSeries;
  _error?: DataError;
  _loading = false;
  /** Waiting for the data reader to check `data`; updateComplete waits for it too. */
  _awaiting?: Promise<void>;
  /** The data reader on its way for a refusal's words; updateComplete waits for it too. */
  _wordsLoad?: Promise<void>;
  private _wordsFailed = false;
  private _fetch?: AbortController;
  /** A `src` request that a removal cancelled (or that waited for attachment): re-attaching starts it. */
  private _resume = false;

  constructor(private readonly _host: DataHost) {
    _host.addController(this);
  }

  hostConnected(): void {
    const h = this._host;
    if (this._resume && h.src && !this._fetch) this._start();
  }

  hostDisconnected(): void {
    if (this._fetch) this._resume = true;
    this._fetch?.abort();
    this._fetch = undefined;
  }

  /**
   * The words for a refusal, which travel with the data reader: its messages, undefined while it
   * loads (this starts the load), or null when it could not be loaded.
   */
  _errorWords(): Record<Locale, ErrorMessages> | null | undefined {
    if (reader) return reader.DATA_ERROR_MESSAGES;
    if (this._wordsFailed) return null;
    this._wordsLoad ??= loadReader()
      .then(
        () => {},
        () => {
          this._wordsFailed = true;
        },
      )
      .then(() => {
        this._wordsLoad = undefined;
        this._host.requestUpdate();
      });
    return undefined;
  }

  /** Reads `data`, else starts loading `src`, else takes the embedded series. */
  _read(): void {
    const h = this._host;
    this._fetch?.abort();
    this._fetch = undefined;
    this._resume = false;
    this._awaiting = undefined;
    this._error = undefined;
    this._loading = false;
    if (h.data !== undefined && h.data !== null) {
      if (!reader) {
        // Until the reader arrives the previous chart (or "Loading data…") stays on screen.
        this._loading = true;
        const wait: Promise<void> = loadReader().then(
          () => {
            if (this._awaiting === wait) this._settle(() => this._read());
          },
          (e: DataError) => {
            if (this._awaiting === wait) this._settle(() => this._fail(e));
          },
        );
        this._awaiting = wait;
        return;
      }
      try {
        this._take(reader.validateInputs(h.data, true), { kind: 'property' });
      } catch (e) {
        if (!(e instanceof DataError)) throw e;
        this._error = e;
      }
    } else if (/^\[object /.test(h.getAttribute('data') ?? '')) {
      // Objects written as text into an attribute that is never read: a framework (React 19) set it
      // before the library defined the tag. The page meant its own rows, so the embedded ones are not drawn.
      this._error = new DataError('data-attribute', { value: h.getAttribute('data')!.slice(0, 40) });
    } else if (h.src) {
      this._start();
    } else {
      this._series = censusSeries();
    }
  }

  /** Years as they are; a monthly table is kept for the chart, whose run checks it with dist/monthly.js. */
  private _take(v: TradeYear[] | ParsedTable, source: SeriesSource): void {
    this._series = Array.isArray(v) ? { years: v, source } : { years: [], monthlyTable: v, source };
  }

  private _settle(change: () => void): void {
    this._awaiting = undefined;
    change();
    this._host.requestUpdate();
  }

  private _fail(e: DataError): void {
    this._fetch = undefined;
    this._loading = false;
    this._error = e;
  }

  /** Starts the `src` request; the data reader makes it (fetch-src.ts) and tells the page. */
  private _start(): void {
    const h = this._host;
    const url = h.src!;
    this._loading = true;
    this._resume = !h.isConnected;
    // A chart removed before its first update asks for nothing: re-attaching it starts the request.
    if (this._resume) return;
    const { signal } = (this._fetch = new AbortController());
    h.requestUpdate();
    const timeout = h.timeout;
    const done = (years?: TradeYear[] | ParsedTable, error?: DataError) => {
      if (signal.aborted) return;
      if (error) this._fail(error);
      else {
        this._fetch = undefined;
        this._loading = false;
        this._error = undefined;
        this._take(years!, { kind: 'url', url });
      }
      h.requestUpdate();
    };
    loadReader().then(
      (r) => r.fetchSrc(h, url, signal, timeout, done),
      (e: DataError) => done(undefined, e),
    );
  }
}

export { DEFAULT_TIMEOUT_MS };
