import type { Milestone } from './labels.js';
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
