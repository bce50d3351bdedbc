import { loadMonthly, type MonthlyModule } from '../../data/load-monthly.js';

/**
 * dist/monthly.js once asked for: the module, null when it could not be loaded, undefined before.
 * The chart's glue for its latest 12 months; what runs on the months is in latest-months.ts.
 */
export let monthly: MonthlyModule | null | undefined;

export const loadLatest = (): Promise<void> =>
  loadMonthly().then((m) => {
    monthly = m ?? null;
  });
