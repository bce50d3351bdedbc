// What every peer draws: the same 15 years, words, colours and milestones as <korus-goods-balance>
// (exports and imports as lines with markers, the goods balance as bars, KORUS milestones as
// dashed rules). build.mjs writes build/data.js from data/korus-annual.csv before bundling.
import rows from '../build/data.js';

export const DATA = rows.map((d) => ({
  year: d.year,
  exports: d.exportsMusd / 1000,
  imports: d.importsMusd / 1000,
  balance: d.balanceMusd / 1000,
}));
export const FIRST = DATA[0].year;
export const LAST = DATA[DATA.length - 1].year;
export const TITLE = `U.S. goods trade with Korea, ${FIRST}–${LAST}`;
export const SUBTITLE = 'Exports, imports and the goods balance, billions of U.S. dollars';
export const NAMES = { exports: 'U.S. exports to Korea', imports: 'U.S. imports from Korea', balance: 'Deficit' };
export const COLORS = {
  exports: '#0072b2',
  imports: '#c15400',
  balance: '#8e4585',
  grid: '#e3e3e3',
  milestone: '#6b6b6b',
};
export const MILESTONES = [
  { label: 'KORUS in force', year: 2012, at: 2012 + 74 / 366 },
  { label: 'Amended', year: 2019, at: 2019 },
];
export const HEIGHT_PX = 480;
export const money = (b) => `$${Math.abs(b).toFixed(1)}B`;
export const axisMoney = (b) => (b < 0 ? `−$${-b}B` : `$${b}B`);
