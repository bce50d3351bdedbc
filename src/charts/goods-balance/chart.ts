import { resolveSpan, type Span } from '../../data/span.js';
import type { TradeYear } from '../../data/types.js';
import type { ChartDefinition } from '../../pipeline/definition.js';
import { lineStyles } from '../line-styles.js';
import { milestonesFor, yearStop } from '../timeline.js';
import { layoutGoodsBalance, type GoodsBalanceModel } from './layout.js';
import { GOODS_BALANCE_MESSAGES, type GoodsBalanceMessages } from './messages.js';
import { goodsBalanceStyles } from './styles.js';
import { describeGoodsBalance } from './text.js';
import { renderGoodsBalance } from './view.js';

const DEFAULT_FROM = 2005;

function balanceName(years: readonly TradeYear[], m: GoodsBalanceMessages): string {
  if (years.every((d) => d.balanceMusd < 0)) return m.deficit;
  if (years.every((d) => d.balanceMusd >= 0)) return m.surplus;
  return m.names.balance;
}

/** U.S. exports to Korea, imports from Korea and the balance, year by year. */
export const goodsBalance: ChartDefinition<Span, GoodsBalanceModel> = {
  tag: 'korus-goods-balance',
  options: [
    { prop: 'from', kind: 'year' },
    { prop: 'to', kind: 'year' },
  ],
  styles: [lineStyles, goodsBalanceStyles],
  derive: (ctx, o) => resolveSpan(ctx.series.years, o.from as number, o.to as number, DEFAULT_FROM),
  describe: (span, ctx) =>
    describeGoodsBalance(span, ctx.series.source, GOODS_BALANCE_MESSAGES[ctx.locale], ctx.frame, ctx.fmt),
  layout(span, ctx, size) {
    const m = GOODS_BALANCE_MESSAGES[ctx.locale];
    return layoutGoodsBalance({
      years: span.years,
      from: span.from,
      to: span.to,
      ...size,
      milestones: milestonesFor(m.milestones),
      // Name the bars for what they show: "Deficit" when every year in view is one.
      names: { ...m.names, balance: balanceName(span.years, m) },
      axisTick: ctx.fmt.axisTick,
      yearLabel: ctx.fmt.year,
      measure: ctx.measure,
    });
  },
  stops(span, model, { locale, fmt: f }) {
    const m = GOODS_BALANCE_MESSAGES[locale];
    return model.columns.map((c, i) => {
      const d = span.years[i];
      const word = d.balanceMusd < 0 ? m.deficit : m.surplus;
      const marks = [
        { key: 'exports', label: m.names.exports, musd: d.exportsMusd },
        { key: 'imports', label: m.names.imports, musd: d.importsMusd },
        { key: 'balance', label: word, musd: Math.abs(d.balanceMusd) },
      ];
      const year = f.year(c.year);
      return yearStop(c, Math.min(model.exports[i].y, model.imports[i].y), f, {
        rows: marks.map((k) => ({ label: k.label, value: f.money(k.musd), series: k.key })),
        announce: m.announce(
          year,
          f.moneyLong(d.exportsMusd),
          f.moneyLong(d.importsMusd),
          word,
          f.moneyLong(Math.abs(d.balanceMusd)),
        ),
        parts: marks.map((k, row) => ({
          key: k.key,
          row,
          announce: m.announcePart(year, k.label, f.moneyLong(k.musd)),
        })),
      });
    });
  },
  view: (model, active, part) =>
    renderGoodsBalance(model, active !== undefined ? model.columns[active]?.year : undefined, part),
};
