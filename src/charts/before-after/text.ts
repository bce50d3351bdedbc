import { cpiPartial, EARLIER } from '../../data/embedded.js';
import type { SeriesSource } from '../../data/types.js';
import { shownChange, type Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import type { ChartText } from '../../frame/view-model.js';
import { REAL_MESSAGES } from '../real-messages.js';
import { TRADE_MESSAGES, type TradeMessages } from '../trade-messages.js';
import type { Comparison } from './derive.js';
import { change } from './change.js';
import { BEFORE_AFTER_MESSAGES, type BeforeAfterMessages, type EarlierFigure } from './messages.js';

/** Title, data-derived subtitle and summary, notes and table for a comparison. Pure. */
export function describeBeforeAfter(c: Comparison, source: SeriesSource, locale: Locale, f: Formatter): ChartText {
  const m = BEFORE_AFTER_MESSAGES[locale];
  const trade = TRADE_MESSAGES[locale];
  const real = REAL_MESSAGES[locale];
  const [la, lb] = labelsOf(c, m);
  const title = m.title(la, lb);
  const unit = c.priceYear === undefined ? trade.unit : real.realUnit(c.priceYear);
  const summary = m.summary(c.rows, la, lb, f, !!c.periods);
  const notes: string[] = [];
  if (source.kind === 'census') notes.push(trade.censusNote);
  if (c.rows.some((r) => r.metric === 'balance')) notes.push(trade.balanceNote);
  notes.push(real.percentNote);
  const earlier = source.kind === 'census' && c.priceYear === undefined ? earlierFigures(c, m, trade, f) : [];
  if (earlier.length) notes.push(m.earlierNote(earlier));
  if (c.priceYear !== undefined) notes.push(real.cpiNote(cpiPartial([c.before, c.after, c.priceYear])));
  return {
    title,
    subtitle: `${summary} ${unit}`,
    summary,
    hint: m.hint,
    notes,
    table: {
      caption: `${title}. ${unit}`,
      columns: [m.table[0], la, lb, m.table[1], m.table[2]],
      rows: c.rows.map(({ metric, beforeMusd: a, afterMusd: b }) => {
        // The balance's percent is the change of the deficit (or surplus) itself, named, so that
        // "deficit +109.3%" reads as growth; across zero a percent means nothing.
        const { pct, flip } = change(a, b, f);
        const word = metric === 'balance' ? `${balanceWord(b, trade)} ` : '';
        return {
          key: metric,
          cells: [
            trade.names[metric],
            f.tableValue(a),
            f.tableValue(b),
            f.tableChange(shownChange(a, b)),
            !pct || (word && flip) ? '—' : word + pct,
          ],
        };
      }),
    },
  };
}

/** The two periods' labels: "2011", "2011년"; "January–August 2025", "2009–2011 average". */
export const labelsOf = (c: Comparison, m: BeforeAfterMessages): [string, string] =>
  c.periods?.labels ?? [m.year(c.before), m.year(c.after)];

/** "deficit" or "surplus", lower case, for an amount of the balance. */
const balanceWord = (musd: number, trade: TradeMessages) => (musd < 0 ? trade.deficit : trade.surplus).toLowerCase();

/**
 * Figures USTR or the USITC published for a year shown that the Census Bureau has since revised,
 * with the row's change on them where it shows differently (across zero a percent means nothing).
 * Only for a period that is that whole calendar year: a year's figure says nothing of its months
 * or of an average.
 */
function earlierFigures(c: Comparison, m: BeforeAfterMessages, trade: TradeMessages, f: Formatter): EarlierFigure[] {
  const [wholeBefore, wholeAfter] = c.periods?.whole ?? [true, true];
  return c.rows.flatMap(({ metric, beforeMusd: a, afterMusd: b }) => {
    const today = change(a, b, f).pct;
    const shown = (y: number) => (wholeBefore && y === c.before) || (wholeAfter && y === c.after);
    return EARLIER.filter((e) => e.metric === metric && shown(e.year)).map((e) => {
      const first = e.year === c.before;
      const [x, y] = first ? [e.musd, b] : [a, e.musd];
      const then = change(x, y, f);
      // A figure published to the million is shown to the million; a rounded one as published.
      const amount = e.musd % 100 !== 0 ? m.millions : (v: number) => f.money(Math.abs(v));
      return {
        year: e.year,
        name: metric === 'balance' ? balanceWord(e.musd, trade) : trade.names[metric].toLowerCase(),
        by: e.by,
        then: amount(e.musd),
        now: amount(first ? a : b),
        pct: then.pct !== today && !(metric === 'balance' && then.flip) ? then.pct : undefined,
      };
    });
  });
}
