import type { DataError } from '../data/errors.js';
import type { FrameMessages, PeriodMessages } from './message-types.js';
import type { ErrorMessages } from './data-errors.js';
import type { Locale } from './locale.js';
import { localized } from './localized.js';
import { en } from './messages.en.js';

export type { FrameMessages };

/** English here; Korean from messages.ko.ts, loaded on first use (localized.ts). */
export const FRAME_MESSAGES: Record<Locale, FrameMessages> = localized(en, 'frame');

/**
 * A refusal in words, from the data reader's messages (data-errors.ts). Without them (the reader
 * could not be loaded) the message says so, with the refusal's code and values.
 */
export function errorText(locale: Locale, e: DataError, words: Record<Locale, ErrorMessages> | undefined): string {
  const unavailable = FRAME_MESSAGES[locale].readerUnavailable;
  return (
    ownErrorText(locale, e) ?? (words ? words[locale](e) : `${unavailable} (${e.message})`) ?? e.message
  );
}

let periodWords: Record<Locale, PeriodMessages> | undefined;

/** Called with dist/monthly.js's period words once it has loaded: periods are refused only by its code. */
export const usePeriodWords = (words: Record<Locale, PeriodMessages>) => void (periodWords = words);

/**
 * The refusals worded without the data reader: that it, or dist/monthly.js, could not be loaded,
 * and a period's (its words came with the code that refused it). Undefined for any other.
 */
export function ownErrorText(locale: Locale, e: DataError): string | undefined {
  const frame = FRAME_MESSAGES[locale];
  if (e.code === 'reader-unavailable') return frame.readerUnavailable;
  if (e.code === 'monthly-unavailable') return frame.monthlyUnavailable;
  return periodWords?.[locale].error(e);
}
