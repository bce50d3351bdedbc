import { DataError } from '../../data/errors.js';
import { loadedMonthly, loadMonthly, type MonthlyModule } from '../../data/load-monthly.js';
import type { TradeSeries } from '../../data/types.js';
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
/** The loaded module's words for a refused period (src/format/period-messages.ts). */
let words: MonthlyModule['PERIOD_MESSAGES'] | undefined;

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
function needsMonthly(v: Period, series: TradeSeries): boolean {
  if (v === undefined || (typeof v === 'number' && series.years.some((d) => d.year === v))) return false;
  if (typeof v !== 'number') return true;
  // A year the annual data lacks: the Census series' partial year has months; any other is refused as today.
  const s = series.source;
  return s.kind === 'census' && Number(s.asOf.latestMonth.slice(0, 4)) === v && !s.asOf.latestMonth.endsWith('-12');
}

const needed = (series: TradeSeries, before: Period, after: Period) =>
  needsMonthly(before, series) || needsMonthly(after, series);

/** dist/monthly.js on its way, if it is. */
export const periodsLoading = () => loading;

/** A promise while dist/monthly.js loads for these periods; undefined once it is at hand (or failed). */
export function preparePeriods(series: TradeSeries, before: Period, after: Period): Promise<unknown> | undefined {
  // Already at hand (a server renderer installs it, korus-charts/ssr): used at once, nothing to wait for.
  if (!monthly && loadedMonthly()) adopt(loadedMonthly()!);
  if (monthly || failed || !needed(series, before, after)) return undefined;
  return (loading ??= loadMonthly().then((m) => {
    loading = undefined;
    if (!m) failed = true;
    else adopt(m);
  }));
}

function adopt(m: MonthlyModule) {
  monthly = m;
  words = m.PERIOD_MESSAGES;
}

/**
 * The periods resolved by dist/monthly.js, or undefined for two plain years the bundle reads
 * itself. Throws DataError: the period's own refusals, or 'monthly-unavailable' (`unavailable`
 * says so). A refusal carries its words in the chart's language as its message, which the frame
 * shows for a code the data reader's messages do not know (src/format/messages.ts errorText).
 */
export function periodsOf(
  series: TradeSeries,
  before: Period,
  after: Period,
  locale: Locale,
  unavailable: string,
): BeforeAfterPeriods | undefined {
  if (!needed(series, before, after)) return undefined;
  if (!monthly) throw worded(new DataError('monthly-unavailable'), unavailable);
  // Census months only: a page's own yearly data has none (its years and ranges of years still work).
  const months = series.source.kind === 'census' ? monthly.censusMonths() : undefined;
  try {
    return monthly.beforeAfterPeriods(
      { years: series.years, months },
      before,
      after,
      defaultYears(series.years),
      locale,
    );
  } catch (e) {
    throw e instanceof DataError ? worded(e, words?.[locale].error(e)) : e;
  }
}

const worded = (e: DataError, text: string | undefined) => {
  if (text) e.message = text;
  return e;
};
