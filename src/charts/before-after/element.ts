import type { PropertyDeclarations } from 'lit';
import { KorusChartBase, type ChartContext, type Layout } from '../../frame/base-element.js';
import type { Size } from '../../frame/resize-controller.js';
import type { ChartText, FocusStop } from '../../frame/view-model.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { compareYears } from './derive.js';
import { layoutBeforeAfter, type BeforeAfterModel } from './layout.js';
import { BEFORE_AFTER_MESSAGES } from './messages.js';
import { beforeAfterStyles } from './styles.js';
import { describeBeforeAfter } from './text.js';
import { renderBeforeAfter } from './view.js';

/**
 * Two years side by side: U.S. exports to Korea, imports from Korea and the goods balance in
 * `before` and in `after`, with the change in dollars and percent on each row. Defaults to the
 * comparison USTR made on 2017-07-12: 2011, the last full year before KORUS, against 2016.
 *
 * @summary U.S.–Korea goods trade in two years, compared.
 * @tag korus-before-after
 * @attr before - First year (default 2011, the last full year before KORUS); property `beforeYear`.
 * @attr after - Second year, later than `before` (default 2016); property `afterYear`.
 * @attr metrics - Any of exports, imports, balance, separated by spaces or commas (default all three).
 * @attr dollars - "nominal" (default) or "real": constant dollars of `price-year`, CPI-U.
 * @attr price-year - Price year for real dollars (default: `before`).
 */
export class KorusBeforeAfter extends KorusChartBase<BeforeAfterModel> {
  static override styles = [KorusChartBase.styles, beforeAfterStyles];

  static override properties: PropertyDeclarations = {
    beforeYear: { type: Number, attribute: 'before' },
    afterYear: { type: Number, attribute: 'after' },
    metrics: {},
    dollars: {},
    priceYear: { type: Number, attribute: 'price-year' },
  };

  // Properties beforeYear/afterYear, not before/after: those names are DOM methods
  // (ChildNode.before(), .after()) that pages and frameworks call on any element.
  /** First year compared (attribute `before`). */
  declare beforeYear?: number;
  /** Second year compared, later than the first (attribute `after`). */
  declare afterYear?: number;
  /** Which rows to draw: any of exports, imports, balance (space- or comma-separated). */
  declare metrics?: string;
  /** "nominal" or "real" (constant dollars of `priceYear`). */
  declare dollars?: 'nominal' | 'real';
  /** Price year for real dollars; defaults to `before`. */
  declare priceYear?: number;

  private _compare(ctx: ChartContext) {
    const o = {
      // A year the page wrote badly is quoted back as written ("20l1"), not as NaN.
      before: this.numberAttribute('before', this.beforeYear, 'year'),
      after: this.numberAttribute('after', this.afterYear, 'year'),
      priceYear: this.numberAttribute('price-year', this.priceYear, 'year'),
      metrics: this.metrics,
      dollars: this.dollars,
    };
    return compareYears(ctx.series.years, o, BEFORE_AFTER_MESSAGES[ctx.locale].expected);
  }

  protected describe(ctx: ChartContext): ChartText {
    return describeBeforeAfter(this._compare(ctx), ctx.series.source, ctx.locale, ctx.fmt);
  }

  protected layout(ctx: ChartContext, size: Size): Layout<BeforeAfterModel> {
    const c = this._compare(ctx);
    const m = BEFORE_AFTER_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    const [ya, yb] = [m.year(c.before), m.year(c.after)];
    const words = c.rows.map((r) => m.row(r.metric, r.beforeMusd, r.afterMusd, f));
    const model = layoutBeforeAfter({
      rows: c.rows.map((r, i) => ({
        ...r,
        ...words[i],
        beforeLabel: f.money(r.beforeMusd),
        afterLabel: f.money(r.afterMusd),
      })),
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      beforeKey: ya,
      afterKey: yb,
      axisTick: f.axisTick,
      measure: ctx.measure,
    });
    const stops: FocusStop[] = model.rows.map((row, i) => {
      const { metric, beforeMusd: a, afterMusd: b } = c.rows[i];
      const w = words[i];
      return {
        key: metric,
        x: row.afterX,
        y: row.y,
        x0: 0,
        x1: model.width,
        y0: row.y0,
        y1: row.y1,
        heading: TRADE_MESSAGES[ctx.locale].names[metric],
        rows: [
          { label: ya, value: f.money(a), series: metric },
          { label: yb, value: f.money(b), series: metric },
          { label: m.table[1], value: metric === 'balance' ? `${w.name.toLowerCase()} ${w.change}` : w.change },
        ],
        announce: m.announce(
          m.row(metric, a, b, f, f.moneyLong),
          ya,
          f.moneyLong(Math.abs(a)),
          yb,
          f.moneyLong(Math.abs(b)),
        ),
      };
    });
    return { model, stops };
  }

  protected renderPlot(model: BeforeAfterModel, active: number | undefined) {
    return renderBeforeAfter(model, active);
  }
}
