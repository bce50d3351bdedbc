import { toConstantDollars } from '../../data/derive.js';
import { cpiFor } from '../../data/embedded.js';
import { DataError } from '../../data/errors.js';
import { shownChange } from '../../format/format.js';
import { resolveSpan, type Span } from '../../data/span.js';
import type { TradeYear } from '../../data/types.js';

export interface PromiseOptions {
  /** The year the promised gain is measured from; must be in the data. */
  baseline: number;
  /** Promised gain in exports, millions of USD (of the baseline year when shown in constant dollars). */
  promiseMusd: number;
  /** An estimated range of the gain, millions of USD: drawn as a band. */
  bandMusd: readonly [number, number];
  from?: number;
  to?: number;
  /** Constant dollars of this year (CPI-U); unset for nominal dollars. */
  priceYear?: number;
}

/** The 12 months to the data's latest month, after its last complete year (`year`, the column it takes). */
export interface LatestRow extends PromiseRow {
  /** "12 months to Aug 2026", in the chart's language. */
  label: string;
}

export interface PromiseRow {
  year: number;
  exportsMusd: number;
  /**
   * Exports minus the target as the two figures show (format.ts shownChange): negative is a
   * shortfall, and a reader who subtracts the shown figures finds the gap written.
   */
  gapMusd: number;
}

export interface PromiseData {
  span: Span;
  baseline: TradeYear;
  targetMusd: number;
  bandMusd: [number, number];
  /** The gains as given, millions of USD: [promise, band low, band high]. */
  givenMusd: number[];
  /** The same gains as drawn: rescaled to `priceYear` dollars in constant dollars, else as given. */
  gainMusd: number[];
  rows: PromiseRow[];
  /** Constant dollars of this year; unset for nominal dollars. */
  priceYear?: number;
  /** Years after the baseline, for the findings. */
  after: PromiseRow[];
}

/**
 * Exports against a target level: the baseline year's exports plus the promised gain, and
 * each year's gap to it. In constant dollars every value, the target and the band are
 * rescaled with CPI-U to `priceYear`. Pure; throws DataError for years that do not fit the data
 * (the element has already checked that each option is a well-formed number).
 */
export function derivePromise(all: readonly TradeYear[], o: PromiseOptions): PromiseData {
  const first = all[0].year;
  const last = all[all.length - 1].year;
  let base = all.find((d) => d.year === o.baseline);
  if (!base) throw new DataError('year-not-in-data', { name: 'baseline', year: o.baseline, first, last });
  const span = resolveSpan(all, o.from, o.to, o.baseline);
  if (span.to <= o.baseline) {
    throw new DataError('bad-order', { before: 'baseline', a: o.baseline, after: 'to', b: span.to, first, last });
  }
  let k = 1;
  if (o.priceYear !== undefined) {
    [base, ...span.years] = toConstantDollars([base, ...span.years], o.priceYear);
    // The promise and the band are amounts in baseline-year dollars, rescaled like the data.
    k = cpiFor(o.priceYear)! / cpiFor(o.baseline)!;
  }
  const given = [o.promiseMusd, ...o.bandMusd];
  const gain = given.map((v) => v * k);
  const [targetMusd, lo, hi] = gain.map((v) => base.exportsMusd + v);
  const rows = span.years.map((d) => ({
    year: d.year,
    exportsMusd: d.exportsMusd,
    gapMusd: shownChange(targetMusd, d.exportsMusd),
  }));
  return {
    span,
    baseline: base,
    targetMusd,
    bandMusd: [lo, hi],
    givenMusd: given,
    // The line's gain as the two figures show it (the line's level minus the baseline year's), so
    // "2011 exports plus $X" adds up for a reader; the band's, which no table shows, as computed.
    gainMusd: [shownChange(base.exportsMusd, targetMusd), ...gain.slice(1)],
    rows,
    priceYear: o.priceYear,
    after: rows.filter((r) => r.year > o.baseline),
  };
}
