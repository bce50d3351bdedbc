import { DataError } from '../data/errors.js';
import type { ParsedTable } from '../data/parse.js';
import type { TradeYear } from '../data/types.js';
import { loadTradeYears } from './load.js';

/**
 * A chart's `src` request, made for its data controller once the data reader is here: `done`
 * gets the rows or the refusal (any failure is a DataError), then `korus-load` tells the page the
 * file arrived. After `signal` aborts (a newer `src`, a removed element) nothing is said: the
 * newer request speaks instead.
 */
export function fetchSrc(
  host: Element,
  url: string,
  signal: AbortSignal,
  timeoutMs: number,
  done: (years?: TradeYear[] | ParsedTable, error?: DataError) => void,
): void {
  // Removed while the data reader loaded: the request never starts.
  if (signal.aborted) return;
  loadTradeYears(url, signal, timeoutMs).then(
    (years) => {
      if (signal.aborted) return;
      done(years);
      host.dispatchEvent(
        new CustomEvent('korus-load', {
          detail: { years: Array.isArray(years) ? years.length : years.rows.length },
          bubbles: true,
          composed: true,
        }),
      );
    },
    (e: unknown) => {
      if (!signal.aborted) done(undefined, e instanceof DataError ? e : new DataError('fetch-network', { url }));
    },
  );
}
