import { describe, expect, it } from 'vitest';
import { yearTicks } from '../../../src/layout/axis.js';

describe('yearTicks', () => {
  it('labels the first and the last year of every span, and keeps every pair of labels a label apart', () => {
    const [full, short] = [28, 20];
    for (let from = 1985; from <= 2025; from++)
      for (let to = from; to <= 2025; to++)
        for (const plotPx of [150, 260, 320, 480, 720, 1100]) {
          const px = plotPx / (to - from + 1);
          const { years, short: s } = yearTicks(from, to, px, full, short);
          expect(years[0], `${from}–${to} at ${plotPx}`).toBe(from);
          expect(years.at(-1)).toBe(to);
          const gap = (s ? short : full) + 8;
          for (let i = 1; i < years.length - 1; i++) {
            expect((years[i] - years[i - 1]) * px, `${from}–${to} at ${plotPx}: ${years}`).toBeGreaterThanOrEqual(gap);
            expect((to - years[i]) * px).toBeGreaterThanOrEqual(gap);
          }
        }
  });

  it('puts round years of one step between the ends, dropping one too close to an end', () => {
    // 2005–2025 on 640 px: 30 px a year, a label every 2 years; 2006 and 2024 are too close to the ends.
    expect(yearTicks(2005, 2025, 640 / 21, 28, 20).years).toEqual([
      2005, 2008, 2010, 2012, 2014, 2016, 2018, 2020, 2022, 2025,
    ]);
  });
});
