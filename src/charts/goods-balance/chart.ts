import { LATEST } from '../../data/embedded.js';
import { resolveSpan, type Span } from '../../data/span.js';
import type { ChartContext } from '../../pipeline/definition.js';
import type { TradeSeries } from '../../data/types.js';
import type { ChartDefinition, Options } from '../../pipeline/definition.js';
import { lineStyles } from '../line-styles.js';
import { MILESTONE_DATES, milestonesFor, yearStop } from '../timeline.js';
import { layoutGoodsBalance, type GoodsBalanceModel } from './layout.js';
import { balanceName, marksOf } from './marks.js';
import { GOODS_BALANCE_MESSAGES } from './messages.js';
import { goodsBalanceStyles } from './styles.js';
import { describeGoodsBalance } from './text.js';
import { renderGoodsBalance } from './view.js';
import type { MonthSpan } from './months.js';

const DEFAULT_FROM = 2005;

/** The month views from dist/monthly.js, handed this chart's layout, words and milestones. */
const months = (ctx: ChartContext) =>
  ctx.monthly!.goodsBalanceMonths({
    layout: layoutGoodsBalance,
    messages: GOODS_BALANCE_MESSAGES,
    resolveSpan,
    milestones: milestonesFor,
    dates: MILESTONE_DATES,
    marks: marksOf,
    balanceName,
  });

/** Months on the x axis, a month in `from`/`to`, or a page's monthly data: dist/monthly.js draws or reads them. */
const needsMonthly = (o: Options, series: TradeSeries) =>
  !!series.months || (o.interval ?? 'year') !== 'year' || typeof o.from == 'string' || typeof o.to == 'string';

/**
 * U.S. exports to Korea, imports from Korea and the balance, year by year. The month views
 * (interval="month", "12-month") are dist/monthly.js's (./months.ts): yearly pages never load them.
 */
export const goodsBalance: ChartDefinition<Span | MonthSpan, GoodsBalanceModel> = {
  tag: 'korus-goods-balance',
  options: [
    { prop: 'from', kind: 'month' },
    { prop: 'to', kind: 'month' },
    { prop: 'interval', kind: 'text' },
  ],
  styles: [lineStyles, goodsBalanceStyles],
  needsMonthly,
  derive: (ctx, o) =>
    needsMonthly(o, ctx.series)
      ? months(ctx).derive(ctx, o, DEFAULT_FROM)
      : resolveSpan(ctx.series.years, o.from as number, o.to as number, DEFAULT_FROM),
  describe(span, ctx) {
    if ('months' in span) return months(ctx).describe(span, ctx);
    const { series } = ctx;
    // A chart that ends at the data's last complete year says what the months since then show.
    const atEnd = span.to === series.years[series.years.length - 1].year;
    return describeGoodsBalance(span, series.source, GOODS_BALANCE_MESSAGES[ctx.locale], ctx.frame, ctx.fmt, {
      latest: atEnd ? (series.source.kind == 'census' ? LATEST : series.latest) : undefined,
      notes: series.months && months(ctx).yearNotes(series, ctx.locale),
    });
  },
  layout(span, ctx, size) {
    if ('months' in span) return months(ctx).layout(span, ctx, size);
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
  stops(span, model, ctx) {
    if ('months' in span) return months(ctx).stops(span, model, ctx);
    const { locale, fmt: f } = ctx;
    const m = GOODS_BALANCE_MESSAGES[locale];
    return model.columns.map((c, i) => {
      const d = span.years[i];
      const marks = marksOf(d, m);
      const word = marks[2].label;
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
