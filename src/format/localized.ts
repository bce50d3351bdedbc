import type { Locale } from './locale.js';

/** The Korean strings of every module (ko.ts). */
export type KoreanStrings = typeof import('./ko.js');

let korean: KoreanStrings | undefined;
let loading: Promise<boolean> | undefined;
const installers: ((k: KoreanStrings) => void)[] = [];

/**
 * Strings by locale: English at once, Korean once `loadLocale('ko')` has brought ko.ts. Each
 * module's table fills itself in, so a one-chart bundle's tables need nothing from the others.
 */
export function localized<T>(en: T, pick: (k: KoreanStrings) => T): Record<Locale, T> {
  const byLocale = { en } as Record<Locale, T>;
  const install = (k: KoreanStrings) => {
    byLocale.ko = pick(k);
  };
  installers.push(install);
  if (korean) install(korean);
  return byLocale;
}

/** Fills in every table's Korean; for code that imports ko.ts itself (the Node renderer, tests). */
export function installKorean(k: KoreanStrings): void {
  korean = k;
  for (const install of installers) install(k);
}

/** Whether a locale's strings are here. */
export const hasLocale = (l: Locale): boolean => l === 'en' || korean !== undefined;

/**
 * Brings a locale's strings (one request per page, for Korean); resolves false when they could
 * not be loaded, and the next call tries again.
 */
export function loadLocale(l: Locale): Promise<boolean> {
  if (hasLocale(l)) return Promise.resolve(true);
  return (loading ??= import('./ko.js').then(
    (k) => {
      installKorean(k);
      return true;
    },
    () => {
      loading = undefined;
      return false;
    },
  ));
}
