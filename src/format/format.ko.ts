import type { Formatter, FormatterParts } from './format.js';

/**
 * Korean numbers and dates: loaded with the other Korean strings (ko.js), installed by
 * localized.ts. It is handed the parts both languages share, so ko.js carries no copy of them.
 */
export function ko({ shared, sign, tenths }: FormatterParts): Formatter {
  // 1억 달러 = 100 million USD, so one 억 is exactly the tenth of a billion shown in English.
  const eok = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 0 });
  const abs = (musd: number) => eok.format(Math.abs(tenths(musd)));
  const money = (musd: number) => `${sign(musd)}${abs(musd)}억 달러`;
  return {
    ...shared('ko', money, (musd) => sign(musd) + abs(musd)),
    years: (a, b) => (a === b ? `${a}년` : `${a}~${b}년`),
    moneyLong: money,
    axisTick: (musd) => (musd === 0 ? '0' : `${sign(musd)}${eok.format(Math.abs(musd) / 100)}억`),
  };
}
