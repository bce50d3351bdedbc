import { describe, expect, it } from 'vitest';
import { monthAt, monthTicks, monthlySeries } from '../../../src/charts/goods-balance/months.js';
import { GOODS_BALANCE_MESSAGES } from '../../../src/charts/goods-balance/messages.js';
import { formatterFor } from '../../../src/format/format.js';
import { LATEST } from '../../../src/data/embedded.js';

describe('goods-balance month views (pure)', () => {
  it('monthAt places a date inside its month: 2012-03-15 is March 2012 plus 14/31', () => {
    expect(monthAt('2012-03-15')).toBeCloseTo(2012 * 12 + 2 + 14 / 31, 10);
    expect(monthAt('2019-01-01')).toBe(2019 * 12);
    expect(Math.floor(monthAt('2021-08-31'))).toBe(2021 * 12 + 7);
  });

  const linear = (from: number, to: number, px: number) => (v: number) => ((v - from) / (to + 1 - from)) * px;
  const measure = (s: string) => s.length * 7;
  const month = (m: number) => 'JanFebMarAprMayJunJulAugSepOctNovDec'.slice(3 * (m - 1), 3 * m);
  const year = (y: number) => String(y);

  it('monthTicks names months where they fit (January by its year) and never lets labels touch', () => {
    const [from, to] = [2025 * 12 + 8, 2026 * 12 + 7];
    const wide = monthTicks(from, to, linear(from, to, 1100), measure, month, year);
    expect(wide.map((t) => t.label)).toEqual([
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '2026',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
    ]);
    const narrow = monthTicks(from, to, linear(from, to, 260), measure, month, year);
    expect(narrow.length).toBeLessThan(12);
    for (let i = 1; i < narrow.length; i++) expect(narrow[i].pos - narrow[i - 1].pos).toBeGreaterThanOrEqual(28 + 8);
  });

  it('monthTicks labels years over a long span, every fifth at 320 px', () => {
    const [from, to] = [2005 * 12, 2026 * 12 + 7];
    const ticks = monthTicks(from, to, linear(from, to, 270), measure, month, year);
    expect(ticks.map((t) => t.label)).toEqual(['2005', '2010', '2015', '2020', '2025']);
  });

  it('monthlySeries sums complete years only and gives the partial year to date and the latest 12 months', () => {
    const months = Array.from({ length: 20 }, (_, k) => ({
      month: `${2024 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
      exportsMusd: 100 + k,
      importsMusd: 200,
      balanceMusd: k - 100,
    }));
    const s = monthlySeries(months, { kind: 'property' });
    expect(s.years.map((y) => y.year)).toEqual([2024]);
    expect(s.years[0].exportsMusd).toBe(1200 + 66);
    // With the 12 months to 2025-08 (2024-09…2025-08: k = 8…19) for export-promise's latest point.
    expect(s.latest).toEqual({ month: '2025-08', toDate: [800 + 28, 800 + 12 * 8 + 28], last12: 1200 + 162 });
  });

  it('the to-date line says the percent of the figures as shown, in both languages', () => {
    const [a, b] = LATEST.toDate!;
    expect(GOODS_BALANCE_MESSAGES.en.toDate(LATEST.month, a, b, formatterFor('en'))).toBe(
      'January–August 2026: exports $55.0B, +21.4% on the same months of 2025.',
    );
    expect(GOODS_BALANCE_MESSAGES.ko.toDate(LATEST.month, a, b, formatterFor('ko'))).toBe(
      '2026년 1~8월 수출은 550억 달러로 2025년 같은 기간보다 21.4% 늘었습니다.',
    );
    expect(GOODS_BALANCE_MESSAGES.en.toDate('2026-01', 1000, 1020, formatterFor('en'))).toBe(
      'January 2026: exports $1.0B, as in the same month of 2025.',
    );
  });
});
