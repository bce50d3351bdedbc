import { MONTHLY } from './generated/monthly.js';
import { monthsFromColumns } from './months.js';
import type { TradeMonth } from './types.js';

// Part of dist/monthly.js (src/data/monthly.ts re-exports it): the bundles never import this.

let cached: readonly TradeMonth[] | undefined;

/** data/korus-monthly.csv as TradeMonth rows, 1985-01 to its latest month. */
export const censusMonths = (): readonly TradeMonth[] => (cached ??= monthsFromColumns(MONTHLY));
