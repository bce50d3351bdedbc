import type { PropertyDeclarations } from 'lit';
import { fact } from '../../data/embedded.js';
import { resolveSpan } from '../../data/span.js';
import { KorusChartBase, type ChartContext, type Layout } from '../../frame/base-element.js';
import type { Size } from '../../frame/resize-controller.js';
import type { ChartText, FocusStop } from '../../frame/view-model.js';
import { layoutGoodsBalance, type GoodsBalanceModel } from './layout.js';
import { GOODS_BALANCE_MESSAGES, type GoodsBalanceMessages } from './messages.js';
import type { TradeYear } from '../../data/types.js';
import { goodsBalanceStyles } from './styles.js';
import { lineStyles } from '../line-styles.js';
import { describeGoodsBalance } from './text.js';
import { MILESTONE_IDS } from '../timeline.js';
import { renderGoodsBalance } from './view.js';

const DEFAULT_FROM = 2005;

function balanceName(years: readonly TradeYear[], m: GoodsBalanceMessages): string {
  if (years.every((d) => d.balanceMusd < 0)) return m.deficit;
  if (years.every((d) => d.balanceMusd >= 0)) return m.surplus;
  return m.names.balance;
}

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
  static override styles = [KorusChartBase.styles, lineStyles, goodsBalanceStyles];

  static override properties: PropertyDeclarations = {
    from: { type: Number },
    to: { type: Number },
  };

  /** First year shown. */
  declare from?: number;
  /** Last year shown. */
  declare to?: number;

  private _span(ctx: ChartContext) {
    return resolveSpan(
      ctx.series.years,
      this.numberAttribute('from', this.from, 'year'),
      this.numberAttribute('to', this.to, 'year'),
      DEFAULT_FROM,
    );
  }

  protected describe(ctx: ChartContext): ChartText {
    return describeGoodsBalance(
      this._span(ctx),
      ctx.series.source,
      GOODS_BALANCE_MESSAGES[ctx.locale],
      ctx.frame,
      ctx.fmt,
    );
  }

  protected layout(ctx: ChartContext, size: Size): Layout<GoodsBalanceModel> {
    const m = GOODS_BALANCE_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    const span = this._span(ctx);
    const model = layoutGoodsBalance({
      years: span.years,
      from: span.from,
      to: span.to,
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      milestones: MILESTONE_IDS.map((id) => ({ id, date: fact(id).date, label: m.milestones[id] })),
      // Name the bars for what they show: "Deficit" when every year in view is one.
      names: { ...m.names, balance: balanceName(span.years, m) },
      axisTick: f.axisTick,
      yearLabel: f.year,
      measure: ctx.measure,
    });
    const stops: FocusStop[] = model.columns.map((c, i) => {
      const d = span.years[i];
      const word = d.balanceMusd < 0 ? m.deficit : m.surplus;
      return {
        key: String(c.year),
        x: c.cx,
        y: Math.min(model.exports[i].y, model.imports[i].y),
        x0: c.x0,
        x1: c.x1,
        heading: f.year(c.year),
        rows: [
          { label: m.names.exports, value: f.money(d.exportsMusd), series: 'exports' },
          { label: m.names.imports, value: f.money(d.importsMusd), series: 'imports' },
          { label: word, value: f.money(Math.abs(d.balanceMusd)), series: 'balance' },
        ],
        announce: m.announce(
          f.year(c.year),
          f.moneyLong(d.exportsMusd),
          f.moneyLong(d.importsMusd),
          word,
          f.moneyLong(Math.abs(d.balanceMusd)),
        ),
        parts: [
          {
            key: 'exports',
            row: 0,
            announce: m.announcePart(f.year(c.year), m.names.exports, f.moneyLong(d.exportsMusd)),
          },
          {
            key: 'imports',
            row: 1,
            announce: m.announcePart(f.year(c.year), m.names.imports, f.moneyLong(d.importsMusd)),
          },
          {
            key: 'balance',
            row: 2,
            announce: m.announcePart(f.year(c.year), word, f.moneyLong(Math.abs(d.balanceMusd))),
          },
        ],
      };
    });
    return { model, stops };
  }

  protected renderPlot(model: GoodsBalanceModel, active: number | undefined, part?: string) {
    return renderGoodsBalance(model, active !== undefined ? model.columns[active]?.year : undefined, part);
  }
}
