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
  | 'bad-attribute';

export class DataError extends Error {
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
