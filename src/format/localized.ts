import type { Locale } from './locale.js';

/** The string tables ko.ts exports, one per module with words to show. */
export type TableName = 'frame' | 'trade' | 'real' | 'goodsBalance' | 'exportPromise' | 'beforeAfter';

/**
 * Korean strings by table name. Whoever installs them passes ko.ts itself, so the compiler checks
 * that it exports every table; this module never imports it (ko.ts's tables import this one).
 */
export type KoreanStrings = Readonly<Record<TableName, unknown>>;

let korean: KoreanStrings | undefined;
const installers: ((k: KoreanStrings) => void)[] = [];

/**
 * Strings by locale: English at once, Korean once ko.ts is installed (load-locale.ts) from its
 * `name` table. Each module's table fills itself in, so a one-chart bundle's tables need nothing
 * from the others.
 */
export function localized<T>(en: T, name: TableName): Record<Locale, T> {
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
