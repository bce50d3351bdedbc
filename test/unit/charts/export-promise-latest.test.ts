import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestPoint } from '../../../src/charts/export-promise/latest-months.js';
import { censusLatestPoint, censusMonths } from '../../../src/data/monthly.js';
import { formatterFor } from '../../../src/format/format.js';

// The expectation from data/korus-monthly.csv itself, not from the code under test.
const rows = readFileSync(new URL('../../../data/korus-monthly.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split(','));
const twelve = rows.filter(([m]) => m >= '2025-09' && m <= '2026-08');
const sumMusd = twelve.reduce((t, r) => t + Number(r[1]), 0);
const LINE_MUSD = 54_500; // a line as shown, to the tenth of a billion

describe('export-promise: the latest 12 months (lazy chunk)', () => {
  it('sums 2025-09…2026-08 from the CSV, labelled in en and ko, with the gap as shown', () => {
    expect(twelve).toHaveLength(12);
    const en = censusLatestPoint(2025, LINE_MUSD, false, formatterFor('en'))!;
    expect(en.month).toBe('2026-08');
    expect(en.year).toBe(2026);
    expect(en.exportsMusd).toBeCloseTo(sumMusd, 6);
    expect(en.label).toBe('12 months to Aug 2026');
    const shownB = Math.round(sumMusd / 100) / 10;
    const gapB = Math.round((shownB - LINE_MUSD / 1000) * 10) / 10;
    expect(en.gapMusd / 1000).toBeCloseTo(gapB, 6);
    expect(en.row!.cells).toEqual([
      '12 months to Aug 2026',
      shownB.toFixed(1),
      '54.5',
      `${gapB < 0 ? '\u2212' : '+'}${Math.abs(gapB).toFixed(1)}`,
    ]);
    expect(en.text).toBe(
      `12 months to Aug 2026 (a running total, not a calendar year): exports $${shownB.toFixed(1)}B, $${Math.abs(gapB).toFixed(1)}B ${gapB < 0 ? 'below' : 'above'} the $54.5B line.`,
    );
    const ko = censusLatestPoint(2025, LINE_MUSD, false, formatterFor('ko'))!;
    expect(ko.label).toBe('2026년 8월까지 12개월');
    expect(ko.text).toContain(`보다 ${formatterFor('ko').money(Math.abs(gapB) * 1000)}`);
  });

  it('in constant dollars has no row, only the note; none when the latest month is in the last year', () => {
    const real = censusLatestPoint(2025, LINE_MUSD, true, formatterFor('en'))!;
    expect(real.row).toBeUndefined();
    expect(real.text).toBe(
      'The 12 months to Aug 2026 are left out in constant dollars: data/ has no monthly CPI-U to deflate them.',
    );
    expect(censusLatestPoint(2026, LINE_MUSD, false, formatterFor('en'))).toBeUndefined();
    const toDec2025 = censusMonths().filter((d) => d.month <= '2025-12');
    expect(latestPoint(toDec2025, 2025, LINE_MUSD, false, formatterFor('en'))).toBeUndefined();
  });
});
