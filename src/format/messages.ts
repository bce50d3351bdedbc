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
 * A refusal in words. `data` is the data reader's messages (data-errors.ts) where loaded: they
 * know files and `data` arrays; the frame's messages know options.
 */
export function errorText(locale: Locale, e: DataError, data?: Record<Locale, ErrorMessages>): string {
  return data?.[locale](e) ?? FRAME_MESSAGES[locale].error(e) ?? e.message;
}
