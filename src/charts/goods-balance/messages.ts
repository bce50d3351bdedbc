import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { localized } from '../../format/localized.js';
import { TRADE_MESSAGES, type TradeMessages } from '../trade-messages.js';

/** The goods-balance chart's own strings, plus the trade vocabulary every chart shares. */
export interface GoodsBalanceMessages extends TradeMessages {
  title: (from: string, to: string) => string;
  /** The balance finding; amounts are positive magnitudes. */
  balanceChange: (c: BalanceChange, f: Formatter) => string;
  tradeChange: (
    c: { from: number; to: number; exportsFrom: number; exportsTo: number; importsFrom: number; importsTo: number },
    f: Formatter,
  ) => string;
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

const verbEn = (a: number, b: number) =>
  Math.abs(b) > Math.abs(a) ? 'grew' : Math.abs(b) < Math.abs(a) ? 'narrowed' : 'was unchanged';

const en: GoodsBalanceMessages = {
  ...TRADE_MESSAGES.en,
  title: (from, to) => `U.S. goods trade with South Korea, ${from}–${to}`,
  balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
    const a = f.money(Math.abs(fromMusd));
    const b = f.money(Math.abs(toMusd));
    if (fromMusd < 0 && toMusd < 0)
      return `The U.S. goods deficit with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
    if (fromMusd >= 0 && toMusd >= 0)
      return `The U.S. goods surplus with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
    return fromMusd >= 0
      ? `The U.S. goods balance with Korea went from a surplus of ${a} in ${fromYear} to a deficit of ${b} in ${toYear}.`
      : `The U.S. goods balance with Korea went from a deficit of ${a} in ${fromYear} to a surplus of ${b} in ${toYear}.`;
  },
  tradeChange: (c, f) =>
    `From ${c.from} to ${c.to}, U.S. exports to Korea went from ${f.money(c.exportsFrom)} to ${f.money(c.exportsTo)} and imports from Korea from ${f.money(c.importsFrom)} to ${f.money(c.importsTo)}.`,
  tableCaption: 'U.S. goods trade with South Korea (billions of U.S. dollars)',
  announce: (year, exports, imports, word, balance) =>
    `${year}: exports ${exports}, imports ${imports}, ${word.toLowerCase()} ${balance}`,
  announcePart: (year, name, value) => `${year}, ${name.toLowerCase()}: ${value}`,
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const GOODS_BALANCE_MESSAGES: Record<Locale, GoodsBalanceMessages> = localized(en, 'goodsBalance');
