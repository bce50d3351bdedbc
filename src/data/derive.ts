import { CPI } from './generated/embedded.js';
import { DataError } from './errors.js';
import { cpiFor } from './embedded.js';
import type { TradeYear } from './types.js';

/** CPI-U annual averages by year (data/cpi-u-annual.csv), 1982-84 = 100. */
export type CpiLookup = (year: number) => number | undefined;

const cpiRange = { first: CPI.firstYear, last: CPI.firstYear + CPI.values.length - 1 };

/**
 * Nominal dollars -> constant dollars of `priceYear`: value × CPI(priceYear) / CPI(year).
 * Throws DataError('no-cpi') naming the first year without an index.
 */
export function toConstantDollars(years: readonly TradeYear[], priceYear: number, cpi: CpiLookup = cpiFor): TradeYear[] {
  const base = cpi(priceYear);
  if (base === undefined) throw new DataError('no-cpi', { year: priceYear, ...cpiRange });
  return years.map((d) => {
    const index = cpi(d.year);
    if (index === undefined) throw new DataError('no-cpi', { year: d.year, ...cpiRange });
    const k = base / index;
    return { year: d.year, exportsMusd: d.exportsMusd * k, importsMusd: d.importsMusd * k, balanceMusd: d.balanceMusd * k };
  });
}

/** Relative change from `a` to `b` (0.233 for +23.3%); undefined when `a` is zero. */
export function relativeChange(a: number, b: number): number | undefined {
  return a === 0 ? undefined : (b - a) / Math.abs(a);
}
