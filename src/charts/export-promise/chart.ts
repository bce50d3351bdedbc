import { LATEST } from '../../data/embedded.js';
import { shownChange } from '../../format/format.js';
import type { ChartDefinition } from '../../pipeline/definition.js';
import { lineStyles } from '../line-styles.js';
import { milestonesFor, PRE_KORUS_YEAR, yearStop } from '../timeline.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { derivePromise, type LatestRow, type PromiseData } from './derive.js';
import { layoutExportPromise, type ExportPromiseModel } from './layout.js';
import { EXPORT_PROMISE_MESSAGES } from './messages.js';
import { exportPromiseStyles } from './styles.js';
import { BAND_MUSD, describeExportPromise, PROMISE, seriesNames } from './text.js';
import { renderExportPromise } from './view.js';

/**
 * The promise met against exports, with the price year when in constant dollars, and the 12
 * months to the data's latest month when the chart ends at its last complete year.
 */
export type PromiseView = PromiseData & { priceYear?: number; latest?: LatestRow };

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
    // The months after the last complete year (the Census series', or a page's monthly data's).
    const { years, source, latest: own } = ctx.series;
    const last = years[years.length - 1].year;
    const l = source.kind === 'census' ? LATEST : own;
    const latest =
      l?.last12 !== undefined && d.span.to === last && +l.month.slice(0, 4) === last + 1
        ? {
            year: last + 1,
            label: EXPORT_PROMISE_MESSAGES[ctx.locale].latest(l.month),
            exportsMusd: l.last12,
            gapMusd: shownChange(d.targetMusd, l.last12),
          }
        : undefined;
    return { ...d, priceYear, latest };
  },
  describe: (d, { locale: l, frame, fmt }) =>
    describeExportPromise(d, d.priceYear, EXPORT_PROMISE_MESSAGES[l], TRADE_MESSAGES[l], frame, fmt, d.latest),
  layout(d, ctx, size) {
    const m = EXPORT_PROMISE_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    // Drawn in nominal dollars only (data/ has no monthly CPI-U): in constant dollars a note says so.
    const latest = d.priceYear === undefined ? d.latest : undefined;
    return layoutExportPromise({
      rows: d.rows,
      latest,
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
      // The last column may be the latest 12 months, named as such, never as a year.
      const latest = i === d.rows.length ? d.latest! : undefined;
      const r = latest ?? d.rows[i];
      const label = latest ? latest.label : f.year(c.year);
      const below = r.gapMusd < 0;
      const marks: [string, number, string][] = [
        [m.names.exports, r.exportsMusd, 'exports'],
        [m.names.target, d.targetMusd, 'target'],
        below ? [m.shortfall, -r.gapMusd, 'shortfall'] : [m.excess, r.gapMusd, 'excess'],
      ];
      const values = marks.map(([l, musd]) => `${l.toLowerCase()} ${f.moneyLong(musd)}`).join(', ');
      // The latest 12 months are named by their label, never as a year ("…년" in Korean).
      return {
        ...yearStop(c, Math.min(model.gaps[i].y1, model.target.y), f, {
          rows: marks.map(([label, musd, series]) => ({ label, value: f.money(musd), series })),
          announce: latest ? `${label}: ${values}` : m.announce(label, values),
        }),
        heading: label,
      };
    });
  },
  view: (model, active) => renderExportPromise(model, active !== undefined ? model.columns[active]?.year : undefined),
};
