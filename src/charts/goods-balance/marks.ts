import type { TradeYear } from '../../data/types.js';
import type { GoodsBalanceMessages } from './messages.js';

/** What the bars are named for the rows in view: "Deficit" when every one is, "Surplus" likewise, else "Balance". */
export function balanceName(years: readonly Pick<TradeYear, 'balanceMusd'>[], m: GoodsBalanceMessages): string {
  if (years.every((d) => d.balanceMusd < 0)) return m.deficit;
  if (years.every((d) => d.balanceMusd >= 0)) return m.surplus;
  return m.names.balance;
}

/** A year's (or month's) three marks as its tooltip and announcements name them: the balance as "Deficit" or "Surplus". */
export function marksOf(d: Omit<TradeYear, 'year'>, m: GoodsBalanceMessages) {
  return [
    { key: 'exports', label: m.names.exports, musd: d.exportsMusd },
    { key: 'imports', label: m.names.imports, musd: d.importsMusd },
    { key: 'balance', label: d.balanceMusd < 0 ? m.deficit : m.surplus, musd: Math.abs(d.balanceMusd) },
  ];
}
