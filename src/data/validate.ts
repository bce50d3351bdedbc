import { DataError } from './errors.js';
import { MAX_TRADE_MUSD } from './limits.js';
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
  const lower = new Map<string, string>();
  const twice = new Set<string>();
  for (const c of table.columns) {
    const l = c.toLowerCase();
    if (lower.has(l)) twice.add(l);
    lower.set(l, c);
  }
  const pick = (names: readonly string[]) => {
    const found = names.find((n) => lower.has(n));
    // Two columns of one name: which one holds the data is a guess, so neither is taken.
    if (found !== undefined && twice.has(found)) throw new DataError('duplicate-column', { column: lower.get(found)! });
    return found === undefined ? undefined : lower.get(found);
  };
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

/** A table's years; with `months`, a monthly table (a `month` column) is returned as it is, for dist/monthly.js to check. */
export const yearsOrMonths = (t: ParsedTable, months = true): TradeYear[] | ParsedTable =>
  months && t.columns.some((c) => c.toLowerCase() == 'month') ? t : validateTable(t);

/** The `data` property: an array of {year, exports, imports} in millions of USD, read as a JSON file is. */
export function validateInputs(input: unknown): TradeYear[];
/** With `months`, monthly rows ({month: "2026-08", exports, imports}) come back as their table. */
export function validateInputs(input: unknown, months: boolean): TradeYear[] | ParsedTable;
export function validateInputs(input: unknown, months = false): TradeYear[] | ParsedTable {
  try {
    return yearsOrMonths(tableOf(input), months);
  } catch (e) {
    if (e instanceof DataError) throw e;
    // A getter or a Proxy of the page's that throws while its rows are read.
    throw new DataError('unreadable', { detail: show(errorName(e)) });
  }
}

function errorName(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : typeof e;
  } catch {
    return typeof e;
  }
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
  if (Math.abs(n) > MAX_TRADE_MUSD) {
    throw new DataError('out-of-range', { value: show(raw) }, { line: row.line, column });
  }
  return n;
}

/** A cell as the page wrote it, at most 40 characters, for a message; never throws, whatever the value. */
export function show(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return '';
  let s: string | undefined;
  switch (typeof raw) {
    case 'string':
      s = raw;
      break;
    case 'bigint':
      s = `${raw}n`;
      break;
    case 'object':
      try {
        // Circular, holding a BigInt, or a Proxy that throws: named by its kind instead.
        s = JSON.stringify(raw);
      } catch {
        /* below */
      }
      s ??= kindOf(raw);
      break;
    case 'function':
      s = kindOf(raw);
      break;
    default:
      // number, boolean, symbol (String() names a Symbol, where a template literal would throw)
      s = String(raw);
  }
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
