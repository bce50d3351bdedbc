// Loaded on first use, in dist/monthly.js (src/data/monthly.ts re-exports it): the chart's bundle
// reads a plain year itself and comes here only for the other period forms and a partial year.
import { parsePeriod, resolvePeriods, type ResolvedPeriod } from '../../data/periods.js';
import { censusMonths } from '../../data/census-months.js';
import type { TradeSeries } from '../../data/types.js';
import type { Locale } from '../../format/locale.js';
import { periodLabel } from '../../format/period-messages.js';

/** The two periods of a before-after chart with their figures and their labels in the chart's language. */
export interface BeforeAfterPeriods {
  before: ResolvedPeriod;
  after: ResolvedPeriod;
  /** "January–August 2026" / "2026년 1~8월", "2009–2011 average" / "2009~2011년 평균", "2016". */
  labels: [before: string, after: string];
}

/**
 * Parses `before` and `after` as written (unset: `defaults`) and resolves them against the data
 * (the Census series' months; a page's own yearly data has none, its years and ranges of years
 * still work): src/data/periods.ts's rules, refusals and all (DataError, worded by monthErrorText).
 */
export function beforeAfterPeriods(
  series: TradeSeries,
  before: number | string | undefined,
  after: number | string | undefined,
  defaults: [before: number, after: number],
  locale: Locale,
): BeforeAfterPeriods {
  const r = resolvePeriods(
    parsePeriod(String(before ?? defaults[0]), 'before'),
    parsePeriod(String(after ?? defaults[1]), 'after'),
    { years: series.years, months: series.source.kind === 'census' ? censusMonths() : undefined },
  );
  return { ...r, labels: [periodLabel(r.before, locale), periodLabel(r.after, locale)] };
}
