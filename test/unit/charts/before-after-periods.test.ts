// <korus-before-after>'s periods through the pipeline's pure stages (issue 19): the words for
// before="2025" after="2026" and for averages of years, in en and ko; the earlier-figures note
// only for whole years.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { beforeAfterPeriods } from '../../../src/charts/before-after/compare-periods.js';
import { compareYears } from '../../../src/charts/before-after/derive.js';
import { BEFORE_AFTER_MESSAGES } from '../../../src/charts/before-after/messages.js';
import { describeBeforeAfter } from '../../../src/charts/before-after/text.js';
import { censusSeries } from '../../../src/data/embedded.js';
import { formatterFor } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';

const series = censusSeries();
const MINUS = '\u2212';
const run = (before: string, after: string, locale: Locale) => {
  const p = beforeAfterPeriods(series, before, after, [2011, 2016], locale);
  const c = compareYears(series.years, {}, BEFORE_AFTER_MESSAGES[locale].expected, undefined, p);
  return { c, text: describeBeforeAfter(c, series.source, locale, formatterFor(locale)) };
};

describe('before-after periods', () => {
  it('2025 against 2026: January–August of both, with the issue’s figures', () => {
    const { c, text } = run('2025', '2026', 'en');
    expect(c.periods).toEqual({ labels: ['January–August 2025', 'January–August 2026'], whole: [false, false] });
    expect(text.table.columns.slice(1, 3)).toEqual(['January–August 2025', 'January–August 2026']);
    expect(text.table.rows.map((r) => r.cells.slice(1, 3))).toEqual([
      ['45.3', '55.0'],
      ['85.9', '110.1'],
      [`${MINUS}40.5`, `${MINUS}55.1`],
    ]);
    expect(text.table.rows.map((r) => r.cells[4])).toEqual(['+21.4%', '+28.2%', 'deficit +35.8%']);
    expect(text.notes.join(' ')).not.toContain('Figures published before');
    const ko = run('2025', '2026', 'ko').text;
    expect(ko.title).toBe('미국의 대한국 상품 교역, 2025년 1~8월과 2026년 1~8월');
    expect(ko.summary).toContain('2025년 1~8월 453억 달러에서 2026년 1~8월 550억 달러로 21.4% 늘었');
  });

  it('2009/2011 against 2014/2016: the annual averages of data/korus-annual.csv', () => {
    const rows = readFileSync('data/korus-annual.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const avg = (a: number, b: number, col: number) =>
      rows.filter((r) => +r[0] >= a && +r[0] <= b).reduce((t, r) => t + +r[col], 0) / (b - a + 1);
    const { c, text } = run('2009/2011', '2014/2016', 'en');
    c.rows.forEach((r, i) => {
      expect(r.beforeMusd).toBeCloseTo(avg(2009, 2011, i + 1), 6);
      expect(r.afterMusd).toBeCloseTo(avg(2014, 2016, i + 1), 6);
    });
    expect(text.title).toBe('U.S. goods trade with South Korea, 2009–2011 average and 2014–2016 average');
    // 2016's earlier USITC figure is of the whole year 2016, not of a 2014–2016 average.
    expect(text.notes.join(' ')).not.toContain('Figures published before');
    expect(run('2009/2011', '2014/2016', 'ko').text.table.columns.slice(1, 3)).toEqual([
      '2009~2011년 평균',
      '2014~2016년 평균',
    ]);
  });

  it('a whole year through the period path keeps its earlier figures; real dollars need whole years', () => {
    const { text } = run('2011/2011', '2016', 'en');
    expect(text.notes.join(' ')).toContain('Figures published before');
    const p = beforeAfterPeriods(series, '2025', '2026', [2011, 2016], 'en');
    expect(() =>
      compareYears(series.years, { dollars: 'real' }, BEFORE_AFTER_MESSAGES.en.expected, undefined, p),
    ).toThrow(/bad-attribute/);
  });
});
