import type { Locale } from '../format/locale.js';
import { localized } from '../format/localized.js';

/**
 * Words of charts that compare amounts across years: constant dollars and how changes are
 * computed. Apart from the trade vocabulary, so the goods-balance bundle carries none of it.
 */
export interface RealMessages {
  /** The unit line in constant dollars of `priceYear`. */
  realUnit: (priceYear: number) => string;
  /** Credits CPI-U and says which years' averages are of fewer than 12 monthly indexes. */
  cpiNote: (partial: readonly { year: number; months: number }[]) => string;
  /** Shown changes are the difference of the figures shown; percents are not. */
  percentNote: string;
}

const en: RealMessages = {
  realUnit: (p) => `Billions of ${p} U.S. dollars, adjusted for inflation.`,
  cpiNote: (partial) =>
    `Adjusted for inflation with the consumer price index for all urban consumers (CPI-U), U.S. Bureau of Labor Statistics${partial
      .map((p) => `; the ${p.year} index is the mean of the ${p.months} monthly indexes published`)
      .join('')}.`,
  percentNote: 'Percent changes are computed from unrounded values.',
};

/** English here; Korean from real-messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const REAL_MESSAGES: Record<Locale, RealMessages> = localized(en, 'real');
