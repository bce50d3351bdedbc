import { loadedMonthly } from '../data/load-monthly.js';
import { formatterFor } from '../format/format.js';
import type { Locale } from '../format/locale.js';
import { FRAME_MESSAGES } from '../format/messages.js';
import type { TradeSeries } from '../data/types.js';
import type { Size } from '../frame/resize-controller.js';
import type { ChartText } from '../frame/view-model.js';
import type { MeasureText } from '../layout/text.js';
import type { ChartContext, ChartDefinition, Options, Plot } from './definition.js';

export const chartContext = (series: TradeSeries, locale: Locale, measure: MeasureText): ChartContext => ({
  series,
  locale,
  fmt: formatterFor(locale),
  frame: FRAME_MESSAGES[locale],
  measure,
  monthly: loadedMonthly(),
});

/** The stages that do not depend on size: derive once, then the words. Throws DataError. */
export interface Described<D> {
  derived: D;
  text: ChartText;
}

export function describeChart<D, M>(def: ChartDefinition<D, M>, ctx: ChartContext, options: Options): Described<D> {
  const derived = def.derive(ctx, options);
  return { derived, text: def.describe(derived, ctx) };
}

/** The stages at a size: layout, then the focus stops. */
export function plotChart<D, M>(def: ChartDefinition<D, M>, ctx: ChartContext, derived: D, size: Size): Plot<M> {
  const model = def.layout(derived, ctx, size);
  return { model, stops: def.stops(derived, model, ctx) };
}

/** Every stage, for a host that draws once at one size (the static renderer, a download). */
export function runChart<D, M>(
  def: ChartDefinition<D, M>,
  ctx: ChartContext,
  options: Options,
  size: Size,
): Described<D> & Plot<M> {
  const described = describeChart(def, ctx, options);
  return { ...described, ...plotChart(def, ctx, described.derived, size) };
}
