import type { PropertyDeclarations } from 'lit';
import { fact } from '../../data/embedded.js';
import { KorusChartBase, type ChartContext, type Layout } from '../../frame/base-element.js';
import type { Size } from '../../frame/resize-controller.js';
import type { ChartText, FocusStop } from '../../frame/view-model.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import { MILESTONE_IDS, PRE_KORUS_YEAR } from '../timeline.js';
import { derivePromise } from './derive.js';
import { layoutExportPromise, type ExportPromiseModel } from './layout.js';
import { EXPORT_PROMISE_MESSAGES } from './messages.js';
import { lineStyles } from '../line-styles.js';
import { exportPromiseStyles } from './styles.js';
import { BAND_IDS, describeExportPromise, PROMISE_ID } from './text.js';
import { renderExportPromise } from './view.js';

/**
 * U.S. goods exports to Korea year by year against the promised gain: a target level (the
 * baseline year's exports plus the promise), the USITC's estimated range as a band, and each
 * year's gap to the target. Official Census data are embedded; `src` or `data` replace them.
 *
 * @summary U.S. exports to Korea against the KORUS export promise.
 * @tag korus-export-promise
 * @attr baseline - Year the gain is measured from (default 2011, the last full year before entry into force).
 * @attr promise - Promised gain in billions of U.S. dollars a year (default 11).
 * @attr from - First year shown (default: the baseline).
 * @attr to - Last year shown (default: the data's last year).
 * @attr dollars - "nominal" (default) or "real" (constant dollars of `price-year`, CPI-U).
 * @attr price-year - Price year for `dollars="real"` (default: the baseline).
 * @cssprop --korus-color-target - The target line and its label.
 * @cssprop --korus-color-band - The USITC estimate band.
 * @cssprop --korus-color-shortfall - Gap segments below the target.
 * @cssprop --korus-color-excess - Gap segments above the target.
 */
export class KorusExportPromise extends KorusChartBase<ExportPromiseModel> {
  static override styles = [KorusChartBase.styles, lineStyles, exportPromiseStyles];

  static override properties: PropertyDeclarations = {
    baseline: { type: Number },
    promise: { type: Number },
    from: { type: Number },
    to: { type: Number },
    dollars: {},
    priceYear: { type: Number, attribute: 'price-year' },
  };

  /** Year the promised gain is measured from. */
  declare baseline?: number;
  /** Promised gain in billions of U.S. dollars a year. */
  declare promise?: number;
  /** First year shown. */
  declare from?: number;
  /** Last year shown. */
  declare to?: number;
  /** "nominal" or "real". */
  declare dollars?: string;
  /** Constant-dollar price year when `dollars="real"`. */
  declare priceYear?: number;

  private _options() {
    const year = (name: string, v?: number) => this.numberAttribute(name, v, 'year');
    const baseline = year('baseline', this.baseline) ?? PRE_KORUS_YEAR;
    const price = year('price-year', this.priceYear) ?? baseline;
    return {
      baseline,
      promiseMusd: (this.numberAttribute('promise', this.promise, 'nonnegative') ?? fact(PROMISE_ID).value!) * 1000,
      bandMusd: BAND_IDS.map((id) => fact(id).value! * 1000) as [number, number],
      from: year('from', this.from),
      to: year('to', this.to),
      priceYear: this.dollars?.toLowerCase() === 'real' ? price : undefined,
    };
  }

  protected describe(ctx: ChartContext): ChartText {
    const o = this._options();
    const l = ctx.locale;
    return describeExportPromise(
      derivePromise(ctx.series.years, o),
      o.priceYear,
      EXPORT_PROMISE_MESSAGES[l],
      TRADE_MESSAGES[l],
      ctx.frame,
      ctx.fmt,
    );
  }

  protected layout(ctx: ChartContext, size: Size): Layout<ExportPromiseModel> {
    const m = EXPORT_PROMISE_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    const o = this._options();
    const d = derivePromise(ctx.series.years, o);
    const model = layoutExportPromise({
      rows: d.rows,
      from: d.span.from,
      to: d.span.to,
      targetMusd: d.targetMusd,
      bandMusd: d.bandMusd,
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      milestones: MILESTONE_IDS.map((id) => ({
        id,
        date: fact(id).date,
        label: TRADE_MESSAGES[ctx.locale].milestones[id],
      })),
      names: {
        exports: m.names.exports,
        target: `${m.names.target} ${f.money(d.targetMusd)}`,
        band: m.band(f.axisTick(d.bandMusd[0]), f.money(d.bandMusd[1])),
      },
      axisNote: o.priceYear !== undefined ? m.axisNote(o.priceYear) : undefined,
      axisTick: f.axisTick,
      yearLabel: f.year,
      measure: ctx.measure,
    });
    const stops: FocusStop[] = model.columns.map((c, i) => {
      const r = d.rows[i];
      const below = r.gapMusd < 0;
      const rows = [
        { label: m.names.exports, musd: r.exportsMusd, series: 'exports' },
        { label: m.names.target, musd: d.targetMusd, series: 'target' },
        { label: below ? m.shortfall : m.excess, musd: Math.abs(r.gapMusd), series: below ? 'shortfall' : 'excess' },
      ];
      return {
        key: String(c.year),
        x: c.cx,
        y: Math.min(model.exports[i].y, model.target.y),
        x0: c.x0,
        x1: c.x1,
        heading: f.year(c.year),
        rows: rows.map(({ label, musd, series }) => ({ label, value: f.money(musd), series })),
        announce: m.announce(
          f.year(c.year),
          rows.map((x) => `${x.label.toLowerCase()} ${f.moneyLong(x.musd)}`).join(', '),
        ),
      };
    });
    return { model, stops };
  }

  protected renderPlot(model: ExportPromiseModel, active: number | undefined) {
    return renderExportPromise(model, active !== undefined ? model.columns[active]?.year : undefined);
  }
}
