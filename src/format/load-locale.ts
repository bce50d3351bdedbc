import type { Locale } from './locale.js';
import { hasLocale, installKorean } from './localized.js';

let loading: Promise<boolean> | undefined;

/**
 * Brings a locale's strings (one request per page, for Korean: ko.ts, dist/ko.js in the
 * script-tag bundles); resolves false when they could not be loaded, and the next call tries again.
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
