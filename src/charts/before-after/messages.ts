import { shownChange, type Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { localized } from '../../format/localized.js';
import { change, unsigned } from './change.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
import type { Comparison, Expected } from './derive.js';
import type { Metric } from './layout.js';

type Row = Comparison['rows'][number];

/** A row heading: the bold name, then the change ("Exports" + "fell $1.2B (−2.8%)"). */
export interface RowWords {
  name: string;
  change: string;
}

/** A figure published earlier for a row's year: its words, preformatted. */
export interface EarlierFigure {
  year: number;
  /** "exports", or for the balance "deficit"/"surplus". */
  name: string;
  by: string;
  then: string;
  now: string;
  /** The row's percent change on the earlier figure, where it shows differently. */
  pct?: string;
}

export interface BeforeAfterMessages {
  title: (a: string, b: string) => string;
  hint: string;
  year: (year: number) => string;
  table: [first: string, change: string, pct: string];
  expected: Expected;
  row: (metric: Metric, a: number, b: number, f: Formatter, money?: (musd: number) => string) => RowWords;
  /**
   * One sentence over every row; the two periods' labels ("2011", "2011년", "January–August 2025")
   * go with the first clause; `periods` when they are not both plain years.
   */
  summary: (rows: readonly Row[], a: string, b: string, f: Formatter, periods?: boolean) => string;
  announce: (w: RowWords, ya: string, va: string, yb: string, vb: string) => string;
  /** Figures USTR or the USITC published before the Census Bureau revised them. */
  earlierNote: (items: readonly EarlierFigure[]) => string;
  /** An amount to the million: "$42,309 million". */
  millions: (musd: number) => string;
}

const trade = TRADE_MESSAGES;
const enWord = (v: number) => (v < 0 ? 'deficit' : 'surplus');
const enVerb = (balance: boolean, up: number) => (balance ? (up > 0 ? 'grew' : 'narrowed') : up > 0 ? 'rose' : 'fell');

/** "in 2011", "in January–August 2025", "(2009–2011 average)". */
const at = (label: string) => (label.endsWith('average') ? `(${label})` : `in ${label}`);

const en: BeforeAfterMessages = {
  title: (a, b) => `U.S. goods trade with South Korea, ${a} and ${b}`,
  hint: 'Use the arrow keys to move between rows.',
  year: String,
  table: ['Trade', 'Change', 'Change %'],
  expected: {
    metrics: 'one or more of exports, imports, balance',
    dollars: 'nominal or real',
    realPeriods: 'nominal when a period is not one full year (real dollars need each year’s CPI-U)',
  },
  row(metric, a, b, f, money) {
    const c = change(a, b, f, money);
    const bal = metric === 'balance';
    if (bal && c.flip)
      return {
        name: trade.en.names.balance,
        change: `went from ${enWord(a)} to ${enWord(b)} (${f.moneyChange(shownChange(a, b))})`,
      };
    return {
      name: bal ? (b < 0 ? trade.en.deficit : trade.en.surplus) : trade.en.names[metric],
      change: c.up ? `${enVerb(bal, c.up)} ${c.amt}${c.pct && ` (${c.pct})`}` : 'unchanged',
    };
  },
  summary(rows, ya, yb, f, periods) {
    const clauses = rows.map(({ metric, beforeMusd: a, afterMusd: b }, i) => {
      const A = `${f.money(Math.abs(a))}${i ? '' : ` (${ya})`}`;
      const B = `${f.money(Math.abs(b))}${i ? '' : ` (${yb})`}`;
      const c = change(a, b, f);
      const bal = metric === 'balance';
      const same = `${f.money(Math.abs(a))} in ${i ? `both ${periods ? 'periods' : 'years'}` : `both ${ya} and ${yb}`}`;
      if (!c.up) return bal ? `the goods ${enWord(b)} was ${same}` : `${metric} were ${same}`;
      const phrase = c.times
        ? `more than ${c.times > 2 ? 'tripled' : 'doubled'}`
        : `${enVerb(bal, c.up)} ${unsigned(c.pct)}`;
      if (!bal) return `${metric} ${phrase} from ${A} to ${B}`;
      return c.flip
        ? `the goods balance went from a ${enWord(a)} of ${A} to a ${enWord(b)} of ${B}`
        : `the goods ${enWord(b)} ${phrase}, from ${A} to ${B}`;
    });
    const bal = rows.at(-1)?.metric === 'balance' ? clauses.pop() : '';
    const s = [clauses.join(' and '), bal].filter(Boolean).join(', while ');
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  },
  announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}, from ${va} ${at(ya)} to ${vb} ${at(yb)}`,
  earlierNote: (items) =>
    `Figures published before the Census Bureau revised its data: ${items
      .map(
        (e) =>
          `${e.year} ${e.name}, ${e.then} (${e.by}; now ${e.now})${e.pct ? `, on which the change is ${e.pct}` : ''}`,
      )
      .join('; ')}.`,
  millions: (musd) => `$${Math.round(Math.abs(musd)).toLocaleString('en-US')} million`,
};

/** English here; Korean from messages.ko.ts, loaded on first use (src/format/localized.ts). */
export const BEFORE_AFTER_MESSAGES: Record<Locale, BeforeAfterMessages> = localized(en, 'beforeAfter');
