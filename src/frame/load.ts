import { DataError } from '../data/errors.js';
import { DEFAULT_TIMEOUT_MS, MAX_DATA_BYTES } from '../data/limits.js';
import { parseTable, tooLarge, type ParsedTable } from '../data/parse.js';
import type { TradeYear } from '../data/types.js';
import { yearsOrMonths } from '../data/validate.js';

/** The longest delay timers keep (2³¹ − 1 ms, about 24.8 days): a longer one fires at once. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * Fetches a CSV or JSON file and checks it. Rejects with a DataError for every failure a page
 * can cause (status, network, timeout, bad content); an AbortError when `signal` aborts, which
 * the caller ignores because a newer `src` or a removed element caused it. `wait` is the
 * element's `timeout`, in milliseconds. A monthly file comes back as its table, for dist/monthly.js to check.
 */
export async function loadTradeYears(
  url: string,
  signal: AbortSignal,
  wait: number,
): Promise<TradeYear[] | ParsedTable> {
  // Not a positive number: the default. Past what timers can wait (2³¹ − 1 ms, about 24.8 days) one
  // would fire at once, so it is clamped there.
  const timeoutMs = Number.isFinite(wait) && wait > 0 ? Math.min(wait, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
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
      text = await readText(response);
    } catch (e) {
      if (e instanceof DataError) {
        // Stop the download too: a file past the limit is never read to its end.
        timeout.abort();
        throw e;
      }
      throw failure(e, url, signal, timeoutMs);
    }
    return yearsOrMonths(parseTable(text, response.headers.get('content-type') ?? ''));
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * The body as text, read as a stream and refused ('too-large') once past MAX_DATA_BYTES, so a
 * huge or endless file is never held whole (nor an announced Content-Length past it read at all).
 */
async function readText(response: Response): Promise<string> {
  if (Number(response.headers.get('content-length')) > MAX_DATA_BYTES) throw tooLarge();
  const body = response.body;
  if (!body) return response.text();
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_DATA_BYTES) {
      reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}

function failure(e: unknown, url: string, signal: AbortSignal, timeoutMs: number): unknown {
  if (signal.aborted) return e;
  if ((e as Error)?.name === 'AbortError') {
    return new DataError('fetch-timeout', { url, seconds: Math.round(timeoutMs / 100) / 10 });
  }
  return new DataError('fetch-network', { url });
}
