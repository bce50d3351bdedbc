export type Locale = 'en' | 'ko';

export const LOCALES: readonly Locale[] = ['en', 'ko'];

/** BCP 47 tag for Intl. */
export const INTL_TAG: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

/**
 * Maps a lang attribute ("ko", "ko-KR", "en-GB", "") to a supported locale; undefined when the
 * language is not supported, so the caller can warn once and fall back to English.
 */
export function matchLocale(lang: string | null | undefined): Locale | undefined {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : undefined;
}
