import { property } from 'lit/decorators.js';
import { fact } from '../../data/embedded.js';
import { DataError } from '../../data/errors.js';
import { KorusChartBase, type ChartContext, type Layout } from '../../frame/base-element.js';
import type { Size } from '../../frame/resize-controller.js';
import type { ChartText, FocusStop } from '../../frame/view-model.js';
import { GOODS_BALANCE_MESSAGES } from '../goods-balance/messages.js';
import { MILESTONE_IDS, PRE_KORUS_YEAR } from '../goods-balance/text.js';
import { derivePromise } from './derive.js';
import { layoutExportPromise, type ExportPromiseModel } from './layout.js';
import { EXPORT_PROMISE_MESSAGES } from './messages.js';
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
  static override styles = [KorusChartBase.styles, exportPromiseStyles];

  /** Year the promised gain is measured from. */
  @property({ type: Number }) baseline?: number;
  /** Promised gain in billions of U.S. dollars a year. */
  @property({ type: Number }) promise?: number;
  /** First year shown. */
  @property({ type: Number }) from?: number;
  /** Last year shown. */
  @property({ type: Number }) to?: number;
  /** "nominal" or "real". */
  @property() dollars?: string;
  /** Constant-dollar price year when `dollars="real"`. */
  @property({ type: Number, attribute: 'price-year' }) priceYear?: number;

  // A removed numeric attribute comes back as null: treat it as unset.
  private _baseline = () => this.baseline ?? PRE_KORUS_YEAR;
  private _price = () => (this.dollars?.toLowerCase() === 'real' ? (this.priceYear ?? this._baseline()) : undefined);

  private _derive(ctx: ChartContext) {
    const p = this.promise ?? fact(PROMISE_ID).value!;
    if (!Number.isFinite(p) || p < 0) {
      const value = this.getAttribute('promise') ?? String(p);
      throw new DataError('bad-attribute', { name: 'promise', value, expected: Number.isFinite(p) ? 'nonnegative' : 'number' });
    }
    return derivePromise(ctx.series.years, {
      baseline: this._baseline(),
      promiseMusd: p * 1000,
      bandMusd: [fact(BAND_IDS[0]).value! * 1000, fact(BAND_IDS[1]).value! * 1000],
      from: this.from ?? undefined,
      to: this.to ?? undefined,
      priceYear: this._price(),
    });
  }

  protected describe(ctx: ChartContext): ChartText {
    const l = ctx.locale;
    return describeExportPromise(this._derive(ctx), this._price(), ctx.series.source, EXPORT_PROMISE_MESSAGES[l], GOODS_BALANCE_MESSAGES[l], ctx.frame, ctx.fmt);
  }

  protected layout(ctx: ChartContext, size: Size): Layout<ExportPromiseModel> {
    const m = EXPORT_PROMISE_MESSAGES[ctx.locale];
    const f = ctx.fmt;
    const d = this._derive(ctx);
    const price = this._price();
    const model = layoutExportPromise({
      rows: d.rows,
      from: d.span.from,
      to: d.span.to,
      targetMusd: d.targetMusd,
      bandMusd: d.bandMusd,
      widthPx: size.widthPx,
      heightPx: size.heightPx,
      milestones: MILESTONE_IDS.map((id) => ({ id, date: fact(id).date, label: GOODS_BALANCE_MESSAGES[ctx.locale].milestones[id] })),
      names: { exports: m.names.exports, target: `${m.names.target} ${f.money(d.targetMusd)}`, band: m.band(f.money(d.bandMusd[0]), f.money(d.bandMusd[1])) },
      axisNote: price !== undefined ? m.axisNote(price) : undefined,
      axisTick: f.axisTick,
      yearLabel: f.year,
      measure: ctx.measure,
    });
    const target = f.money(d.targetMusd);
    const stops: FocusStop[] = model.columns.map((c, i) => {
      const r = d.rows[i];
      const below = r.gapMusd < 0;
      const gap = Math.abs(r.gapMusd);
      return {
        key: String(c.year),
        x: c.cx,
        y: Math.min(model.exports[i].y, model.target.y),
        x0: c.x0,
        x1: c.x1,
        heading: f.year(c.year),
        rows: [
          { label: m.names.exports, value: f.money(r.exportsMusd), series: 'exports' },
          { label: m.names.target, value: target, series: 'target' },
          { label: below ? m.shortfall : m.excess, value: f.money(gap), series: below ? 'shortfall' : 'excess' },
        ],
        announce: m.announce(f.year(c.year), f.moneyLong(r.exportsMusd), f.moneyLong(gap), below, f.moneyLong(d.targetMusd)),
      };
    });
    return { model, stops };
  }

  protected renderPlot(model: ExportPromiseModel, active: number | undefined) {
    return renderExportPromise(model, active !== undefined ? model.columns[active]?.year : undefined);
  }
}
