import { describe, expect, it } from 'vitest';
import { censusSeries } from '../../../src/data/embedded.js';
import { MONTHLY } from '../../../src/data/generated/monthly.js';
import { completeYears, latestMonth, monthsFromColumns, sumMonths, trailing12 } from '../../../src/data/months.js';
import { parsePeriod, resolvePeriods } from '../../../src/data/periods.js';
import { refusal } from './refusal.js';
import { dataThroughLabel, periodLabel, trailing12Label } from '../../../src/format/period-messages.js';

const months = monthsFromColumns(MONTHLY);
const { years } = censusSeries();
const billions = (musd: number) => (musd / 1000).toFixed(1);
const compare = (before: string, after: string) =>
  resolvePeriods(parsePeriod(before, 'before'), parsePeriod(after, 'after'), { years, months });

describe('monthly series and periods', () => {
  it('the monthly data ends in a partial 2026 that is never a complete year', () => {
    expect(latestMonth(months)).toEqual({ month: '2026-08', monthsOfYear: 8 });
    expect(completeYears(months).has(2026)).toBe(false);
    expect(completeYears(months).has(2025)).toBe(true);
    expect(years[years.length - 1].year).toBe(2025);
  });

  it('every complete year of months sums to its annual row (within the data’s tenth of a million)', () => {
    for (const d of years.filter((y) => completeYears(months).has(y.year))) {
      const sum = sumMonths(months, `${d.year}-01`, `${d.year}-12`)!;
      expect(Math.abs(sum.exportsMusd - d.exportsMusd), `${d.year} exports`).toBeLessThanOrEqual(0.5);
      expect(Math.abs(sum.importsMusd - d.importsMusd), `${d.year} imports`).toBeLessThanOrEqual(0.5);
    }
  });

  it('the 12-month value for 2026-08 is the sum of 2025-09 to 2026-08', () => {
    const t = trailing12(months);
    const last = t[t.length - 1];
    expect(last.month).toBe('2026-08');
    const sum = sumMonths(months, '2025-09', '2026-08')!;
    expect([last.exportsMusd, last.importsMusd, last.balanceMusd]).toEqual([
      sum.exportsMusd,
      sum.importsMusd,
      sum.balanceMusd,
    ]);
  });

  it('before 2025, after 2026: both cut to January–August (the issue’s published figures)', () => {
    const { before, after } = compare('2025', '2026');
    expect([before.kind === 'year' && before.cut, after.kind === 'year' && after.cut]).toEqual([8, 8]);
    expect([billions(before.total.exportsMusd), billions(after.total.exportsMusd)]).toEqual(['45.3', '55.0']);
    expect([billions(before.total.importsMusd), billions(after.total.importsMusd)]).toEqual(['85.9', '110.1']);
    expect([billions(before.total.balanceMusd), billions(after.total.balanceMusd)]).toEqual(['-40.5', '-55.1']);
    const pct = (after.total.exportsMusd / before.total.exportsMusd - 1) * 100;
    expect(pct.toFixed(1)).toBe('21.4');
  });

  it('labels the periods with their months in English and Korean', () => {
    const { before, after } = compare('2025', '2026');
    expect([periodLabel(before, 'en'), periodLabel(after, 'en')]).toEqual(['January–August 2025', 'January–August 2026']);
    expect([periodLabel(before, 'ko'), periodLabel(after, 'ko')]).toEqual(['2025년 1~8월', '2026년 1~8월']);
    const avg = compare('2009/2011', '2014/2016');
    expect([periodLabel(avg.before, 'en'), periodLabel(avg.after, 'ko')]).toEqual(['2009–2011 average', '2014~2016년 평균']);
    const last = latestMonth(months).month;
    expect([trailing12Label(last, 'en'), trailing12Label(last, 'ko')]).toEqual(['12 months to Aug 2026', '2026년 8월까지 12개월']);
    expect(dataThroughLabel(last, 'en')).toBe('Census data through August 2026.');
  });

  it('a range of years compares the annual averages of its rows', () => {
    const { before, after } = compare('2009/2011', '2014/2016');
    const mean = (from: number, to: number) => {
      const rows = years.filter((d) => d.year >= from && d.year <= to);
      return rows.reduce((t, d) => t + d.exportsMusd, 0) / rows.length;
    };
    expect(before.total.exportsMusd).toBeCloseTo(mean(2009, 2011), 6);
    expect(after.total.exportsMusd).toBeCloseTo(mean(2014, 2016), 6);
  });

  it('refuses badly written, reversed, overlapping and unequal periods, each with its own code', () => {
    expect(refusal(() => parsePeriod('20l1', 'before')).code).toBe('bad-period');
    expect(refusal(() => parsePeriod('2011/2009', 'before')).code).toBe('period-reversed');
    expect(refusal(() => parsePeriod('2025-08/2025-01', 'before')).code).toBe('period-reversed');
    expect(refusal(() => compare('2016', '2011')).code).toBe('bad-order');
    expect(refusal(() => compare('2009/2012', '2011/2014')).code).toBe('periods-overlap');
    expect(refusal(() => compare('2025-01/2025-08', '2026-01/2026-06')).code).toBe('period-lengths-differ');
  });
});
