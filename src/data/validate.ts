import { DataError } from './errors.js';
import { toNumber } from './number.js';
import { tableOf, type ParsedTable, type RawRow } from './parse.js';
import type { TradeYear } from './types.js';

/** Accepted column names (case-insensitive) for each field. The *_musd names are data/'s own. */
export const COLUMN_NAMES = {
  year: ['year'],
  exports: ['exports', 'exports_musd'],
  imports: ['imports', 'imports_musd'],
  balance: ['balance', 'balance_musd'],
} as const;

type Field = keyof typeof COLUMN_NAMES;

/** Largest gap between a file's balance and exports - imports that rounding can explain. */
export const BALANCE_TOLERANCE_MUSD = 0.15;

/**
 * Records -> trade years, sorted by year. Missing years stay missing (charts draw gaps, never
 * interpolate). Throws DataError naming the line, the column and what was expected.
 */
export function validateTable(table: ParsedTable): TradeYear[] {
  const lower = new Map(table.columns.map((c) => [c.toLowerCase(), c]));
  const pick = (field: Field): string | undefined =>
    COLUMN_NAMES[field].map((n) => lower.get(n)).find((c) => c !== undefined);
  const cols = { year: pick('year'), exports: pick('exports'), imports: pick('imports'), balance: pick('balance') };
  for (const field of ['year', 'exports', 'imports'] as const) {
    if (cols[field] === undefined) {
      throw new DataError('missing-column', { column: field, found: table.columns.join(', ') || '—' });
    }
  }
  return checkYears(
    table.rows.map((row) => {
      const year = readYear(row, cols.year!);
      const exportsMusd = readAmount(row, cols.exports!);
      const importsMusd = readAmount(row, cols.imports!);
      let balanceMusd = exportsMusd - importsMusd;
      const given = cols.balance === undefined ? undefined : row.values[cols.balance];
      if (given !== undefined && given !== '') {
        // A file's own balance (data/ computes it before rounding) wins if it agrees.
        const b = readNumber(row, cols.balance!, true);
        if (Math.abs(b - balanceMusd) > BALANCE_TOLERANCE_MUSD) {
          throw new DataError(
            'balance-mismatch',
            { value: String(given), expected: Math.round((exportsMusd - importsMusd) * 10) / 10 },
            { line: row.line, column: cols.balance },
          );
        }
        balanceMusd = b;
      }
      return { line: row.line, value: { year, exportsMusd, importsMusd, balanceMusd } };
    }),
  );
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

function readAmount(row: RawRow, column: string): number {
  return readNumber(row, column, false);
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

export function show(raw: unknown): string {
  if (raw === undefined || raw === null || raw === '') return '';
  const s = typeof raw === 'string' ? raw : JSON.stringify(raw);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
