import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { TRADE_MESSAGES, type TradeMessages } from '../trade-messages.js';

/** The goods-balance chart's own strings, plus the trade vocabulary every chart shares. */
export interface GoodsBalanceMessages extends TradeMessages {
  title: (from: string, to: string) => string;
  /** The balance finding; amounts are positive magnitudes. */
  balanceChange: (c: BalanceChange, f: Formatter) => string;
  tradeChange: (c: { from: number; to: number; exportsFrom: number; exportsTo: number; importsFrom: number; importsTo: number }, f: Formatter) => string;
  tableCaption: string;
  announce: (year: string, exports: string, imports: string, balanceWord: string, balance: string) => string;
  /** One mark of a year: "2016, imports: $69.9 billion". */
  announcePart: (year: string, name: string, value: string) => string;
}

export interface BalanceChange {
  fromYear: number;
  toYear: number;
  fromMusd: number;
  toMusd: number;
}

const verbEn = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? 'grew' : Math.abs(b) < Math.abs(a) ? 'narrowed' : 'was unchanged');
const verbKo = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? '늘었습니다' : Math.abs(b) < Math.abs(a) ? '줄었습니다' : '같았습니다');

export const GOODS_BALANCE_MESSAGES: Record<Locale, GoodsBalanceMessages> = {
  en: {
    ...TRADE_MESSAGES.en,
    title: (from, to) => `U.S. goods trade with South Korea, ${from}–${to}`,
    balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
      const a = f.money(Math.abs(fromMusd));
      const b = f.money(Math.abs(toMusd));
      if (fromMusd < 0 && toMusd < 0) return `The U.S. goods deficit with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
      if (fromMusd >= 0 && toMusd >= 0) return `The U.S. goods surplus with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
      return fromMusd >= 0
        ? `The U.S. goods balance with Korea went from a surplus of ${a} in ${fromYear} to a deficit of ${b} in ${toYear}.`
        : `The U.S. goods balance with Korea went from a deficit of ${a} in ${fromYear} to a surplus of ${b} in ${toYear}.`;
    },
    tradeChange: (c, f) =>
      `From ${c.from} to ${c.to}, U.S. exports to Korea went from ${f.money(c.exportsFrom)} to ${f.money(c.exportsTo)} and imports from Korea from ${f.money(c.importsFrom)} to ${f.money(c.importsTo)}.`,
    tableCaption: 'U.S. goods trade with South Korea (billions of U.S. dollars)',
    announce: (year, exports, imports, word, balance) => `${year}: exports ${exports}, imports ${imports}, ${word.toLowerCase()} ${balance}`,
    announcePart: (year, name, value) => `${year}, ${name.toLowerCase()}: ${value}`,
  },
  ko: {
    ...TRADE_MESSAGES.ko,
    title: (from, to) => `미국의 대한국 상품 교역, ${from}~${to}년`,
    balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
      const a = f.money(Math.abs(fromMusd));
      const b = f.money(Math.abs(toMusd));
      if (fromMusd < 0 && toMusd < 0) return `미국의 대한국 상품 무역적자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
      if (fromMusd >= 0 && toMusd >= 0) return `미국의 대한국 상품 무역흑자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
      return fromMusd >= 0
        ? `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 흑자에서 ${toYear}년 ${b} 적자로 돌아섰습니다.`
        : `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 적자에서 ${toYear}년 ${b} 흑자로 돌아섰습니다.`;
    },
    tradeChange: (c, f) =>
      `${c.from}년부터 ${c.to}년까지 미국의 대한국 수출은 ${f.money(c.exportsFrom)}에서 ${f.money(c.exportsTo)}, 한국으로부터의 수입은 ${f.money(c.importsFrom)}에서 ${f.money(c.importsTo)}로 바뀌었습니다.`,
    tableCaption: '미국의 대한국 상품 교역(단위: 억 달러)',
    announce: (year, exports, imports, word, balance) => `${year}년: 수출 ${exports}, 수입 ${imports}, ${word} ${balance}`,
    announcePart: (year, name, value) => `${year}년 ${name}: ${value}`,
  },
};
