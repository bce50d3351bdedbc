import { spreadApart, wrapText } from '../../layout/labels.js';
import {
  FONT_PX,
  timeFrame,
  yearPath,
  type Point,
  type TimeChartInput,
  type TimeChartModel,
} from '../../layout/time-chart.js';
import type { LatestRow, PromiseRow } from './derive.js';

export type Role = 'exports' | 'target' | 'band' | 'latest';

export interface ExportPromiseInput extends TimeChartInput {
  /** Years to draw, sorted; a missing year breaks the line. */
  rows: readonly PromiseRow[];
  targetMusd: number;
  bandMusd: readonly [number, number];
  /**
   * The 12 months to the data's latest month, after `to`: a hollow marker in a column of its own
   * (no year tick), named by its label ("12 months to Aug 2026") beside the others.
   */
  latest?: LatestRow;
  /** Direct labels: "Exports", "Up to $11.0B on 2011", "USITC estimate: +$9.7B to +$10.9B on 2011". */
  names: Readonly<Record<Exclude<Role, 'latest'>, string>>;
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
  /** The latest 12 months' marker (its gap is the last of `gaps`, its column the last). */
  latest?: Point;
}

export { FONT_PX };
// Legend rows at a 1.5 line height: Firefox's text boxes for 13 px are 19 px tall.
export const LEGEND_ROW_PX = 20;
const ROW_PX = 18;
// Closer value ticks than goods-balance's 56 px: with a zero-based axis a short plot would
// otherwise get only 0, $50B and $100B.
const TICK_PX = 44;
const ROLES: Role[] = ['exports', 'target', 'band'];

/** Pure layout: numbers in, numbers and strings out. No DOM, no Lit. */
export function layoutExportPromise(input: ExportPromiseInput): ExportPromiseModel {
  const rows = input.rows.filter((d) => d.year >= input.from && d.year <= input.to);
  const lt = input.latest;
  const all = lt ? [...rows, lt] : rows;
  const names = { ...input.names, latest: lt?.label ?? '' };
  // Exports are drawn from zero up: the gap reads against the whole level, not a zoomed slice.
  const [bandLo, bandHi] = input.bandMusd;
  const hi = Math.max(0, input.targetMusd, bandHi, ...all.map((d) => d.exportsMusd));
  const frame = timeFrame(lt ? { ...input, extra: 1 } : input, {
    names,
    order: lt ? [...ROLES, 'latest'] : ROLES,
    domain: [0, hi || 1],
    legendRow: LEGEND_ROW_PX,
    bold: true,
    wrap: wrapText,
    milestoneRow: ROW_PX,
    tickGap: TICK_PX,
    axisNote: input.axisNote,
  });
  const { x, y, centre } = frame;

  const targetY = y(input.targetMusd);
  const points = all.map((d): Point => ({
    year: d.year,
    x: centre(d.year),
    y: y(d.exportsMusd),
    valueMusd: d.exportsMusd,
  }));
  const exports = points.slice(0, rows.length);
  const gaps = all.map((d, i): Gap => ({
    year: d.year,
    x: points[i].x,
    y1: points[i].y,
    y2: targetY,
    gapMusd: d.gapMusd,
    kind: d.gapMusd < 0 ? 'shortfall' : 'excess',
  }));

  const labels: Label[] = [];
  if (!frame.narrow && rows.length) {
    const wanted = [
      { role: 'exports' as const, y: exports[exports.length - 1].y },
      { role: 'target' as const, y: targetY },
      { role: 'band' as const, y: (y(bandLo) + y(bandHi)) / 2 },
      ...(lt ? [{ role: 'latest' as const, y: points[rows.length].y }] : []),
    ];
    const labelX = x(input.to + 1 + (lt ? 1 : 0)) + 6;
    for (const l of spreadApart(wanted, ROW_PX, frame.base.plot.bottom)) {
      const text = names[l.role];
      labels.push({ ...l, text, lines: [text], x: labelX });
    }
  }

  return {
    ...frame.base,
    exportsPath: yearPath(exports),
    exports,
    gaps,
    target: { y: targetY, valueMusd: input.targetMusd },
    band: { y0: y(bandHi), y1: y(bandLo), loMusd: bandLo, hiMusd: bandHi },
    columns: frame.columns(all.map((d) => d.year)),
    labels,
    legend: frame.legend,
    axisNote: frame.axisNote,
    latest: lt && points[rows.length],
  };
}
