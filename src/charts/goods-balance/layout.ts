import type { TradeYear } from '../../data/types.js';
import { spreadApart, type Milestone, type MilestoneMark } from '../../layout/labels.js';
import {
  FONT_PX,
  timeFrame,
  yearPath,
  type Point,
  type TimeChartInput,
  type TimeChartModel,
} from '../../layout/time-chart.js';

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

export { FONT_PX };
const LINE_GAP_PX = 16;
const SERIES: Series[] = ['exports', 'imports', 'balance'];

/** Pure layout: numbers in, numbers and strings out. No DOM, no Lit. */
export function layoutGoodsBalance(input: GoodsBalanceInput): GoodsBalanceModel {
  const years = input.years.filter((d) => d.year >= input.from && d.year <= input.to);
  // Y domain always holds zero: bars start at zero, and deficits sit below it.
  const values = years.flatMap((d) => [d.exportsMusd, d.importsMusd, d.balanceMusd]);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const frame = timeFrame(input, {
    names: input.names,
    order: SERIES,
    domain: [lo, hi === lo ? lo + 1 : hi],
    legendRow: LINE_GAP_PX,
    milestoneRow: LINE_GAP_PX,
    tickGap: 56,
  });
  const { x, y, centre } = frame;

  const point =
    (pick: (d: TradeYear) => number) =>
    (d: TradeYear): Point => ({ year: d.year, x: centre(d.year), y: y(pick(d)), valueMusd: pick(d) });
  const exportsPts = years.map(point((d) => d.exportsMusd));
  const importsPts = years.map(point((d) => d.importsMusd));

  const barWidth = Math.max(1, (x(input.from + 1) - x(input.from)) * 0.62);
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

  const seriesLabels: SeriesLabel[] = [];
  const last = years[years.length - 1];
  if (!frame.narrow && last) {
    const wanted = [
      { series: 'exports' as const, y: y(last.exportsMusd) },
      { series: 'imports' as const, y: y(last.importsMusd) },
      { series: 'balance' as const, y: (y(last.balanceMusd) + zero) / 2 },
    ];
    for (const { series, y: ly } of spreadApart(wanted, LINE_GAP_PX))
      seriesLabels.push({ series, text: input.names[series], x: x(last.year + 1) + 6, y: ly });
  }

  return {
    ...frame.base,
    exportsPath: yearPath(exportsPts),
    importsPath: yearPath(importsPts),
    exports: exportsPts,
    imports: importsPts,
    bars,
    columns: frame.columns(years.map((d) => d.year)),
    seriesLabels,
    legend: frame.legend.map(({ role, text, x, y }) => ({ series: role, text, x, y })),
  };
}
