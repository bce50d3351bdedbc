import { KorusChartBase } from '../../frame/base-element.js';
import { propertiesOf } from '../../pipeline/options.js';
import { goodsBalance } from './chart.js';
import type { GoodsBalanceModel } from './layout.js';

/**
 * U.S. goods exports to Korea, imports from Korea and the balance, year by year, with the KORUS
 * milestones. Official Census data are embedded; `src` or `data` replace them.
 *
 * @summary U.S.–Korea goods trade and balance by year.
 * @tag korus-goods-balance
 * @attr from - First year shown (default 2005, or the data's first year if later), or first month (YYYY-MM) in the month views.
 * @attr to - Last year shown (default: the data's last year), or last month (YYYY-MM) in the month views.
 * @attr interval - "year" (default), "month" (monthly values) or "12-month" (each month's trailing 12-month sum).
 */
export class KorusGoodsBalance extends KorusChartBase<GoodsBalanceModel> {
  static override chart = goodsBalance;
  static override styles = [KorusChartBase.styles, goodsBalance.styles];
  static override properties = propertiesOf(goodsBalance.options);

  /** First year shown, or first month ("2025-01") in the month views. */
  declare from?: number | string;
  /** Last year shown, or last month ("2026-08") in the month views. */
  declare to?: number | string;
  /** "year" (default), "month" or "12-month". */
  declare interval?: string;
}
