import { DataError } from '../../data/errors.js';
import { loadMonthly, type MonthlyModule } from '../../data/load-monthly.js';
import type { TradeSeries } from '../../data/types.js';
import { usePeriodWords } from '../../format/messages.js';
import type { Locale } from '../../format/locale.js';
import type { BeforeAfterPeriods } from './compare-periods.js';
import { defaultYears } from './derive.js';

// The bundle's part of `before`/`after`: a plain year the annual data has is read here, with
// nothing more to load. Any other form (2009/2011, 2025-01/2025-08) and a partial year (the
// Census series' latest, after="2026") are parsed and resolved by dist/monthly.js, on first use.

let monthly: MonthlyModule | undefined;
/** Set when dist/monthly.js could not be loaded: the chart says so, and does not ask again. */
let failed = false;
let loading: Promise<unknown> | undefined;

type Period = number | string | undefined;

/** Whether a period as the options hold it needs dist/monthly.js. */
function needsMonthly(v: Period, series: TradeSeries): boolean {
  if (v === undefined || (typeof v === 'number' && series.years.some((d) => d.year === v))) return false;
  if (typeof v !== 'number') return true;
  // A year the annual data lacks: the Census series' partial year has months; any other is refused as today.
  const s = series.source;
  return s.kind === 'census' && Number(s.asOf.latestMonth.slice(0, 4)) === v && !s.asOf.latestMonth.endsWith('-12');
}

const needed = (series: TradeSeries, before: Period, after: Period) =>
  needsMonthly(before, series) || needsMonthly(after, series);

/** A promise while dist/monthly.js loads for these periods; undefined once it is at hand (or failed). */
export function preparePeriods(series: TradeSeries, before: Period, after: Period): Promise<unknown> | undefined {
  if (monthly || failed || !needed(series, before, after)) return undefined;
  return (loading ??= loadMonthly().then((m) => {
    loading = undefined;
    if (!m) failed = true;
    else {
      monthly = m;
      usePeriodWords(m.PERIOD_MESSAGES);
    }
  }));
}

/**
 * The periods resolved by dist/monthly.js, or undefined for two plain years the bundle reads
 * itself. Throws DataError: the period's own refusals, or 'monthly-unavailable'.
 */
export function periodsOf(
  series: TradeSeries,
  before: Period,
  after: Period,
  locale: Locale,
): BeforeAfterPeriods | undefined {
  if (!needed(series, before, after)) return undefined;
  if (!monthly) throw new DataError('monthly-unavailable');
  // Census months only: a page's own yearly data has none (its years and ranges of years still work).
  const months = series.source.kind === 'census' ? monthly.censusMonths() : undefined;
  return monthly.beforeAfterPeriods({ years: series.years, months }, before, after, defaultYears(series.years), locale);
}
