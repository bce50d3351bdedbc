/** What dist/monthly.js (src/data/monthly.ts) gives: the monthly series and the code that works on months. */
export type MonthlyModule = typeof import('./monthly.js');

declare module '../frame/view-model.js' {
  interface ChartContext {
    /** dist/monthly.js once loaded (a chart's `needsMonthly`, or a page's monthly table, makes the host load it first). */
    monthly?: MonthlyModule;
  }
}

let loading: Promise<MonthlyModule | undefined> | undefined;
let loaded: MonthlyModule | undefined;

/** The module, once loadMonthly() brought it (or a host installed it: the Node renderer). */
export const loadedMonthly = (): MonthlyModule | undefined => loaded;
export const installMonthly = (m: MonthlyModule): void => {
  loaded = m;
};

/**
 * Brings the monthly series and its code (one request per page: dist/monthly.js beside the
 * script-tag bundles); resolves undefined when it could not be loaded, and the next call tries again.
 */
export function loadMonthly(): Promise<MonthlyModule | undefined> {
  return (loading ??= import('./monthly.js').then(
    (m) => (loaded = m),
    () => {
      loading = undefined;
      return undefined;
    },
  ));
}
