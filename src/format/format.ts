import { INTL_TAG, type Locale } from './locale.js';

/**
 * Number and date formatting for one locale. Amounts come in millions of U.S. dollars (the unit
 * of data/) and are shown at the tenth of a billion, the precision USTR and the Census
 * Bureau's press material use. Korean shows the same precision as whole 억 (0.1 billion)
 * units, which is how Korean newsrooms write trade figures ("435억 달러").
 */
export interface Formatter {
  readonly locale: Locale;
  /** Compact amount for labels: "$43.5B", "435억 달러". Negative amounts carry a true minus. */
  money(musd: number): string;
  /** Spelled-out amount for sentences and announcements: "$43.5 billion", "435억 달러". */
  moneyLong(musd: number): string;
  /** Table cell in the table's unit ($ billions or 억 달러): "43.5", "−13.2" / "435", "−132". */
  tableValue(musd: number): string;
  /** Axis tick: "$50B", "0" / "500억". */
  axisTick(musd: number): string;
  /** Signed percent with one decimal: "+23.3%", "−2.8%". `ratio` 0.233 -> "+23.3%". */
  percent(ratio: number): string;
  /** Signed change in compact money: "+$12.2B", "−$1.2B". */
  moneyChange(musd: number): string;
  /** Signed table cell: "+1.9", "−12.2", and "0.0" (not "−0.0") for what rounds to zero. */
  tableChange(musd: number): string;
  /** A span of years: "2007–2011" / "2007~2011년"; one year alone: "2012" / "2012년". */
  years(from: number, to: number): string;
  /** "2012" or, short, "'12". */
  year(year: number, short?: boolean): string;
  /** ISO date "2012-03-15" -> "March 15, 2012" / "2012년 3월 15일". */
  date(iso: string): string;
  /** ISO date -> "March 2012" / "2012년 3월". */
  monthYear(iso: string): string;
}

/** Intl writes a hyphen-minus; typography wants U+2212. */
const trueMinus = (s: string): string => s.replace(/-/g, '\u2212');

/**
 * How many tenths of a billion (one 억 each) an amount shows as, halves away from zero: every
 * figure a chart writes is rounded here once, so words and tables agree with what they show.
 */
export const tenths = (musd: number): number => Math.sign(musd) * Math.round(Math.abs(musd) / 100) || 0;

/** An amount as shown, back in millions of USD: 13,199.7 shows as 13,200. */
export const shown = (musd: number): number => tenths(musd) * 100;

/** The direction of a change between two amounts as shown: 0 when both show the same figure. */
export const shownDirection = (a: number, b: number): -1 | 0 | 1 => Math.sign(tenths(b) - tenths(a)) as -1 | 0 | 1;

/** A change as a reader would subtract it from the two figures shown. */
export const shownChange = (a: number, b: number): number => shown(b) - shown(a);

/** A true minus for an amount that shows as negative at the tenth of a billion. */
const sign = (musd: number) => (tenths(musd) < 0 ? '\u2212' : '');

const cache = new Map<Locale, Formatter>();

export function formatterFor(locale: Locale): Formatter {
  let f = cache.get(locale);
  if (!f) cache.set(locale, (f = locale === 'ko' ? koFormatter() : enFormatter()));
  return f;
}

/** What both languages build the same way, from their own `money` and `tableValue`. */
function shared(locale: Locale, money: (musd: number) => string, tableValue: (musd: number) => string) {
  const tag = INTL_TAG[locale];
  const pct = new Intl.NumberFormat(tag, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const dateFmt = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
  const monthFmt = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const asDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  return {
    locale,
    money,
    tableValue,
    moneyChange: (musd: number) => (tenths(musd) === 0 ? money(0) : `${musd > 0 ? '+' : ''}${money(musd)}`),
    tableChange: (musd: number) => (tenths(musd) === 0 ? tableValue(0) : `${musd > 0 ? '+' : ''}${tableValue(musd)}`),
    percent: (ratio: number) => trueMinus(pct.format(ratio)),
    year: (year: number, short = false) => (short ? `\u2019${String(year).slice(-2)}` : String(year)),
    date: (iso: string) => dateFmt.format(asDate(iso)),
    monthYear: (iso: string) => monthFmt.format(asDate(iso)),
  };
}

function enFormatter(): Formatter {
  const billions = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const tick = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
  const abs = (musd: number) => billions.format(Math.abs(tenths(musd)) / 10);
  const money = (musd: number) => `${sign(musd)}$${abs(musd)}B`;
  return {
    ...shared('en', money, (musd) => sign(musd) + abs(musd)),
    years: (a, b) => (a === b ? String(a) : `${a}–${b}`),
    moneyLong: (musd) => `${sign(musd)}$${abs(musd)} billion`,
    axisTick: (musd) => (musd === 0 ? '0' : `${sign(musd)}$${tick.format(Math.abs(musd) / 1000)}B`),
  };
}

function koFormatter(): Formatter {
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
