import { relativeChange } from '../../data/derive.js';
import { shown, shownDirection, type Formatter } from '../../format/format.js';
import { MONTHS } from '../../format/messages.en.js';
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
  /**
   * The latest months against the same months a year before, for the yearly view's footer:
   * `month` is the last ("2026-08"), the amounts January to it in each year (millions).
   */
  toDate: (month: string, previousMusd: number, currentMusd: number, f: Formatter) => string;
}

/**
 * What a to-date line says, in either language: the direction and the percent of the figures as
 * shown (a reader dividing $55.0B by $45.3B finds +21.4%); '' for a percent when they show the same.
 */
export function toDateChange(previousMusd: number, currentMusd: number, f: Formatter) {
  const d = shownDirection(previousMusd, currentMusd);
  const r = d ? relativeChange(shown(previousMusd), shown(currentMusd)) : undefined;
  return { d, pct: r === undefined ? '' : f.percent(r) };
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
  toDate: (month, a, b, f) => {
    const [y, m] = [+month.slice(0, 4), +month.slice(5)];
    const { pct } = toDateChange(a, b, f);
    const months = m > 1 ? `${MONTHS[0]}–${MONTHS[m - 1]}` : MONTHS[0];
    const same = `the same month${m > 1 ? 's' : ''} of ${y - 1}`;
    return `${months} ${y}: exports ${f.money(b)}, ${pct ? `${pct} on` : 'as in'} ${same}.`;
  },
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const GOODS_BALANCE_MESSAGES: Record<Locale, GoodsBalanceMessages> = localized(en, 'goodsBalance');
