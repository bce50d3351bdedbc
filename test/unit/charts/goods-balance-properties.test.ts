import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutGoodsBalance } from '../../../src/charts/goods-balance/layout.js';
import { validateInputs } from '../../../src/data/validate.js';
import { formatterFor } from '../../../src/format/format.js';

const f = formatterFor('en');
const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const rows = fc.uniqueArray(
  fc.record({ year: fc.integer({ min: 1900, max: 2100 }), exports: amount, imports: amount }),
  {
    minLength: 1,
    maxLength: 120,
    selector: (r) => r.year,
  },
);

/** Every number anywhere in the model, however deep. */
function numbers(v: unknown, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (typeof v === 'string')
    for (const m of v.matchAll(/-?[\d.]+(e[-+]?\d+)?|NaN|Infinity/g)) out.push(Number(m[0]));
  else if (v && typeof v === 'object') for (const x of Object.values(v)) numbers(x, out);
  return out;
}

describe('layoutGoodsBalance for any data and any size', () => {
  it('yields no NaN or Infinity in any coordinate or path', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 4000 }), (input, w, h) => {
        const years = validateInputs(input);
        const model = layoutGoodsBalance({
          years,
          from: years[0].year,
          to: years[years.length - 1].year,
          widthPx: w,
          heightPx: h,
          milestones: [{ id: 'm', date: '2012-03-15', label: 'KORUS in force' }],
          names: { exports: 'Exports', imports: 'Imports', balance: 'Balance' },
          axisTick: f.axisTick,
          yearLabel: f.year,
        });
        for (const n of numbers(model)) expect(Number.isFinite(n)).toBe(true);
        expect(model.bars).toHaveLength(years.length);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
