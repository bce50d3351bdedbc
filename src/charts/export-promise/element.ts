import { KorusChartBase } from '../../frame/base-element.js';
import { propertiesOf } from '../../pipeline/options.js';
import { exportPromise } from './chart.js';
import type { ExportPromiseModel } from './layout.js';

/**
 * U.S. goods exports to Korea year by year against the promised gain: a target level (the
 * baseline year's exports plus the promise), the USITC's estimated range as a band, and each
 * year's gap to the target. Official Census data are embedded; `src` or `data` replace them.
 *
 * @summary U.S. exports to Korea against the KORUS export promise.
 * @tag korus-export-promise
 * @attr baseline - Year the gain is measured from (default 2011, the last full year before entry into force).
 * @attr promise - Promised gain in billions of U.S. dollars a year (default 11).
 * @attr from - First year shown (default: the baseline).
 * @attr to - Last year shown (default: the data's last year).
 * @attr dollars - "nominal" (default) or "real" (constant dollars of `price-year`, CPI-U).
 * @attr price-year - Price year for `dollars="real"` (default: the baseline).
 * @cssprop --korus-color-target - The target line and its label.
 * @cssprop --korus-color-band - The USITC estimate band.
 * @cssprop --korus-color-shortfall - Gap segments below the target.
 * @cssprop --korus-color-excess - Gap segments above the target.
 */
export class KorusExportPromise extends KorusChartBase<ExportPromiseModel> {
  static override chart = exportPromise;
  static override styles = [KorusChartBase.styles, exportPromise.styles];
  static override properties = propertiesOf(exportPromise.options);

  /** Year the promised gain is measured from. */
  declare baseline?: number;
  /** Promised gain in billions of U.S. dollars a year. */
  declare promise?: number;
  /** First year shown. */
  declare from?: number;
  /** Last year shown. */
  declare to?: number;
  /** "nominal" or "real". */
  declare dollars?: string;
  /** Constant-dollar price year when `dollars="real"`. */
  declare priceYear?: number;
}
