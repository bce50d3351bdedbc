import { DataError } from './errors.js';
import { monthIndex, monthOfYear, monthString, sumMonths, yearOf, type MonthTotal } from './months.js';
import type { TradeMonth, TradeYear } from './types.js';

/**
 * A period as a page writes it in `before`/`after`:
 * - `2016`: one year;
 * - `2009/2011`: a range of years, compared by their annual average;
 * - `2025-01/2025-08` (or one month, `2025-08`): a range of months, compared by their sum.
 */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'months'; from: string; to: string };

/**
 * A period with its figures. `cut` (1–11) means only January to that month of each year counts:
 * a partial year (the data's latest, `after="2026"` with data through August), and the period set
 * against it, which is cut to the same months so the two compare like with like.
 */
export type ResolvedPeriod =
  | { kind: 'year'; year: number; cut?: number; total: MonthTotal }
  | { kind: 'years'; from: number; to: number; cut?: number; total: MonthTotal }
  | { kind: 'months'; from: string; to: string; total: MonthTotal };

const YEAR = /^\d{4}$/;

/** Parses `before`/`after`. Throws DataError('bad-period') for text that is none of the forms, and 'period-reversed' for a range that runs backwards. */
export function parsePeriod(text: string, name: string): Period {
  const s = text.trim();
  const [a, b, ...rest] = s.split('/').map((x) => x.trim());
  const bad = () => new DataError('bad-period', { name, value: s });
  if (rest.length) throw bad();
  if (b === undefined) {
    if (YEAR.test(a)) return { kind: 'year', year: Number(a) };
    if (monthIndex(a) !== undefined) return { kind: 'months', from: a, to: a };
    throw bad();
  }
  if (YEAR.test(a) && YEAR.test(b)) {
    const [from, to] = [Number(a), Number(b)];
    if (from > to) throw new DataError('period-reversed', { name, from: a, to: b });
    return from === to ? { kind: 'year', year: from } : { kind: 'years', from, to };
  }
  if (monthIndex(a) !== undefined && monthIndex(b) !== undefined) {
    if (monthIndex(a)! > monthIndex(b)!) throw new DataError('period-reversed', { name, from: a, to: b });
    return { kind: 'months', from: a, to: b };
  }
  throw bad();
}

/** Whether a period needs the monthly series: months, or a year the annual data lacks (a partial year). */
export function periodNeedsMonths(p: Period, years: readonly TradeYear[]): boolean {
  const has = (y: number) => years.some((d) => d.year === y);
  if (p.kind === 'months') return true;
  if (p.kind === 'year') return !has(p.year);
  for (let y = p.from; y <= p.to; y++) if (!has(y)) return true;
  return false;
}

export interface PeriodData {
  years: readonly TradeYear[];
  /** The monthly series, when loaded (needed for month periods and partial years). */
  months?: readonly TradeMonth[];
}

/** The data's partial year: its last year when it ends before December, with the months it has. */
function partialYear(months: readonly TradeMonth[] | undefined): { year: number; cut: number } | undefined {
  const last = months?.[months.length - 1];
  if (!last || monthOfYear(last.month) === 12) return undefined;
  return { year: yearOf(last.month), cut: monthOfYear(last.month) };
}

/** First and last month index a period covers, for order and overlap. */
function extent(p: Period): [number, number] {
  if (p.kind === 'year') return [p.year * 12, p.year * 12 + 11];
  if (p.kind === 'years') return [p.from * 12, p.to * 12 + 11];
  return [monthIndex(p.from)!, monthIndex(p.to)!];
}

/** A period as a page writes it, for messages: "2016", "2009/2011", "2025-01/2025-08". */
const written = (p: Period): string =>
  p.kind === 'year' ? String(p.year) : p.kind === 'years' ? `${p.from}/${p.to}` : p.from === p.to ? p.from : `${p.from}/${p.to}`;

/**
 * Both periods with their figures: a year's annual row; a range of years' annual average; a range
 * of months' sum. A partial year means its published months, and the other period is cut to the
 * same months. Throws DataError: 'bad-order' (before does not start first), 'periods-overlap',
 * 'period-lengths-differ' (e.g. 8 months against 12), 'partial-year-in-range',
 * 'partial-year-with-months', 'year-not-in-data' / 'period-not-in-data' (naming what the data covers).
 */
export function resolvePeriods(
  before: Period,
  after: Period,
  data: PeriodData,
): { before: ResolvedPeriod; after: ResolvedPeriod } {
  const { years, months } = data;
  const firstYear = years[0].year;
  const lastYear = years[years.length - 1].year;
  const partial = partialYear(months);
  const covers = {
    first: months?.length ? months[0].month : String(firstYear),
    last: months?.length ? months[months.length - 1].month : String(lastYear),
  };

  const [b0, b1] = extent(before);
  const [a0] = extent(after);
  if (b0 >= a0)
    throw new DataError('bad-order', {
      before: 'before',
      after: 'after',
      a: written(before),
      b: written(after),
      first: covers.first,
      last: covers.last,
    });
  if (b1 >= a0) throw new DataError('periods-overlap', { before: written(before), after: written(after) });

  const isPartial = (y: number) => partial !== undefined && y === partial.year && !years.some((d) => d.year === y);
  for (const [name, p] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (p.kind === 'years') {
      for (let y = p.from; y <= p.to; y++)
        if (isPartial(y))
          throw new DataError('partial-year-in-range', { name, value: written(p), year: y, months: partial!.cut });
    }
  }
  const partialSide = [before, after].find((p) => p.kind === 'year' && isPartial(p.year));
  const cut = partialSide ? partial!.cut : undefined;
  if (cut !== undefined) {
    const other = partialSide === before ? after : before;
    if (other.kind === 'months')
      throw new DataError('partial-year-with-months', {
        name: partialSide === before ? 'before' : 'after',
        year: (partialSide as { year: number }).year,
        months: cut,
        other: written(other),
      });
  }

  const length = (p: Period) => (p.kind === 'months' ? extent(p)[1] - extent(p)[0] + 1 : (cut ?? 12));
  if (length(before) !== length(after))
    throw new DataError('period-lengths-differ', {
      before: written(before),
      after: written(after),
      a: length(before),
      b: length(after),
    });

  const resolve = (p: Period, name: 'before' | 'after'): ResolvedPeriod => {
    const yearTotal = (y: number): MonthTotal => {
      if (cut !== undefined) {
        const sum = months && sumMonths(months, `${y}-01`, monthString(y * 12 + cut - 1));
        if (!sum)
          throw new DataError('period-not-in-data', { name, value: `${y}-01/${monthString(y * 12 + cut - 1)}`, ...covers });
        return sum;
      }
      const row = years.find((d) => d.year === y);
      if (!row) throw new DataError('year-not-in-data', { name, year: y, first: firstYear, last: lastYear });
      return { exportsMusd: row.exportsMusd, importsMusd: row.importsMusd, balanceMusd: row.balanceMusd };
    };
    if (p.kind === 'year') return { kind: 'year', year: p.year, ...(cut ? { cut } : {}), total: yearTotal(p.year) };
    if (p.kind === 'years') {
      const totals: MonthTotal[] = [];
      for (let y = p.from; y <= p.to; y++) totals.push(yearTotal(y));
      const mean = (f: keyof MonthTotal) => totals.reduce((t, d) => t + d[f], 0) / totals.length;
      return {
        kind: 'years',
        from: p.from,
        to: p.to,
        ...(cut ? { cut } : {}),
        total: { exportsMusd: mean('exportsMusd'), importsMusd: mean('importsMusd'), balanceMusd: mean('balanceMusd') },
      };
    }
    const sum = months && sumMonths(months, p.from, p.to);
    if (!sum) throw new DataError('period-not-in-data', { name, value: written(p), ...covers });
    return { kind: 'months', from: p.from, to: p.to, total: sum };
  };
  return { before: resolve(before, 'before'), after: resolve(after, 'after') };
}
