import type { TradeYear } from '../../data/types.js';
import { valueTicks, yearTicks, type Tick } from '../../layout/axis.js';
import { placeMilestones, spreadApart, type Milestone, type MilestoneMark } from '../../layout/labels.js';
import { linear } from '../../layout/scale.js';
import { estimateTextWidth } from '../../layout/text.js';
import { yearPath, type Point, type TimeChartInput, type TimeChartModel } from '../../layout/time-chart.js';

export type { Milestone, MilestoneMark, Point };

export type Series = 'exports' | 'imports' | 'balance';

export interface GoodsBalanceInput extends TimeChartInput {
  /** Years to draw, sorted; years missing inside [from, to] are drawn as gaps. */
  years: readonly TradeYear[];
  /** Series names for direct labels and the legend. */
  names: Readonly<Record<Series, string>>;
}

export interface Bar {
  year: number;
  x: number;
  y: number;
  width: number;
  height: number;
  valueMusd: number;
  /** Surpluses (1995–1997) are told apart by position, fill and label, not fill alone. */
  kind: 'deficit' | 'surplus';
}

export interface SeriesLabel {
  series: Series;
  text: string;
  x: number;
  y: number;
}

export interface LegendItem {
  series: Series;
  text: string;
  x: number;
  y: number;
}

export interface GoodsBalanceModel extends TimeChartModel {
  exportsPath: string;
  importsPath: string;
  exports: Point[];
  imports: Point[];
  bars: Bar[];
  /** Direct labels at the line ends (wide) or a legend above the plot (narrow). */
  seriesLabels: SeriesLabel[];
  legend: LegendItem[];
}

export const FONT_PX = { tick: 12, label: 13, milestone: 12 } as const;
const NARROW_PX = 520;
const LINE_GAP_PX = 16;

/** Pure layout: numbers in, numbers and strings out. No DOM, no Lit. */
export function layoutGoodsBalance(input: GoodsBalanceInput): GoodsBalanceModel {
  const measure = input.measure ?? estimateTextWidth;
  const width = Math.max(0, input.widthPx);
  const height = Math.max(0, input.heightPx);
  const narrow = width < NARROW_PX;
  const years = input.years.filter((d) => d.year >= input.from && d.year <= input.to);
  const seriesOrder: Series[] = ['exports', 'imports', 'balance'];

  // Legend rows (narrow only): items flow left to right and wrap.
  const legend: LegendItem[] = [];
  let legendBottom = 0;
  if (narrow) {
    let x = 0;
    let row = 0;
    for (const series of seriesOrder) {
      const w = 22 + measure(input.names[series], FONT_PX.label) + 14;
      if (x > 0 && x + w > width) {
        x = 0;
        row += 1;
      }
      legend.push({ series, text: input.names[series], x, y: 12 + row * LINE_GAP_PX });
      x += w;
    }
    legendBottom = 12 + row * LINE_GAP_PX + 10;
  }

  // Y domain always holds zero: bars start at zero, and deficits sit below it.
  const values = years.flatMap((d) => [d.exportsMusd, d.importsMusd, d.balanceMusd]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);

  // Milestone labels sit above the plot, staggered onto a second row when they would touch.
  const milestoneRows = input.milestones.length > 0 ? 2 : 0;
  const top = legendBottom + milestoneRows * LINE_GAP_PX + 8;
  const bottom = height - 24;
  const yCount = Math.max(2, Math.floor(Math.max(0, bottom - top) / 56));
  const y = linear([lo, hi === lo ? lo + 1 : hi], [bottom, top], yCount);
  const yTickList = valueTicks(y, Math.max(0, bottom - top), input.axisTick);
  const left = Math.ceil(Math.max(0, ...yTickList.map((t) => measure(t.label, FONT_PX.tick)))) + 8;

  const lastOf = (pick: (d: TradeYear) => number) => (years.length ? pick(years[years.length - 1]) : 0);
  // Narrow: leave room for half of the last year's label, centred on its band.
  const right = narrow
    ? width - Math.max(8, Math.ceil(measure('2000', FONT_PX.tick) / 2) + 2)
    : width - 10 - Math.ceil(Math.max(...seriesOrder.map((s) => measure(input.names[s], FONT_PX.label, true))));
  const x = linear([input.from, input.to + 1], [left, Math.max(left, right)]);
  const pxPerYear = x(input.from + 1) - x(input.from);
  const centre = (yr: number) => x(yr + 0.5);

  const ticks = yearTicks(
    input.from,
    input.to,
    pxPerYear,
    measure('2000', FONT_PX.tick),
    measure(input.yearLabel(2000, true), FONT_PX.tick),
  );
  const xTicks: Tick[] = ticks.years.map((yr) => ({
    value: yr,
    pos: centre(yr),
    label: input.yearLabel(yr, ticks.short),
  }));

  const point =
    (pick: (d: TradeYear) => number) =>
    (d: TradeYear): Point => ({
      year: d.year,
      x: centre(d.year),
      y: y(pick(d)),
      valueMusd: pick(d),
    });
  const exportsPts = years.map(point((d) => d.exportsMusd));
  const importsPts = years.map(point((d) => d.importsMusd));

  const barWidth = Math.max(1, pxPerYear * 0.62);
  const zero = y(0);
  const bars: Bar[] = years.map((d) => {
    const v = y(d.balanceMusd);
    return {
      year: d.year,
      x: centre(d.year) - barWidth / 2,
      y: Math.min(v, zero),
      width: barWidth,
      height: Math.abs(v - zero),
      valueMusd: d.balanceMusd,
      kind: d.balanceMusd >= 0 ? 'surplus' : 'deficit',
    };
  });

  const milestones = placeMilestones(input.milestones, x, input.from, input.to + 1, legendBottom, measure);

  const seriesLabels: SeriesLabel[] = [];
  if (!narrow && years.length > 0) {
    const wanted = [
      { series: 'exports' as const, y: y(lastOf((d) => d.exportsMusd)) },
      { series: 'imports' as const, y: y(lastOf((d) => d.importsMusd)) },
      { series: 'balance' as const, y: (y(lastOf((d) => d.balanceMusd)) + zero) / 2 },
    ];
    const lastX = x(years[years.length - 1].year + 1);
    for (const { series, y: ly } of spreadApart(wanted, LINE_GAP_PX)) {
      seriesLabels.push({ series, text: input.names[series], x: lastX + 6, y: ly });
    }
  }

  return {
    width,
    height,
    plot: { left, right: Math.max(left, right), top, bottom },
    yTicks: yTickList.map((t) => ({ ...t, zero: t.value === 0 })),
    xTicks,
    exportsPath: yearPath(exportsPts),
    importsPath: yearPath(importsPts),
    exports: exportsPts,
    imports: importsPts,
    bars,
    columns: years.map((d) => ({ year: d.year, x0: x(d.year), x1: x(d.year + 1), cx: centre(d.year) })),
    milestones,
    seriesLabels,
    legend,
  };
}
