import type { EmbeddedMonthly, TradeMonth } from './types.js';

/** "2026-08" -> months since year 0 (2026 × 12 + 7); undefined for anything else. */
export function monthIndex(s: string): number | undefined {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : undefined;
}

/** The inverse of monthIndex: 24319 -> "2026-08". */
export function monthString(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export const yearOf = (month: string): number => Number(month.slice(0, 4));
/** 1–12 */
export const monthOfYear = (month: string): number => Number(month.slice(5, 7));

/** The columnar generated module -> one TradeMonth per month (balance exact, as in embedded.ts). */
export function monthsFromColumns(m: EmbeddedMonthly): TradeMonth[] {
  const first = monthIndex(m.firstMonth)!;
  return m.exportsMusd.map((exportsMusd, i) => ({
    month: monthString(first + i),
    exportsMusd,
    importsMusd: m.importsMusd[i],
    balanceMusd: Math.round((exportsMusd - m.importsMusd[i]) * 10 + m.balanceResidualTenths[i]) / 10,
  }));
}

export interface MonthTotal {
  exportsMusd: number;
  importsMusd: number;
  balanceMusd: number;
}

/**
 * Sum of the months from `from` to `to` inclusive ("YYYY-MM"); undefined unless every one of them
 * is in `months` (sorted, one per month).
 */
export function sumMonths(months: readonly TradeMonth[], from: string, to: string): MonthTotal | undefined {
  const a = monthIndex(from);
  const b = monthIndex(to);
  if (a === undefined || b === undefined || a > b) return undefined;
  const picked = months.filter((d) => {
    const k = monthIndex(d.month)!;
    return k >= a && k <= b;
  });
  return picked.length === b - a + 1 ? totalOf(picked) : undefined;
}

/** The months' sums, rounded to 0.1 million (the data's precision) so float noise never shows. */
function totalOf(months: readonly TradeMonth[]): MonthTotal {
  const total = (f: keyof MonthTotal) => Math.round(months.reduce((t, d) => t + d[f], 0) * 10) / 10;
  return { exportsMusd: total('exportsMusd'), importsMusd: total('importsMusd'), balanceMusd: total('balanceMusd') };
}

/**
 * Trailing 12-month sums: for each month with the 11 before it in the data, the sum of those 12
 * months (the annual rate ending there), labelled by its last month. Months without a full year
 * behind them (the series' first 11, or after a gap) have none.
 */
export function trailing12(months: readonly TradeMonth[]): TradeMonth[] {
  const out: TradeMonth[] = [];
  for (let i = 11; i < months.length; i++) {
    // Sorted, one row per month: twelve rows spanning eleven months apart are twelve consecutive months.
    if (monthIndex(months[i].month)! - monthIndex(months[i - 11].month)! !== 11) continue;
    out.push({ month: months[i].month, ...totalOf(months.slice(i - 11, i + 1)) });
  }
  return out;
}

/** The last month of the data, and how many months of its year it has (8 for data through August). */
export function latestMonth(months: readonly TradeMonth[]): { month: string; monthsOfYear: number } {
  const month = months[months.length - 1].month;
  return { month, monthsOfYear: monthOfYear(month) };
}

/** Years with all twelve months in `months`. */
export function completeYears(months: readonly TradeMonth[]): Set<number> {
  const count = new Map<number, number>();
  for (const d of months) count.set(yearOf(d.month), (count.get(yearOf(d.month)) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n === 12).map(([y]) => y));
}
