import type { DataError } from '../data/errors.js';
import type { FrameMessages } from './message-types.js';
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
  if (e.code === 'reader-unavailable') return unavailable;
  return (words ? words[locale](e) : `${unavailable} (${e.message})`) ?? e.message;
}
