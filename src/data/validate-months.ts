import { DataError } from './errors.js';
import { monthIndex, monthOfYear, monthString, yearOf } from './months.js';
import { tableOf, type ParsedTable, type RawRow } from './parse.js';
import type { TradeMonth } from './types.js';
import { readTrade, show, tradeColumns } from './validate.js';

/** A year the monthly data covers only in part: its first or last. */
export interface PartialYear {
  year: number;
  /** First and last month present, 1–12. */
  firstMonth: number;
  lastMonth: number;
}

export interface CheckedMonths {
  months: TradeMonth[];
  /** The first and/or last year when it lacks some months (data through August: the last, 1–8). */
  partialYears: PartialYear[];
}

/** Whether a table is monthly: it has a `month` column (and then no `year` column is needed). */
export function isMonthlyTable(table: ParsedTable): boolean {
  return table.columns.some((c) => c.toLowerCase() === 'month');
}

/**
 * Monthly records (`month,exports,imports`, month as YYYY-MM; data/'s `*_musd` names and an
 * optional balance too) -> months, sorted. Checked with the same care as yearly rows, and each
 * refusal names the line and column: a month that is not YYYY-MM, a non-number, a negative
 * amount, a balance that disagrees, the same month twice, and a month missing inside the series
 * (sums over periods would silently be short). A first or last year with only some months is
 * kept and reported in `partialYears`, so a chart never shows it as a full year.
 */
export function validateMonthTable(table: ParsedTable): CheckedMonths {
  const cols = tradeColumns(table, 'month');
  const rows = table.rows.map((row) => {
    const index = readMonth(row, cols.key);
    return { line: row.line, index, value: { month: monthString(index), ...readTrade(row, cols) } };
  });

  const seen = new Map<number, number>();
  for (const r of rows) {
    const first = seen.get(r.index);
    if (first !== undefined) {
      throw new DataError('duplicate-month', { month: r.value.month, first }, { line: r.line, column: cols.key });
    }
    seen.set(r.index, r.line);
  }
  rows.sort((a, b) => a.index - b.index);
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    if (b.index !== a.index + 1) {
      throw new DataError(
        'month-gap',
        {
          missing: monthString(a.index + 1),
          lastMissing: monthString(b.index - 1),
          before: a.value.month,
          after: b.value.month,
          beforeLine: a.line,
        },
        { line: b.line, column: cols.key },
      );
    }
  }
  const months = rows.map((r) => r.value);
  return { months, partialYears: partialYears(months) };
}

/** The `data` property with `month` keys, read as a JSON file is. */
export function validateMonthInputs(input: unknown): CheckedMonths {
  return validateMonthTable(tableOf(input));
}

function partialYears(months: readonly TradeMonth[]): PartialYear[] {
  // Sorted months: each year's first and last month and how many it has, in one pass.
  const byYear = new Map<number, PartialYear & { count: number }>();
  for (const d of months) {
    const [year, month] = [yearOf(d.month), monthOfYear(d.month)];
    const y = byYear.get(year);
    if (y) [y.lastMonth, y.count] = [month, y.count + 1];
    else byYear.set(year, { year, firstMonth: month, lastMonth: month, count: 1 });
  }
  return [...byYear.values()].filter((y) => y.count < 12).map(({ year, firstMonth, lastMonth }) => ({ year, firstMonth, lastMonth }));
}

function readMonth(row: RawRow, column: string): number {
  const raw = row.values[column];
  const index = typeof raw === 'string' ? monthIndex(raw.trim()) : undefined;
  if (index === undefined) throw new DataError('not-a-month', { value: show(raw) }, { line: row.line, column });
  return index;
}
