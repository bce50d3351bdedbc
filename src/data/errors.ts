/**
 * Why a data file or option was refused. `code` picks the translated message;
 * `params` fill it in; `line` and `column` point into the file (1-based) where known.
 */
export type DataErrorCode =
  | 'empty'
  | 'header-only'
  | 'html'
  | 'missing-column'
  | 'not-a-number'
  | 'negative'
  | 'balance-mismatch'
  | 'not-a-year'
  | 'duplicate-year'
  | 'json-syntax'
  | 'json-not-array'
  | 'json-not-object'
  | 'fetch-status'
  | 'fetch-network'
  | 'fetch-timeout'
  | 'no-years-in-range'
  | 'bad-range'
  | 'bad-order'
  | 'year-not-in-data'
  | 'no-cpi'
  | 'bad-attribute'
  | 'reader-unavailable'
  | 'monthly-unavailable'
  // Limits (limits.ts) and values no chart can draw:
  | 'too-large'
  | 'too-many-rows'
  | 'out-of-range'
  | 'duplicate-column'
  | 'unreadable'
  | 'data-attribute'
  // Monthly data (validate-months.ts) and periods (periods.ts):
  | 'not-a-month'
  | 'duplicate-month'
  | 'month-gap'
  | 'bad-period'
  | 'period-reversed'
  | 'periods-overlap'
  | 'period-lengths-differ'
  | 'period-not-in-data'
  | 'partial-year-in-range'
  | 'partial-year-with-months';

/** Marks a DataError from any copy of this module (see Symbol.hasInstance below). */
const BRAND = Symbol.for('korus-charts.DataError');

export class DataError extends Error {
  /**
   * `instanceof DataError` holds for an error made by any copy of this class: the script-tag
   * bundles and dist/data-reader.js each carry one, as may a page with two builds of korus-charts.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && BRAND in value;
  }

  readonly [BRAND] = true;
  readonly code: DataErrorCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly line?: number;
  readonly column?: string;

  constructor(
    code: DataErrorCode,
    params: Record<string, string | number> = {},
    where: { line?: number; column?: string } = {},
  ) {
    super(`${code}: ${JSON.stringify({ ...params, ...where })}`);
    this.name = 'DataError';
    this.code = code;
    this.params = params;
    this.line = where.line;
    this.column = where.column;
  }
}
