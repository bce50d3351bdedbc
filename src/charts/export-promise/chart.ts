import type { ChartDefinition } from '../../pipeline/definition.js';
import { lineStyles } from '../line-styles.js';
import { milestonesFor, PRE_KORUS_YEAR, yearStop } from '../timeline.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { derivePromise, type PromiseData } from './derive.js';
import { layoutExportPromise, type ExportPromiseModel } from './layout.js';
import { EXPORT_PROMISE_MESSAGES } from './messages.js';
import { exportPromiseStyles } from './styles.js';
import { BAND_MUSD, describeExportPromise, PROMISE, seriesNames } from './text.js';
import { renderExportPromise } from './view.js';

/** The promise met against exports, with the price year when in constant dollars. */
export type PromiseView = PromiseData & { priceYear?: number };

/** U.S. goods exports to Korea year by year against the promised gain. */
export const exportPromise: ChartDefinition<PromiseView, ExportPromiseModel> = {
  tag: 'korus-export-promise',
  options: [
    { prop: 'baseline', kind: 'year' },
    { prop: 'promise', kind: 'nonnegative' },
    { prop: 'from', kind: 'year' },
    { prop: 'to', kind: 'year' },
    { prop: 'dollars', kind: 'text' },
    { prop: 'priceYear', attr: 'price-year', kind: 'year' },
  ],
  styles: [lineStyles, exportPromiseStyles],
  derive(ctx, o) {
    const baseline = (o.baseline as number) ?? PRE_KORUS_YEAR;
    const priceYear = String(o.dollars).toLowerCase() === 'real' ? ((o.priceYear as number) ?? baseline) : undefined;
    const d = derivePromise(ctx.series.years, {
      baseline,
      promiseMusd: ((o.promise as number) ?? PROMISE.value!) * 1000,
      bandMusd: BAND_MUSD,
      from: o.from as number,
      to: o.to as number,
      priceYear,
    });
    return { ...d, priceYear };
  },
  describe: (d, { locale: l, frame, fmt }) =>
    describeExportPromise(d, d.priceYear, EXPORT_PROMISE_MESSAGES[l], TRADE_MESSAGES[l], frame, fmt),
  layout(d, ctx, size) {
    const m = EXPORT_PROMISE_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    return layoutExportPromise({
      rows: d.rows,
      from: d.span.from,
      to: d.span.to,
      targetMusd: d.targetMusd,
      bandMusd: d.bandMusd,
      ...size,
      milestones: milestonesFor(TRADE_MESSAGES[ctx.locale].milestones),
      names: seriesNames(d, m, f),
      axisNote: d.priceYear !== undefined ? m.axisNote(d.priceYear) : undefined,
      axisTick: f.axisTick,
      yearLabel: f.year,
      measure: ctx.measure,
    });
  },
  stops(d, model, { locale, fmt: f }) {
    const m = EXPORT_PROMISE_MESSAGES[locale];
    return model.columns.map((c, i) => {
      const r = d.rows[i];
      const below = r.gapMusd < 0;
      const marks: [string, number, string][] = [
        [m.names.exports, r.exportsMusd, 'exports'],
        [m.names.target, d.targetMusd, 'target'],
        below ? [m.shortfall, -r.gapMusd, 'shortfall'] : [m.excess, r.gapMusd, 'excess'],
      ];
      return yearStop(c, Math.min(model.exports[i].y, model.target.y), f, {
        rows: marks.map(([label, musd, series]) => ({ label, value: f.money(musd), series })),
        announce: m.announce(
          f.year(c.year),
          marks.map(([l, musd]) => `${l.toLowerCase()} ${f.moneyLong(musd)}`).join(', '),
        ),
      });
    });
  },
  view: (model, active) => renderExportPromise(model, active !== undefined ? model.columns[active]?.year : undefined),
};
