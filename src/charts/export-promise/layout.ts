import { valueTicks, yearTicks } from '../../layout/axis.js';
import { placeMilestones, spreadApart, wrapText } from '../../layout/labels.js';
import { linear } from '../../layout/scale.js';
import { estimateTextWidth } from '../../layout/text.js';
import { yearPath, type Point, type TimeChartInput, type TimeChartModel } from '../../layout/time-chart.js';
import type { PromiseRow } from './derive.js';

export type Role = 'exports' | 'target' | 'band';

export interface ExportPromiseInput extends TimeChartInput {
  /** Years to draw, sorted; a missing year breaks the line. */
  rows: readonly PromiseRow[];
  targetMusd: number;
  bandMusd: readonly [number, number];
  /** Direct labels: "Exports", "Target $54.5B", "USITC est. $53.2B–$54.4B". */
  names: Readonly<Record<Role, string>>;
  /** A unit label for the value axis when set, e.g. "2011 dollars": top left, or in the legend. */
  axisNote?: string;
}

export type { Point };

/** A year's distance to the target, drawn from the exports point to the target line. */
export interface Gap {
  year: number;
  x: number;
  y1: number;
  y2: number;
  gapMusd: number;
  kind: 'shortfall' | 'excess';
}

export interface Label {
  role: Role;
  text: string;
  /** The text broken into lines (legend items wider than the chart), `LEGEND_ROW_PX` apart. */
  lines: string[];
  x: number;
  y: number;
}

export interface ExportPromiseModel extends TimeChartModel {
  exportsPath: string;
  exports: Point[];
  gaps: Gap[];
  target: { y: number; valueMusd: number };
  /** y0 is the band's top edge (the high estimate). */
  band: { y0: number; y1: number; loMusd: number; hiMusd: number };
  /** Direct labels right of the plot (wide) or a legend above it (narrow). */
  labels: Label[];
  legend: Label[];
  axisNote?: { text: string; x: number; y: number };
}

export const FONT_PX = { tick: 12, label: 13 } as const;
// Legend rows at a 1.5 line height: Firefox's text boxes for 13 px are 19 px tall.
export const LEGEND_ROW_PX = 20;
const NARROW_PX = 520;
const ROW_PX = 18;
// Closer value ticks than goods-balance's 56 px: with a zero-based axis a short plot would
// otherwise get only 0, $50B and $100B.
const TICK_PX = 44;
const ROLES: Role[] = ['exports', 'target', 'band'];

/** Pure layout: numbers in, numbers and strings out. No DOM, no Lit. */
export function layoutExportPromise(input: ExportPromiseInput): ExportPromiseModel {
  const measure = input.measure ?? estimateTextWidth;
  const width = Math.max(0, input.widthPx);
  const height = Math.max(0, input.heightPx);
  const narrow = width < NARROW_PX;
  const rows = input.rows.filter((d) => d.year >= input.from && d.year <= input.to);
  const labelW = (r: Role) => measure(input.names[r], FONT_PX.label, true);

  // Narrow: a legend above the plot, items flowing left to right and wrapping; an item wider
  // than the chart (200% zoom on a phone) breaks into lines and ends its row. The unit label
  // ends the legend there; wide, it sits top left on the first milestone row, kept clear.
  const legend: Label[] = [];
  let legendBottom = 0;
  let axisNote: ExportPromiseModel['axisNote'];
  const noteW = input.axisNote ? measure(input.axisNote, FONT_PX.tick) : -Infinity;
  if (narrow) {
    let x = 0;
    let row = 0;
    for (const role of ROLES) {
      const text = input.names[role];
      const lines = wrapText(text, width - 22, (t) => measure(t, FONT_PX.label, true));
      const w = 22 + Math.max(...lines.map((t) => measure(t, FONT_PX.label, true))) + 14;
      if (x > 0 && x + w > width) [x, row] = [0, row + 1];
      legend.push({ role, text, lines, x, y: 12 + row * LEGEND_ROW_PX });
      x += w;
      if (lines.length > 1) [x, row] = [width, row + lines.length - 1];
    }
    if (input.axisNote) {
      if (x + noteW > width) [x, row] = [0, row + 1];
      axisNote = { text: input.axisNote, x, y: 12 + row * LEGEND_ROW_PX };
    }
    legendBottom = 12 + row * LEGEND_ROW_PX + 10;
  } else if (input.axisNote) {
    axisNote = { text: input.axisNote, x: 0, y: 12 };
  }

  // Exports are drawn from zero up: the gap reads against the whole level, not a zoomed slice.
  const [bandLo, bandHi] = input.bandMusd;
  const hi = Math.max(0, input.targetMusd, bandHi, ...rows.map((d) => d.exportsMusd));
  const top = legendBottom + (input.milestones.length ? 2 * ROW_PX : 0) + 8;
  const bottom = height - 24;
  const y = linear([0, hi || 1], [bottom, top], Math.max(2, Math.floor(Math.max(0, bottom - top) / TICK_PX)));
  const yTickList = valueTicks(y, Math.max(0, bottom - top), input.axisTick, TICK_PX);
  const left = Math.ceil(Math.max(0, ...yTickList.map((t) => measure(t.label, FONT_PX.tick)))) + 8;
  const right = narrow
    ? width - Math.max(8, Math.ceil(measure('2000', FONT_PX.tick) / 2) + 2)
    : width - 10 - Math.ceil(Math.max(...ROLES.map(labelW)));
  const x = linear([input.from, input.to + 1], [left, Math.max(left, right)]);
  const centre = (yr: number) => x(yr + 0.5);
  const ticks = yearTicks(
    input.from,
    input.to,
    x(input.from + 1) - x(input.from),
    measure('2000', FONT_PX.tick),
    measure(input.yearLabel(2000, true), FONT_PX.tick),
  );

  const targetY = y(input.targetMusd);
  const exports = rows.map((d): Point => ({
    year: d.year,
    x: centre(d.year),
    y: y(d.exportsMusd),
    valueMusd: d.exportsMusd,
  }));
  const gaps = rows.map((d, i): Gap => ({
    year: d.year,
    x: exports[i].x,
    y1: exports[i].y,
    y2: targetY,
    gapMusd: d.gapMusd,
    kind: d.gapMusd < 0 ? 'shortfall' : 'excess',
  }));

  const labels: Label[] = [];
  if (!narrow && rows.length) {
    const bandMid = (y(bandLo) + y(bandHi)) / 2;
    const wanted = [
      { role: 'exports' as const, y: exports[exports.length - 1].y },
      { role: 'target' as const, y: targetY },
      { role: 'band' as const, y: bandMid },
    ];
    const labelX = x(input.to + 1) + 6;
    for (const l of spreadApart(wanted, ROW_PX, bottom))
      labels.push({ ...l, text: input.names[l.role], lines: [input.names[l.role]], x: labelX });
  }

  return {
    width,
    height,
    plot: { left, right: Math.max(left, right), top, bottom },
    yTicks: yTickList.map((t) => ({ ...t, zero: t.value === 0 })),
    xTicks: ticks.years.map((yr) => ({ value: yr, pos: centre(yr), label: input.yearLabel(yr, ticks.short) })),
    exportsPath: yearPath(exports),
    exports,
    gaps,
    target: { y: targetY, valueMusd: input.targetMusd },
    band: { y0: y(bandHi), y1: y(bandLo), loMusd: bandLo, hiMusd: bandHi },
    columns: rows.map((d) => ({ year: d.year, x0: x(d.year), x1: x(d.year + 1), cx: centre(d.year) })),
    milestones: placeMilestones(
      input.milestones,
      x,
      input.from,
      input.to + 1,
      legendBottom,
      measure,
      12,
      ROW_PX,
      narrow ? -Infinity : noteW,
    ),
    labels,
    legend,
    axisNote,
  };
}
