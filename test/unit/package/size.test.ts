// Size budgets for the self-contained script-tag bundles, in gzip bytes (zlib level 9: the same
// input gives the same count on every machine, unlike a timing).
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bytes, charts } from './dist.js';

const KIB = 1024;
// Ceilings that stop growth. They are NOT yet the budgets issues 5 and 10 set (28 KiB for every
// chart, 20 KiB for one): at the time of writing the bundles measure 29.0 KiB and 21.7–23.5 KiB,
// of which Lit is about 6.7 KiB and English plus Korean strings about 7 KiB. Lower these as the
// bundles shrink; never raise them without saying why in the changelog.
const ALL_CHARTS_BUDGET = 29.5 * KIB;
const ONE_CHART_BUDGET = 24 * KIB;
const RESIZE_HELPER_BUDGET = 1024; // raw bytes: a parent page pastes or loads it

const gzip = (path: string) => gzipSync(bytes(path), { level: 9 }).length;
const kib = (n: number) => `${(n / KIB).toFixed(2)} KiB`;

describe('bundle size', () => {
  for (const file of ['dist/korus-charts.js', 'dist/korus-charts.iife.js']) {
    it(`${file} (every chart) stays within its ${ALL_CHARTS_BUDGET / KIB} KiB gzip ceiling`, () => {
      const size = gzip(file);
      expect(size, `${file} is ${kib(size)} gzip, over the ceiling (node scripts/analyze-bundle.mjs lists the modules)`).toBeLessThanOrEqual(ALL_CHARTS_BUDGET);
    });
  }

  it(`each dist/korus-<chart>.js (one element) stays within its ${ONE_CHART_BUDGET / KIB} KiB gzip ceiling`, async () => {
    const sizes = Object.fromEntries((await charts()).map((c) => [`dist/korus-${c}.js`, gzip(`dist/korus-${c}.js`)]));
    const over = Object.entries(sizes).filter(([, n]) => n > ONE_CHART_BUDGET);
    expect(over.map(([f, n]) => `${f} ${kib(n)}`), 'over the ceiling').toEqual([]);
  });

  it('dist/embed-resize.js, the iframe parent helper, is under 1 KB', () => {
    expect(bytes('dist/embed-resize.js').length).toBeLessThan(RESIZE_HELPER_BUDGET);
  });
});
