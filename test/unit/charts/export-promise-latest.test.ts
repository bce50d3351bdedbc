import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportPromise } from '../../../src/charts/export-promise/chart.js';
import { censusSeries, LATEST } from '../../../src/data/embedded.js';
import { estimateTextWidth } from '../../../src/layout/text.js';
import { chartContext, describeChart, runChart } from '../../../src/pipeline/run.js';
import type { Locale } from '../../../src/format/locale.js';
import '../setup-korean.js';

// Issue 19: export-promise's point for the 12 months to the latest month, from the figure gen-data
// embeds (LATEST.last12). The expectation comes from data/korus-monthly.csv itself.
const rows = readFileSync(new URL('../../../data/korus-monthly.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const latestMonth = rows[rows.length - 1][0];
const twelve = rows.slice(-12);
const sumMusd = twelve.reduce((t, r) => t + Number(r[1]), 0);
const shownB = Math.round(sumMusd / 100) / 10;
const LINE_B = 54.5; // the default line as the table shows it (export-promise.test.ts)
const gapB = Math.round((shownB - LINE_B) * 10) / 10;
const ctx = (locale: Locale) => chartContext(censusSeries(), locale, estimateTextWidth);

describe('export-promise: the latest 12 months', () => {
  it('LATEST.last12 is the sum of the CSV’s last 12 months (2025-09…2026-08)', () => {
    expect(latestMonth).toBe('2026-08');
    expect(twelve[0][0]).toBe('2025-09');
    expect(LATEST.month).toBe(latestMonth);
    expect(LATEST.last12).toBeCloseTo(sumMusd, 6);
  });

  it('has its table row, summary sentence and a point after 2025, in en and ko', () => {
    const en = describeChart(exportPromise, ctx('en'), {}).text;
    const cell = `${gapB < 0 ? '\u2212' : '+'}${Math.abs(gapB).toFixed(1)}`;
    expect(en.table.rows.at(-1)).toEqual({
      key: 'latest',
      cells: ['12 months to Aug 2026', shownB.toFixed(1), '54.5', cell],
    });
    expect(en.summary).toContain(
      `12 months to Aug 2026 (a running total, not a calendar year): exports $${shownB.toFixed(1)}B, $${Math.abs(gapB).toFixed(1)}B ${gapB < 0 ? 'below' : 'above'} the $54.5B line.`,
    );
    // The subtitle keeps to the calendar years it names.
    expect(en.subtitle).not.toContain('12 months');
    const ko = describeChart(exportPromise, ctx('ko'), {}).text;
    expect(ko.table.rows.at(-1)!.cells[0]).toBe('2026년 8월까지 12개월');
    expect(ko.summary).toContain(
      `2026년 8월까지 12개월(달력 연도가 아닌 12개월 합계) 수출은 ${Math.round(shownB * 10)}억 달러로 기준선 545억 달러보다 ${Math.round(Math.abs(gapB) * 10)}억 달러 ${gapB < 0 ? '적습니다' : '많습니다'}.`,
    );
    const plot = runChart(exportPromise, ctx('en'), {}, { widthPx: 800, heightPx: 400 });
    const m = plot.model;
    expect(m.latest!.x).toBeGreaterThan(m.exports.at(-1)!.x);
    expect(m.columns.at(-1)!.year).toBe(2026);
    // No year tick names 2026; the last tick is 2025's.
    expect(m.xTicks.map((t) => t.label)).not.toContain('2026');
    expect(m.xTicks.at(-1)!.label).toBe('2025');
    expect(m.labels.map((l) => l.text)).toContain('12 months to Aug 2026');
    expect(plot.stops.at(-1)!.heading).toBe('12 months to Aug 2026');
  });

  it('in constant dollars is a note, not a point; none when the chart ends before the last complete year', () => {
    const real = describeChart(exportPromise, ctx('en'), { dollars: 'real' }).text;
    expect(real.table.rows.map((r) => r.key)).not.toContain('latest');
    expect(real.notes).toContain(
      'The 12 months to Aug 2026 are not shown in constant dollars: there are no monthly CPI-U figures here to adjust them with.',
    );
    const plot = runChart(exportPromise, ctx('en'), { dollars: 'real' }, { widthPx: 800, heightPx: 400 });
    expect(plot.model.latest).toBeUndefined();
    const early = describeChart(exportPromise, ctx('en'), { to: 2020 }).text;
    expect(early.table.rows.map((r) => r.key)).not.toContain('latest');
    expect(early.summary).not.toContain('12 months');
  });
});
