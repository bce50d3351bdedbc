/**
 * What a chart reads of a page's own data (`src`, `data`, the CLI's `--data`), documented in
 * README.md. Past them a file is refused with a message naming the limit, before the work.
 */

/** The largest `src` body or `--data` file read: 5 MB (a yearly file is a few kilobytes). */
export const MAX_DATA_BYTES = 5_000_000;

/** The most data rows read: a yearly table holds at most 9,000 four-digit years. */
export const MAX_DATA_ROWS = 10_000;

/** The largest trade value, in millions of U.S. dollars: 1e9 millions is a quadrillion dollars. */
export const MAX_TRADE_MUSD = 1e9;

/** How long a chart waits for `src` without a `timeout` attribute, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 15_000;
