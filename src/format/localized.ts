import type { Locale } from './locale.js';

/** Korean strings by table name, as ko.ts exports them (`frame`, `trade`, `goodsBalance`…). */
export type KoreanStrings = Readonly<Record<string, unknown>>;

let korean: KoreanStrings | undefined;
const installers: ((k: KoreanStrings) => void)[] = [];

/**
 * Strings by locale: English at once, Korean once the `name` table of ko.ts is installed
 * (load-locale.ts). Each module's table fills itself in, so a one-chart bundle's tables need
 * nothing from the others; this module never imports ko.ts, so the tables ko.ts gathers do not
 * import it back.
 */
export function localized<T>(en: T, name: string): Record<Locale, T> {
  const byLocale = { en } as Record<Locale, T>;
  const install = (k: KoreanStrings) => {
    byLocale.ko = k[name] as T;
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
