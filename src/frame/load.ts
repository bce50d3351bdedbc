import { DataError } from '../data/errors.js';
import { parseTable } from '../data/parse.js';
import type { TradeYear } from '../data/types.js';
import { validateTable } from '../data/validate.js';

/**
 * Fetches a CSV or JSON file and checks it. Rejects with a DataError for every failure a page
 * can cause (status, network, timeout, bad content); an AbortError when `signal` aborts, which
 * the caller ignores because a newer `src` or a removed element caused it.
 */
export async function loadTradeYears(url: string, signal: AbortSignal, timeoutMs: number): Promise<TradeYear[]> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort();
  // An already aborted signal fires no 'abort' event.
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: timeout.signal, credentials: 'same-origin' });
    } catch (e) {
      throw failure(e, url, signal, timeoutMs);
    }
    if (!response.ok) throw new DataError('fetch-status', { status: response.status, url });
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      throw failure(e, url, signal, timeoutMs);
    }
    return validateTable(parseTable(text, response.headers.get('content-type') ?? ''));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

function failure(e: unknown, url: string, signal: AbortSignal, timeoutMs: number): unknown {
  if (signal.aborted) return e;
  if ((e as Error)?.name === 'AbortError') {
    return new DataError('fetch-timeout', { url, seconds: Math.round(timeoutMs / 100) / 10 });
  }
  return new DataError('fetch-network', { url });
}
