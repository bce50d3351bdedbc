import { KorusChartBase } from '../../frame/base-element.js';
import { propertiesOf } from '../../pipeline/options.js';
import { beforeAfter } from './chart.js';
import type { BeforeAfterModel } from './layout.js';
import { withPeriods } from './period-options.js';

/**
 * Two years side by side: U.S. exports to Korea, imports from Korea and the goods balance in
 * `before` and in `after`, with the change in dollars and percent on each row. Defaults to the
 * comparison USTR made on 2017-07-12: 2011, the last full year before KORUS, against 2016.
 *
 * @summary U.S.–Korea goods trade in two years, compared.
 * @tag korus-before-after
 * @attr before - First period (default 2011, the last full year before KORUS): a year (`2016`), a range of years (`2009/2011`, their annual average) or of months (`2025-01/2025-08`, their sum); property `beforeYear`.
 * @attr after - Second period, after `before` and of the same length (default 2016); a partial year (`2026`) means its published months, and `before` is cut to the same months; property `afterYear`.
 * @attr metrics - Any of exports, imports, balance, separated by spaces or commas (default all three).
 * @attr dollars - "nominal" (default) or "real": constant dollars of `price-year`, CPI-U.
 * @attr price-year - Price year for real dollars (default: `before`).
 */
export class KorusBeforeAfter extends KorusChartBase<BeforeAfterModel> {
  static override chart = beforeAfter;
  static override styles = [KorusChartBase.styles, beforeAfter.styles];
  static override properties = withPeriods(propertiesOf(beforeAfter.options));

  /** First period compared (attribute `before`): a year as a number, other periods as written ("2009/2011"). */
  declare beforeYear?: number | string;
  /** Second period compared, after the first (attribute `after`): 2016, "2014/2016", "2026-01/2026-08". */
  declare afterYear?: number | string;
  /** Which rows to draw: any of exports, imports, balance (space- or comma-separated). */
  declare metrics?: string;
  /** "nominal" or "real" (constant dollars of `priceYear`). */
  declare dollars?: 'nominal' | 'real';
  /** Price year for real dollars; defaults to `before`. */
  declare priceYear?: number;
}
