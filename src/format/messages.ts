import type { DataError } from '../data/errors.js';
import type { ErrorMessages } from './data-errors.js';
import type { Locale } from './locale.js';
import { en } from './messages.en.js';
import { localized } from './localized.js';

/** Strings every chart's frame shows. Chart-specific strings live beside each chart. */
export interface FrameMessages {
  showData: string;
  hideData: string;
  /** The download menu's button, and its items. */
  download: string;
  downloads: { csv: string; svg: string; png: string };
  /** Unit of the table's numbers, for CSV headers: "US$ billions", "억 달러". */
  tableUnit: string;
  year: string;
  loading: string;
  /** Source line for the official series: text before the link, the link, text after it. */
  censusSource: { before: string; link: string; after: (asOf: string) => string };
  urlSource: string;
  propertySource: string;
  /**
   * Message for a refused option. Undefined for a refused data file: those messages load with
   * the data reader (data-errors.ts).
   */
  error: (e: DataError) => string | undefined;
  /** Prefix for an error that keeps the last good chart on screen. */
  keptPrevious: string;
  /** Name for the keyboard-focusable plot. */
  plotHint: string;
}

/** English here; Korean from messages.ko.ts, loaded on first use (localized.ts). */
export const FRAME_MESSAGES: Record<Locale, FrameMessages> = localized(en, (ko) => ko.frame);

/**
 * A refusal in words. `data` is the data reader's messages (data-errors.ts) where loaded: they
 * know files and `data` arrays; the frame's messages know options.
 */
export function errorText(locale: Locale, e: DataError, data?: Record<Locale, ErrorMessages>): string {
  return data?.[locale](e) ?? FRAME_MESSAGES[locale].error(e) ?? e.message;
}
