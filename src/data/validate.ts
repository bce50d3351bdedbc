import { DataError } from './errors.js';
import { toNumber } from './number.js';
import { kindOf, tableOf, type ParsedTable, type RawRow } from './parse.js';
import type { TradeYear } from './types.js';

/** Accepted column names (case-insensitive) for each field. The *_musd names are data/'s own. */
const COLUMN_NAMES = {
  year: ['year'],
  exports: ['exports', 'exports_musd'],
  imports: ['imports', 'imports_musd'],
  balance: ['balance', 'balance_musd'],
} as const;

/** Largest gap between a file's balance and exports - imports that rounding can explain. */
const BALANCE_TOLERANCE_MUSD = 0.15;

/**
 * Records -> trade years, sorted by year. Missing years stay missing (charts draw gaps, never
 * interpolate). Throws DataError naming the line, the column and what was expected.
 */
export function validateTable(table: ParsedTable): TradeYear[] {
  const cols = tradeColumns(table, 'year');
  return checkYears(
    table.rows.map((row) => ({ line: row.line, value: { year: readYear(row, cols.key), ...readTrade(row, cols) } })),
  );
}

/** The columns of a yearly or monthly table: its key (`year` or `month`), exports, imports and, optionally, balance. */
export interface TradeColumns {
  key: string;
  exports: string;
  imports: string;
  balance?: string;
}

/** Finds a table's columns by their accepted names (case-insensitive); DataError 'missing-column' names the first absent one. */
export function tradeColumns(table: ParsedTable, key: 'year' | 'month'): TradeColumns {
  const lower = new Map(table.columns.map((c) => [c.toLowerCase(), c]));
  const pick = (names: readonly string[]) => names.map((n) => lower.get(n)).find((c) => c !== undefined);
  const cols = {
    key: pick(key === 'year' ? COLUMN_NAMES.year : ['month']),
    exports: pick(COLUMN_NAMES.exports),
    imports: pick(COLUMN_NAMES.imports),
    balance: pick(COLUMN_NAMES.balance),
  };
  for (const field of ['key', 'exports', 'imports'] as const) {
    if (cols[field] === undefined) {
      const column = field === 'key' ? key : field;
      throw new DataError('missing-column', { column, found: table.columns.join(', ') || '—' });
    }
  }
  return cols as TradeColumns;
}

/**
 * One row's amounts: exports and imports (not negative) and the balance, exports − imports unless
 * the row gives its own (data/ computes it before rounding), which wins if it agrees.
 */
export function readTrade(row: RawRow, cols: TradeColumns): Omit<TradeYear, 'year'> {
  const exportsMusd = readNumber(row, cols.exports, false);
  const importsMusd = readNumber(row, cols.imports, false);
  let balanceMusd = exportsMusd - importsMusd;
  const given = cols.balance === undefined ? undefined : row.values[cols.balance];
  if (given !== undefined && given !== '') {
    const b = readNumber(row, cols.balance!, true);
    if (Math.abs(b - balanceMusd) > BALANCE_TOLERANCE_MUSD) {
      throw new DataError(
        'balance-mismatch',
        { value: String(given), expected: Math.round(balanceMusd * 10) / 10 },
        { line: row.line, column: cols.balance },
      );
    }
    balanceMusd = b;
  }
  return { exportsMusd, importsMusd, balanceMusd };
}

/** The `data` property: an array of {year, exports, imports} in millions of USD, read as a JSON file is. */
export function validateInputs(input: unknown): TradeYear[] {
  return validateTable(tableOf(input));
}

function checkYears(rows: { line: number; value: TradeYear }[]): TradeYear[] {
  const seen = new Map<number, number>();
  for (const { line, value } of rows) {
    const first = seen.get(value.year);
    if (first !== undefined) {
      throw new DataError('duplicate-year', { year: value.year, first }, { line, column: 'year' });
    }
    seen.set(value.year, line);
  }
  return rows.map((r) => r.value).sort((a, b) => a.year - b.year);
}

function readYear(row: RawRow, column: string): number {
  const raw = row.values[column];
  const n = toNumber(raw);
  if (n === undefined || !Number.isInteger(n) || n < 1000 || n > 9999) {
    throw new DataError('not-a-year', { value: show(raw) }, { line: row.line, column });
  }
  return n;
}

export function readNumber(row: RawRow, column: string, allowNegative: boolean): number {
  const raw = row.values[column];
  const n = toNumber(raw);
  if (n === undefined) {
    throw new DataError('not-a-number', { value: show(raw), expected: 'number' }, { line: row.line, column });
  }
  if (!allowNegative && n < 0) throw new DataError('negative', { value: show(raw) }, { line: row.line, column });
  return n;
}

/**
 * A cell's value quoted in a refusal, cut at 40 characters. A value JSON.stringify() cannot write
 * (nested 100,000 deep, a cycle or a BigInt in the `data` property) is named by its kind instead.
 */
export function show(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return '';
  let s: string;
  try {
    s = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  } catch {
    s = kindOf(raw);
  }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
