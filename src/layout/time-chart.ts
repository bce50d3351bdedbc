import type { Tick } from './axis.js';
import type { Milestone, MilestoneMark } from './labels.js';
import { polyline } from './scale.js';
import type { MeasureText } from './text.js';

/** What every chart over years (one column per year, milestones at their dates) is given. */
export interface TimeChartInput {
  /** First and last year of the x axis. */
  from: number;
  to: number;
  widthPx: number;
  heightPx: number;
  milestones: readonly Milestone[];
  axisTick: (musd: number) => string;
  yearLabel: (year: number, short: boolean) => string;
  /** Text widths in the chart's font; an estimate when unset (Node). */
  measure?: MeasureText;
}

/** One year's value placed on the plot. */
export interface Point {
  year: number;
  x: number;
  y: number;
  valueMusd: number;
}

/** What every chart over years lays out besides its own marks: plot box, axes, year columns, milestones. */
export interface TimeChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: (Tick & { zero: boolean })[];
  xTicks: Tick[];
  /** One hit column per drawn year, for pointer and keyboard. */
  columns: { year: number; x0: number; x1: number; cx: number }[];
  milestones: MilestoneMark[];
}

/** An SVG path through one point per year; a missing year breaks the line (a gap, never interpolated). */
export function yearPath(points: readonly Point[]): string {
  return polyline(points.flatMap((p, i) => (i > 0 && p.year !== points[i - 1].year + 1 ? [null, p] : [p])));
}
