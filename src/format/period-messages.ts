import { monthOfYear, yearOf } from '../data/months.js';
import type { ResolvedPeriod } from '../data/periods.js';
import type { Locale } from './locale.js';
import type { PeriodMessages } from './message-types.js';
import { ko } from './period-messages.ko.js';

export type { PeriodMessages };

const MONTH_NAMES = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
const MONTH_SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });
const name = (m: number, f = MONTH_NAMES) => f.format(new Date(Date.UTC(2000, m - 1, 1)));

const en: PeriodMessages = {
  month: (y, m) => `${name(m)} ${y}`,
  monthsOfYear: (y, m1, m2) => (m1 === m2 ? `${name(m1)} ${y}` : `${name(m1)}–${name(m2)} ${y}`),
  monthSpan: (y1, m1, y2, m2) => `${name(m1)} ${y1}–${name(m2)} ${y2}`,
  year: (y) => String(y),
  yearsAverage: (a, b) => `${a}–${b} average`,
  monthsAverage: (a, b, m1, m2) => `${m1 === m2 ? name(m1) : `${name(m1)}–${name(m2)}`}, ${a}–${b} average`,
  trailing12: (y, m) => `12 months to ${name(m, MONTH_SHORT)} ${y}`,
  dataThrough: (y, m) => `Census data through ${name(m)} ${y}.`,
  toDate: (label, exports, change, previousYear) =>
    change === undefined
      ? `${label}: exports ${exports}.`
      : `${label}: exports ${exports}, ${change} on the same months of ${previousYear}.`,
  error(e) {
    const p = e.params;
    const line = e.line === undefined ? '' : ` (line ${e.line})`;
    switch (e.code) {
      case 'not-a-month':
        return `Expected a month written YYYY-MM, such as 2026-08${line}; found “${p.value}”.`;
      case 'duplicate-month':
        return `The month ${p.month} appears twice (lines ${p.first} and ${e.line}).`;
      case 'month-gap':
        return p.missing === p.lastMissing
          ? `The monthly data has no row for ${p.missing} (between ${p.before}, line ${p.beforeLine}, and ${p.after}, line ${e.line}).`
          : `The monthly data has no rows for ${p.missing} to ${p.lastMissing} (between ${p.before}, line ${p.beforeLine}, and ${p.after}, line ${e.line}).`;
      case 'bad-period':
        return `The attribute “${p.name}” must be a year (2016), a range of years (2009/2011) or a range of months (2025-01/2025-08); found “${p.value}”.`;
      case 'period-reversed':
        return `The period “${p.name}” runs backwards: ${p.from} is later than ${p.to}.`;
      case 'periods-overlap':
        return `The periods overlap: “before” (${p.before}) must end before “after” (${p.after}) begins.`;
      case 'period-lengths-differ':
        return `The periods differ in length: “before” (${p.before}) has ${p.a} months, “after” (${p.after}) has ${p.b}. Compare periods of the same length.`;
      case 'period-not-in-data':
        return `The ${p.name} period ${p.value} is not all in the data, which covers ${p.first} to ${p.last}.`;
      case 'partial-year-in-range':
        return `The ${p.name} range ${p.value} includes ${p.year}, for which the data has only ${p.months} months. Use ${p.year} alone, or end the range earlier.`;
      case 'partial-year-with-months':
        return `The ${p.name} year ${p.year} has only ${p.months} months of data, so the other period must be a year or a range of years, not months (${p.other}).`;
    }
  },
};

export const PERIOD_MESSAGES: Record<Locale, PeriodMessages> = { en, ko };

/** A resolved period's label in the locale: "2016", "2009–2011 average", "January–August 2026", … */
export function periodLabel(p: ResolvedPeriod, locale: Locale): string {
  const m = PERIOD_MESSAGES[locale];
  if (p.kind === 'year') return p.cut ? m.monthsOfYear(p.year, 1, p.cut) : m.year(p.year);
  if (p.kind === 'years') return p.cut ? m.monthsAverage(p.from, p.to, 1, p.cut) : m.yearsAverage(p.from, p.to);
  const [y1, m1, y2, m2] = [yearOf(p.from), monthOfYear(p.from), yearOf(p.to), monthOfYear(p.to)];
  return y1 === y2 ? m.monthsOfYear(y1, m1, m2) : m.monthSpan(y1, m1, y2, m2);
}

/** "12 months to Aug 2026" for a trailing 12-month value ending in `month` ("YYYY-MM"). */
export const trailing12Label = (month: string, locale: Locale): string =>
  PERIOD_MESSAGES[locale].trailing12(yearOf(month), monthOfYear(month));

/** "Census data through August 2026." for data whose latest month is `month`. */
export const dataThroughLabel = (month: string, locale: Locale): string =>
  PERIOD_MESSAGES[locale].dataThrough(yearOf(month), monthOfYear(month));
