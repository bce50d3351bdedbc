import { toConstantDollars, type CpiLookup } from '../../data/derive.js';
import { FACT } from '../../data/embedded.js';
import { DataError } from '../../data/errors.js';
import type { ResolvedPeriod } from '../../data/periods.js';
import type { TradeYear } from '../../data/types.js';
import type { BeforeAfterPeriods } from './compare-periods.js';
import { PRE_KORUS_YEAR } from '../timeline.js';
import type { Metric } from './layout.js';

export const METRICS: readonly Metric[] = ['exports', 'imports', 'balance'];

/** 2011: the last full year before KORUS entered into force (2012-03-15). */
export const DEFAULT_BEFORE = PRE_KORUS_YEAR;

/**
 * 2016: USTR's release of 2017-07-12 (USTR_PR_2017_07_12) set 2011 against 2016, the last full
 * year of data on the day it was issued, the year before the release's own.
 */
export const DEFAULT_AFTER = Number(FACT.ustr2017_goods_deficit_2016.date.slice(0, 4)) - 1;

/** The element's options as the page wrote them; unset ones take the defaults. */
export interface BeforeAfterOptions {
  before?: number;
  after?: number;
  /** Space- or comma-separated subset of exports, imports, balance. */
  metrics?: string;
  /** "nominal" (default) or "real" (constant dollars of `priceYear`, CPI-U). */
  dollars?: string;
  /** Price year for real dollars; defaults to `before`. */
  priceYear?: number;
}

export interface Comparison {
  /** The years compared; for other periods, each period's first year. */
  before: number;
  after: number;
  /**
   * For periods other than two full years (a range, months, a partial year): their labels in the
   * chart's language ("January–August 2026", "2009–2011 average") and whether each is one full
   * calendar year (figures published for a year apply only to the whole year).
   */
  periods?: { labels: [string, string]; whole: [boolean, boolean] };
  /** Set for constant dollars: the year whose prices every value is in. */
  priceYear?: number;
  /** One per metric, in the order exports, imports, balance; millions of USD. */
  rows: { metric: Metric; beforeMusd: number; afterMusd: number }[];
}

/** Words for a refused option, in the chart's language ("one of exports, imports, balance"). */
export interface Expected {
  metrics: string;
  dollars: string;
  /** "nominal" for periods other than two full years, which have no CPI-U of their own. */
  realPeriods: string;
}

/**
 * Picks the two years and the metrics, in nominal or constant dollars. Throws DataError for an
 * option that does not fit the data: an unknown metric or dollars value, `before` not earlier
 * than `after`, a year the data lacks, or a year without CPI-U. (The element has already refused
 * years that are not four-digit integers.)
 */
export function compareYears(
  all: readonly TradeYear[],
  o: BeforeAfterOptions,
  expected: Expected,
  cpi?: CpiLookup,
  periods?: BeforeAfterPeriods,
): Comparison {
  const tokens = (o.metrics ?? '').split(/[\s,]+/).filter(Boolean);
  for (const t of tokens) {
    if (!(METRICS as readonly string[]).includes(t))
      throw new DataError('bad-attribute', { name: 'metrics', value: t, expected: expected.metrics });
  }
  const metrics = tokens.length ? METRICS.filter((m) => tokens.includes(m)) : METRICS;
  const dollars = o.dollars || 'nominal';
  if (dollars !== 'nominal' && dollars !== 'real')
    throw new DataError('bad-attribute', { name: 'dollars', value: dollars, expected: expected.dollars });
  const first = all[0].year;
  const last = all[all.length - 1].year;
  const find = (year: number) => all.find((d) => d.year === year);
  const key = (m: Metric) => `${m}Musd` as const;
  const priceOf = (before: number) => (dollars === 'real' ? (o.priceYear ?? before) : undefined);
  if (periods) {
    // Figures of periods (src/data/periods.ts): a year, an average of years, a sum of months.
    const side = (p: ResolvedPeriod): TradeYear => ({
      year: p.kind === 'year' ? p.year : p.kind === 'years' ? p.from : Number(p.from.slice(0, 4)),
      ...p.total,
    });
    const whole = (p: ResolvedPeriod) => p.kind === 'year' && !p.cut;
    const pair = [side(periods.before), side(periods.after)];
    const priceYear = priceOf(pair[0].year);
    // Constant dollars deflate a year by its CPI-U: only whole years have one.
    if (priceYear !== undefined && !(whole(periods.before) && whole(periods.after)))
      throw new DataError('bad-attribute', { name: 'dollars', value: dollars, expected: expected.realPeriods });
    const [a, b] = priceYear === undefined ? pair : toConstantDollars(pair, priceYear, cpi);
    return {
      before: pair[0].year,
      after: pair[1].year,
      periods: { labels: periods.labels, whole: [whole(periods.before), whole(periods.after)] },
      priceYear,
      rows: metrics.map((metric) => ({ metric, beforeMusd: a[key(metric)], afterMusd: b[key(metric)] })),
    };
  }
  // The defaults are the USTR comparison; data without those years compares its own ends.
  const [before, after] = defaultYears(all, o.before, o.after);
  if (before >= after)
    throw new DataError('bad-order', { before: 'before', after: 'after', a: before, b: after, first, last });
  const pair = (
    [
      ['before', before],
      ['after', after],
    ] as const
  ).map(([name, year]) => {
    const d = find(year);
    if (!d) throw new DataError('year-not-in-data', { name, year, first, last });
    return d;
  });
  const priceYear = priceOf(before);
  const [a, b] = priceYear === undefined ? pair : toConstantDollars(pair, priceYear, cpi);
  return {
    before,
    after,
    priceYear,
    rows: metrics.map((metric) => ({ metric, beforeMusd: a[key(metric)], afterMusd: b[key(metric)] })),
  };
}

/** `before` and `after`, or for an unset one the USTR comparison's year, else the data's own end. */
export function defaultYears(all: readonly TradeYear[], before?: number, after?: number): [number, number] {
  const has = (year: number) => all.some((d) => d.year === year);
  return [
    before ?? (has(DEFAULT_BEFORE) ? DEFAULT_BEFORE : all[0].year),
    after ?? (has(DEFAULT_AFTER) ? DEFAULT_AFTER : all[all.length - 1].year),
  ];
}
