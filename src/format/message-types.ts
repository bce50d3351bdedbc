import type { CensusAsOf } from '../data/types.js';
// The shapes of the frame's string tables, apart from the tables: the English and the Korean
// modules both follow them, and neither imports the other's lookup.
import type { DataError } from '../data/errors.js';

/** Strings every chart's frame shows. Chart-specific strings live beside each chart. */
export interface FrameMessages {
  showData: string;
  hideData: string;
  /** The download menu's button, and its items. */
  download: string;
  downloads: { csv: string; svg: string; png: string };
  /** Shown beside the menu when download.js, which makes the files, could not be loaded. */
  downloadUnavailable: string;
  /** Unit of the table's numbers, for CSV headers: "US$ billions", "억 달러". */
  tableUnit: string;
  year: string;
  loading: string;
  /** Source line for the official series: text before the link, the link, text after it. */
  censusSource: { before: string; link: string; after: (asOf: CensusAsOf) => string };
  urlSource: string;
  propertySource: string;
  /**
   * The data reader could not be loaded. Every other refusal is worded by the data reader
   * (data-errors.ts), so only this message must be at hand without it.
   */
  readerUnavailable: string;
  /** Prefix for an error that keeps the last good chart on screen. */
  keptPrevious: string;
  /** Name for the keyboard-focusable plot. */
  plotHint: string;
}

/**
 * Words for periods and monthly data, in each language: period labels ("January–August 2026",
 * "2026년 1~8월"), the freshness line of a footer, and the messages for a refused period or
 * monthly file. Both languages come together (Korean in period-messages.ko.ts): only code that
 * reads months needs them, and that code loads on first use, so ko.js does not carry them.
 */
export interface PeriodMessages {
  /** One month: "August 2026" / "2026년 8월". `month` is 1–12. */
  month: (year: number, month: number) => string;
  /** Months m1–m2 of one year: "January–August 2026" / "2026년 1~8월". */
  monthsOfYear: (year: number, m1: number, m2: number) => string;
  /** Months across years: "September 2025–August 2026" / "2025년 9월~2026년 8월". */
  monthSpan: (y1: number, m1: number, y2: number, m2: number) => string;
  /** One year: "2016" / "2016년". */
  year: (year: number) => string;
  /** Average of years: "2009–2011 average" / "2009~2011년 평균". */
  yearsAverage: (from: number, to: number) => string;
  /** Average of the same months of several years: "January–August, 2009–2011 average" / "2009~2011년 1~8월 평균". */
  monthsAverage: (from: number, to: number, m1: number, m2: number) => string;
  /** Trailing 12 months: "12 months to Aug 2026" / "2026년 8월까지 12개월". */
  trailing12: (year: number, month: number) => string;
  /** Footer freshness: "Census data through August 2026." / "2026년 8월까지의 미국 인구조사국 자료입니다." */
  dataThrough: (year: number, month: number) => string;
  /** The same months of two years: "+21.4% on the same months of 2025" / "2025년 같은 기간보다 21.4% 늘었습니다". */
  toDate: (label: string, exports: string, change: string | undefined, previousYear: number, up: boolean) => string;
  /** A refused period or monthly file; undefined for other codes. */
  error: (e: DataError) => string | undefined;
}
