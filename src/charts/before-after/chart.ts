import type { ChartDefinition } from '../../pipeline/definition.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { compareYears, defaultYears, type Comparison } from './derive.js';
import { layoutBeforeAfter, type BeforeAfterModel } from './layout.js';
import { BEFORE_AFTER_MESSAGES } from './messages.js';
import { asPeriod, needsPeriods } from './period-options.js';
import { beforeAfterStyles } from './styles.js';
import { describeBeforeAfter, labelsOf } from './text.js';

const keys = ([beforeKey, afterKey]: [string, string]) => ({ beforeKey, afterKey });
import { renderBeforeAfter } from './view.js';

/** Two years side by side: exports, imports and the goods balance, with the change on each row. */
export const beforeAfter: ChartDefinition<Comparison, BeforeAfterModel> = {
  tag: 'korus-before-after',
  // Properties beforeYear/afterYear, not before/after: those names are DOM methods
  // (ChildNode.before(), .after()) that pages and frameworks call on any element.
  options: [
    // Text: a period (2016, 2009/2011, 2025-01/2025-08) is read by period-options.ts.
    { prop: 'beforeYear', attr: 'before', kind: 'text' },
    { prop: 'afterYear', attr: 'after', kind: 'text' },
    { prop: 'metrics', kind: 'text' },
    { prop: 'dollars', kind: 'text' },
    { prop: 'priceYear', attr: 'price-year', kind: 'year' },
  ],
  styles: beforeAfterStyles,
  needsMonthly: (o, series) => needsPeriods(series, asPeriod(o.beforeYear), asPeriod(o.afterYear)),
  derive(ctx, o) {
    const { series, locale } = ctx;
    const [before, after] = [asPeriod(o.beforeYear), asPeriod(o.afterYear)];
    return compareYears(
      series.years,
      {
        before: before as number,
        after: after as number,
        priceYear: o.priceYear as number,
        metrics: o.metrics as string,
        dollars: o.dollars as string,
      },
      BEFORE_AFTER_MESSAGES[locale].expected,
      undefined,
      // Other periods than two plain years: dist/monthly.js, loaded first (needsMonthly).
      needsPeriods(series, before, after)
        ? ctx.monthly!.beforeAfterPeriods(series, before, after, defaultYears(series.years), locale)
        : undefined,
    );
  },
  describe: (c, ctx) => describeBeforeAfter(c, ctx.series.source, ctx.locale, ctx.fmt),
  layout(c, { locale, fmt: f, measure }, size) {
    const m = BEFORE_AFTER_MESSAGES[locale];
    return layoutBeforeAfter({
      rows: c.rows.map((r) => ({
        ...r,
        ...m.row(r.metric, r.beforeMusd, r.afterMusd, f),
        beforeLabel: f.money(r.beforeMusd),
        afterLabel: f.money(r.afterMusd),
      })),
      ...size,
      ...keys(labelsOf(c, m)),
      axisTick: f.axisTick,
      measure,
    });
  },
  stops(c, model, { locale, fmt: f }) {
    const m = BEFORE_AFTER_MESSAGES[locale];
    const [ya, yb] = labelsOf(c, m);
    return model.rows.map((row, i) => {
      const { metric, beforeMusd: a, afterMusd: b } = c.rows[i];
      const w = m.row(metric, a, b, f);
      return {
        key: metric,
        x: row.afterX,
        y: row.y,
        x0: 0,
        x1: model.width,
        y0: row.y0,
        y1: row.y1,
        heading: TRADE_MESSAGES[locale].names[metric],
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
  },
  view: renderBeforeAfter,
};
