import type { TradeSeries } from '../../data/types.js';

// The bundle's part of `before`/`after`: a plain year the annual data has is read by the chart
// itself. Any other form (2009/2011, 2025-01/2025-08) and a partial year (the Census series'
// latest, after="2026") need dist/monthly.js, which the host loads first (definition.needsMonthly)
// and the chart then finds as ctx.monthly (compare-periods.ts).

type Period = number | string | undefined;

/** A period as the options hold it (text): a four-digit year as a number (2016), any other as written. */
export const asPeriod = (v: unknown): Period =>
  typeof v !== 'string' ? undefined : /^\s*\d{4}\s*$/.test(v) ? Number(v) : v.trim() || undefined;

/** Lit's properties with `before`/`after` read as periods: a year as a number (as before periods), any other as written. */
export function withPeriods<T extends Record<string, object>>(p: T): T {
  for (const k of ['beforeYear', 'afterYear'])
    p[k as keyof T] = { ...p[k], converter: { fromAttribute: asPeriod } } as T[keyof T];
  return p;
}

/** Whether a period as the options hold it needs dist/monthly.js. */
function needsMonths(v: Period, series: TradeSeries): boolean {
  if (v === undefined || (typeof v === 'number' && series.years.some((d) => d.year === v))) return false;
  if (typeof v !== 'number') return true;
  // A year the annual data lacks: the Census series' partial year has months; any other is refused as today.
  const s = series.source;
  return s.kind === 'census' && Number(s.asOf.latestMonth.slice(0, 4)) === v && !s.asOf.latestMonth.endsWith('-12');
}

/** Whether `before` or `after` needs dist/monthly.js (then compare-periods.ts resolves both). */
export const needsPeriods = (series: TradeSeries, before: Period, after: Period): boolean =>
  needsMonths(before, series) || needsMonths(after, series);
