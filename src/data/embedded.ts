import { ANNUAL, CPI, EARLIER, FACT, LATEST, SERIES } from './generated/embedded.js';
import type { EmbeddedFact, EmbeddedLatest, TradeSeries, TradeYear } from './types.js';

let cached: TradeSeries | undefined;

/** The official Census series from data/korus-annual.csv, as the charts use it by default. */
export function censusSeries(): TradeSeries {
  cached ??= {
    years: ANNUAL.exportsMusd.map(
      (exportsMusd, i): TradeYear => ({
        year: ANNUAL.firstYear + i,
        exportsMusd,
        importsMusd: ANNUAL.importsMusd[i],
        // Exact: the integer count of tenths divided by 10 is the CSV's value (gen-data checks it).
        balanceMusd: Math.round((exportsMusd - ANNUAL.importsMusd[i]) * 10 + ANNUAL.balanceResidualTenths[i]) / 10,
      }),
    ),
    source: {
      kind: 'census',
      url: SERIES.census_page_url,
      asOf: {
        through: ANNUAL.firstYear + ANNUAL.exportsMusd.length - 1,
        latestMonth: LATEST.month,
        vintages: ANNUAL.vintages,
      },
    },
  };
  return cached;
}

export { EARLIER, FACT, LATEST };

/**
 * The Census series' latest month ("2026-08") and, when that month ends a partial year, U.S.
 * exports in the year's months so far and in the same months a year before
 * (`toDate: [previous, current]`, millions of USD), as the goods-balance footer's to-date line
 * shows them.
 */
export const censusLatest = (): EmbeddedLatest => LATEST;

/**
 * A fact from data/korus-facts.csv by an id known only at run time (only the ones the build
 * embeds). Chart code reads `FACT.<id>` instead, so bundles keep only the facts they use.
 */
export function fact(id: string): EmbeddedFact {
  if (!Object.hasOwn(FACT, id)) throw new Error(`korus-charts: fact ${id} is not embedded (scripts/gen-data.mjs)`);
  return { id, ...FACT[id as keyof typeof FACT] };
}

/** CPI-U annual average for a year, or undefined where data/cpi-u-annual.csv has none. */
export function cpiFor(year: number): number | undefined {
  return CPI.values[year - CPI.firstYear];
}

/** The years among `years` whose CPI-U average is of fewer than 12 monthly indexes, with their count. */
export function cpiPartial(years: readonly number[]): { year: number; months: number }[] {
  return [...new Set(years)]
    .sort((a, b) => a - b)
    .flatMap((year) => (Object.hasOwn(CPI.partialMonths, year) ? [{ year, months: CPI.partialMonths[year] }] : []));
}
