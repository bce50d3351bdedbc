import { shownDirection, type Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { localized } from '../../format/localized.js';
import { TRADE_MESSAGES, type TradeMessages } from '../trade-messages.js';

/** The goods-balance chart's own strings, plus the trade vocabulary every chart shares. */
export interface GoodsBalanceMessages extends TradeMessages {
  /** `years` as the formatter writes a span: "2007–2011". */
  title: (years: string) => string;
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

/** Verbs by the direction of the figures as shown (format.ts's shownDirection): −1, 0, 1. */
const balanceVerbEn = { '-1': 'narrowed', '0': 'was unchanged', '1': 'grew' } as const;
const tradeVerbEn = { '-1': 'fell', '1': 'rose' } as const;

const en: GoodsBalanceMessages = {
  ...TRADE_MESSAGES.en,
  title: (years) => `U.S. goods trade with South Korea, ${years}`,
  balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
    const a = f.money(Math.abs(fromMusd));
    const b = f.money(Math.abs(toMusd));
    const d = shownDirection(Math.abs(fromMusd), Math.abs(toMusd));
    const what = fromMusd < 0 ? 'deficit' : 'surplus';
    if (fromMusd < 0 === toMusd < 0)
      return d
        ? `The U.S. goods ${what} with Korea ${balanceVerbEn[d]} from ${a} in ${fromYear} to ${b} in ${toYear}.`
        : `The U.S. goods ${what} with Korea was ${a} in both ${fromYear} and ${toYear}.`;
    return fromMusd >= 0
      ? `The U.S. goods balance with Korea went from a surplus of ${a} in ${fromYear} to a deficit of ${b} in ${toYear}.`
      : `The U.S. goods balance with Korea went from a deficit of ${a} in ${fromYear} to a surplus of ${b} in ${toYear}.`;
  },
  tradeChange: (c, f) => {
    const part = (a: number, b: number) => {
      const d = shownDirection(a, b);
      return d ? `${tradeVerbEn[d]} from ${f.money(a)} to ${f.money(b)}` : `were unchanged at ${f.money(a)}`;
    };
    return `From ${c.from} to ${c.to}, U.S. exports to Korea ${part(c.exportsFrom, c.exportsTo)} and imports from Korea ${part(c.importsFrom, c.importsTo)}.`;
  },
  tableCaption: 'U.S. goods trade with South Korea (billions of U.S. dollars)',
  announce: (year, exports, imports, word, balance) =>
    `${year}: exports ${exports}, imports ${imports}, ${word.toLowerCase()} ${balance}`,
  announcePart: (year, name, value) => `${year}, ${name.toLowerCase()}: ${value}`,
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const GOODS_BALANCE_MESSAGES: Record<Locale, GoodsBalanceMessages> = localized(en, 'goodsBalance');
