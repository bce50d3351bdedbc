import type { TradeSeries } from '../data/types.js';
import type { Formatter } from '../format/format.js';
import type { Locale } from '../format/locale.js';
import type { FrameMessages } from '../format/message-types.js';
import type { MeasureText } from '../layout/text.js';

/** What a chart's compute step sees. */
export interface ChartContext {
  series: TradeSeries;
  locale: Locale;
  fmt: Formatter;
  frame: FrameMessages;
  /** Text width in the chart's real font (an estimate outside a browser). */
  measure: MeasureText;
  // `monthly`, dist/monthly.js once loaded, is declared in src/data/load-monthly.ts (a type import
  // from here would close a cycle through the monthly code, which uses these types).
}

/**
 * What a chart hands its frame. Everything here is plain data, computed by pure code, so the
 * frame (and a static renderer) can draw any chart the same way.
 */
export interface TableModel {
  caption: string;
  /** Header cells; the first is the row header column (Year). */
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/** A stop for the keyboard and the pointer: one per year (or per mark). */
export interface FocusStop {
  key: string;
  /** Anchor of the tooltip inside the plot, in px. */
  x: number;
  y: number;
  /** Horizontal band that selects this stop under the pointer. */
  x0: number;
  x1: number;
  /** Optional vertical band too, for charts whose stops are rows (unset: the full height). */
  y0?: number;
  y1?: number;
  heading: string;
  rows: { label: string; value: string; series?: string }[];
  /** One sentence for the live region. */
  announce: string;
  /**
   * The separate marks of this stop (e.g. exports, imports and balance of one year), which Up and
   * Down move between; `row` is the tooltip row that describes the mark.
   */
  parts?: { key: string; row: number; announce: string }[];
}

/** The words around a chart: they depend on data, options and language, not on size. */
export interface ChartText {
  title: string;
  subtitle: string;
  /** The data-derived summary: the chart's accessible description. */
  summary: string;
  notes: string[];
  table: TableModel;
  /** Keyboard hint for the plot, where "move between years" does not fit the chart. */
  hint?: string;
}
