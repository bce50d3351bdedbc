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
 * @attr from - First year shown (default 2005, or the data's first year if later).
 * @attr to - Last year shown (default: the data's last year).
 */
export class KorusGoodsBalance extends KorusChartBase<GoodsBalanceModel> {
  static override chart = goodsBalance;
  static override styles = [KorusChartBase.styles, goodsBalance.styles];
  static override properties = propertiesOf(goodsBalance.options);

  /** First year shown. */
  declare from?: number;
  /** Last year shown. */
  declare to?: number;
}
