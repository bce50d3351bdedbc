import { valueTicks, yearTicks, type Tick } from './axis.js';
import { placeMilestones, type Milestone, type MilestoneMark } from './labels.js';
import { linear, polyline } from './scale.js';
import { estimateTextWidth, type MeasureText } from './text.js';

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
  /** Where a date falls on the x axis (default: its fractional year); months in a month view. */
  at?: (iso: string) => number;
  /** The x axis' labels, for an axis of other units than years (a month view's, dist/monthly.js). */
  ticks?: (x: (v: number) => number, left: number, right: number) => Tick[];
  /** Columns after `to` with no year tick (export-promise's latest 12 months). */
  extra?: number;
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

/** Font sizes of the charts over years: tick labels, direct labels and legend items. */
export const FONT_PX = { tick: 12, label: 13, milestone: 12 } as const;
/** Narrower than this, a chart over years trades its direct labels for a legend above the plot. */
export const NARROW_PX = 520;

/** A legend item above a narrow plot; `lines` is its text broken to fit (one line without `wrap`). */
export interface LegendEntry<K extends string> {
  /** Which series (goods-balance) or role (export-promise) the item names. */
  role: K;
  text: string;
  lines: string[];
  x: number;
  y: number;
}

/** What a chart over years tells the shared frame about its own marks. */
export interface TimeFrameSpec<K extends string> {
  /** Each series' name, in legend order: the legend (narrow) or the room for direct labels (wide). */
  names: Readonly<Record<K, string>>;
  order: readonly K[];
  /** The value axis' domain. */
  domain: [number, number];
  legendRow: number;
  /** Legend items measured bold. */
  bold?: boolean;
  /** Breaks a legend item wider than the chart into lines (labels.ts wrapText); unset: one line. */
  wrap?: (text: string, maxPx: number, width: (s: string) => number) => string[];
  milestoneRow: number;
  /** Least space between value ticks. */
  tickGap: number;
  /** A unit label for the value axis: top left (wide), or ending the legend (narrow). */
  axisNote?: string;
}

/**
 * The frame every chart over years shares: legend (narrow), plot box, value and year scales and
 * ticks, milestone labels, and one column per year. Each chart adds only its own marks.
 */
export function timeFrame<K extends string>(input: TimeChartInput, spec: TimeFrameSpec<K>) {
  const measure = input.measure ?? estimateTextWidth;
  const width = Math.max(0, input.widthPx);
  const height = Math.max(0, input.heightPx);
  const narrow = width < NARROW_PX;
  const rowY = (row: number) => 12 + row * spec.legendRow;

  // Narrow: items flow left to right and wrap; an item wider than the chart (200% zoom on a
  // phone) breaks into lines and ends its row. The unit label ends the legend.
  const legend: LegendEntry<K>[] = [];
  let legendBottom = 0;
  let axisNote: { text: string; x: number; y: number } | undefined;
  const noteW = spec.axisNote ? measure(spec.axisNote, FONT_PX.tick) : -Infinity;
  if (narrow) {
    let x = 0;
    let row = 0;
    for (const key of spec.order) {
      const text = spec.names[key];
      const textW = (t: string) => measure(t, FONT_PX.label, spec.bold);
      const lines = spec.wrap ? spec.wrap(text, width - 22, textW) : [text];
      const w = 22 + Math.max(...lines.map(textW)) + 14;
      if (x > 0 && x + w > width) [x, row] = [0, row + 1];
      legend.push({ role: key, text, lines, x, y: rowY(row) });
      x += w;
      if (lines.length > 1) [x, row] = [width, row + lines.length - 1];
    }
    if (spec.axisNote) {
      if (x + noteW > width) [x, row] = [0, row + 1];
      axisNote = { text: spec.axisNote, x, y: rowY(row) };
    }
    legendBottom = rowY(row) + 10;
  } else if (spec.axisNote) {
    axisNote = { text: spec.axisNote, x: 0, y: 12 };
  }

  // Milestone labels sit above the plot, staggered onto a second row when they would touch.
  const top = legendBottom + (input.milestones.length ? 2 * spec.milestoneRow : 0) + 8;
  const bottom = height - 24;
  const span = Math.max(0, bottom - top);
  const y = linear(spec.domain, [bottom, top], Math.max(2, Math.floor(span / spec.tickGap)));
  const yTicks = valueTicks(y, span, input.axisTick, spec.tickGap);
  const left = Math.ceil(Math.max(0, ...yTicks.map((t) => measure(t.label, FONT_PX.tick)))) + 8;
  // Narrow: room for half of the last year's label, centred on its band; wide: for the labels.
  const right = narrow
    ? width - Math.max(8, Math.ceil(measure('2000', FONT_PX.tick) / 2) + 2)
    : width - 10 - Math.ceil(Math.max(...spec.order.map((k) => measure(spec.names[k], FONT_PX.label, true))));
  const x = linear([input.from, input.to + 1 + (input.extra ?? 0)], [left, Math.max(left, right)]);
  const centre = (yr: number) => x(yr + 0.5);
  const ticks = yearTicks(
    input.from,
    input.to,
    x(input.from + 1) - x(input.from),
    measure('2000', FONT_PX.tick),
    measure(input.yearLabel(2000, true), FONT_PX.tick),
  );
  return {
    /** The model's shared part: plot box, ticks and milestones. */
    base: {
      width,
      height,
      plot: { left, right: Math.max(left, right), top, bottom },
      yTicks: yTicks.map((t) => ({ ...t, zero: t.value === 0 })),
      // Centred on its year's band; the first year's label kept clear of the value labels' column.
      xTicks:
        input.ticks?.(x, left, right) ??
        ticks.years.map((yr): Tick => {
          const label = input.yearLabel(yr, ticks.short);
          return { value: yr, pos: Math.max(centre(yr), left + measure(label, FONT_PX.tick) / 2), label };
        }),
      milestones: placeMilestones(
        input.milestones,
        x,
        input.from,
        input.to + 1,
        legendBottom,
        measure,
        FONT_PX.milestone,
        spec.milestoneRow,
        narrow ? -Infinity : noteW,
        input.at,
      ),
    },
    narrow,
    legend,
    axisNote,
    x,
    y,
    centre,
    /** One hit column per drawn year. */
    columns: (years: readonly number[]) =>
      years.map((year) => ({ year, x0: x(year), x1: x(year + 1), cx: centre(year) })),
  };
}
