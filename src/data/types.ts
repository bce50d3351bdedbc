import type { ParsedTable } from './parse.js';
/** One year of goods trade between the U.S. and a partner, in millions of nominal U.S. dollars. */
export interface TradeYear {
  year: number;
  /** U.S. exports to the partner. */
  exportsMusd: number;
  /** U.S. imports from the partner. */
  importsMusd: number;
  /** Exports minus imports; negative is a U.S. deficit. */
  balanceMusd: number;
}

/** One month of the same series; `month` is "YYYY-MM". */
export interface TradeMonth {
  month: string;
  exportsMusd: number;
  importsMusd: number;
  balanceMusd: number;
}

/** A checked monthly series: sorted, one entry per month, no gaps inside (validate-months.ts). */
export interface TradeMonthSeries {
  months: readonly TradeMonth[];
  source: SeriesSource;
}

/** What a page may hand to the `data` property: millions of U.S. dollars per year. */
export interface TradeInput {
  year: number;
  exports: number;
  imports: number;
}

/** A checked series: sorted by year, one entry per year; missing years are simply absent. */
export interface TradeSeries {
  years: readonly TradeYear[];
  /**
   * A page's own monthly data (validate-months.ts), checked by dist/monthly.js: then `years` are its
   * complete years summed, and `latest` its last month with that partial year's exports to date.
   */
  months?: readonly TradeMonth[];
  latest?: EmbeddedLatest;
  /** A page's monthly table as read, before dist/monthly.js checks it (then `years` is empty). */
  monthlyTable?: ParsedTable;
  /** Where the numbers come from, for the footer. */
  source: SeriesSource;
}

export type SeriesSource =
  | { kind: 'census'; url: string; asOf: CensusAsOf }
  | { kind: 'url'; url: string }
  | { kind: 'property' };

/** How fresh the embedded Census series is: its last month, and which release each run of years is from. */
export interface CensusAsOf {
  /** The last year: the annual series ends with the last complete year. */
  through: number;
  /** The monthly series' last month, "YYYY-MM" (2026-08: later than `through` when a year is partial). */
  latestMonth: string;
  vintages: readonly CensusVintage[];
}

/** Years `from`–`to` as the Census Bureau published them in `published` (a year). */
export interface CensusVintage {
  from: number;
  to: number;
  published: string;
}

export interface EmbeddedAnnual {
  firstYear: number;
  exportsMusd: number[];
  importsMusd: number[];
  /** balance − (exports − imports), in tenths of a million USD (rounding residue). */
  balanceResidualTenths: number[];
  sourceIds: string[];
  sourceIndex: number[];
  vintages: CensusVintage[];
}

/** data/korus-monthly.csv, columnar like EmbeddedAnnual; months are consecutive from `firstMonth`. */
export interface EmbeddedMonthly {
  /** "YYYY-MM" */
  firstMonth: string;
  exportsMusd: number[];
  importsMusd: number[];
  balanceResidualTenths: number[];
  sourceIds: string[];
  sourceIndex: number[];
}

/** data/korus-monthly.csv's latest month ("YYYY-MM"); when its year is partial, the exports of that year's months so far and of the same months a year before, in millions. */
export interface EmbeddedLatest {
  month: string;
  toDate?: [previous: number, current: number];
  /** Exports in the 12 months to `month` (millions), when its year is partial: export-promise's latest point. */
  last12?: number;
}

export interface EmbeddedCpi {
  firstYear: number;
  values: number[];
  sourceIds: string[];
  /** Years averaged over fewer than 12 monthly indexes, with how many. */
  partialMonths: Record<string, number>;
}

/** A figure USTR or the USITC published for a year, since revised by the Census Bureau. */
export interface EmbeddedEarlier {
  year: number;
  metric: 'exports' | 'imports' | 'balance';
  musd: number;
  by: string;
}

export interface EmbeddedFact {
  id: string;
  kind: string;
  date: string;
  value: number | null;
  sourceId: string;
}

export interface EmbeddedSource {
  publisher: string;
  url: string;
}
