import type { ChartDefinition } from '../../pipeline/definition.js';
import { lineStyles } from '../line-styles.js';
import { milestonesFor, PRE_KORUS_YEAR, yearStop } from '../timeline.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { derivePromise, type PromiseView } from './derive.js';

export type { PromiseView };
import { monthly } from './latest.js';
import { layoutExportPromise, type ExportPromiseModel } from './layout.js';
import { EXPORT_PROMISE_MESSAGES } from './messages.js';
import { exportPromiseStyles } from './styles.js';
import { BAND_MUSD, describeExportPromise, PROMISE, seriesNames } from './text.js';
import { renderExportPromise } from './view.js';

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
    const { years, source } = ctx.series;
    const last = years[years.length - 1].year;
    return {
      ...d,
      priceYear,
      latest:
        source.kind === 'census' && d.span.to === last && monthly !== undefined
          ? monthly && monthly.censusLatestPoint(last, d.targetMusd, priceYear !== undefined, ctx.fmt)
          : undefined,
    };
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
      // Drawn in nominal dollars only (no monthly CPI in data/): those have a table row.
      latest: d.latest?.row && d.latest,
    });
  },
  stops(d, model, { locale, fmt: f }) {
    const m = EXPORT_PROMISE_MESSAGES[locale];
    return model.columns.map((c, i) => {
      const t = d.rows[i] ? undefined : d.latest!;
      const r = t ?? d.rows[i];
      const label = t ? t.label : f.year(c.year);
      const below = r.gapMusd < 0;
      const marks: [string, number, string][] = [
        [m.names.exports, r.exportsMusd, 'exports'],
        [m.names.target, d.targetMusd, 'target'],
        below ? [m.shortfall, -r.gapMusd, 'shortfall'] : [m.excess, r.gapMusd, 'excess'],
      ];
      const values = marks.map(([l, musd]) => `${l.toLowerCase()} ${f.moneyLong(musd)}`).join(', ');
      return {
        ...yearStop(c, Math.min(model.gaps[i].y1, model.target.y), f, {
          rows: marks.map(([label, musd, series]) => ({ label, value: f.money(musd), series })),
          announce: t ? `${label}: ${values}` : m.announce(label, values),
        }),
        heading: label,
      };
    });
  },
  view: (model, active) => renderExportPromise(model, active !== undefined ? model.columns[active]?.year : undefined),
};
