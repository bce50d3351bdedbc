// The monthly Census series and what works on months: the bundles load this on first use
// (dist/monthly.js beside them, through load-monthly.ts), so pages that show only years never
// fetch it and the bundles do not grow. Period words come with it, in both languages.
export { censusMonths } from './census-months.js';

export { completeYears, latestMonth, monthIndex, monthString, sumMonths, trailing12 } from './months.js';
export { parsePeriod, periodNeedsMonths, resolvePeriods } from './periods.js';
export { validateMonthTable, isMonthlyTable } from './validate-months.js';
export { PERIOD_MESSAGES, dataThroughLabel, periodLabel, trailing12Label } from '../format/period-messages.js';

// --- <korus-goods-balance>: its month views, and a page's monthly data (issue 19) ---
export {
  goodsBalanceMonths,
  monthlySeries,
  seriesOfTable,
  monthErrorText,
  monthAt,
  monthTicks,
} from '../charts/goods-balance/months.js';

// --- <korus-before-after> periods (issue 19) ---
export { beforeAfterPeriods, type BeforeAfterPeriods } from '../charts/before-after/compare-periods.js';
