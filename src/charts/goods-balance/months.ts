// <korus-goods-balance>'s month views (interval="month", "12-month") and what a page's monthly data
// needs in its yearly view. Only dist/monthly.js carries this (src/data/monthly.ts re-exports it):
// the bundles reach it through ctx.monthly, so a page that shows years never loads it.
import { DataError } from '../../data/errors.js';
import { completeYears, monthIndex, monthOfYear, monthString, trailing12, yearOf } from '../../data/months.js';
import type { resolveSpan, Span } from '../../data/span.js';
import type { TradeMonth, TradeSeries } from '../../data/types.js';
import type { Tick } from '../../layout/axis.js';
import type { Size } from '../../frame/resize-controller.js';
import type { ChartText, FocusStop } from '../../frame/view-model.js';
import { FONT_PX } from '../../layout/time-chart.js';
import type { ChartContext, Options } from '../../pipeline/definition.js';
import { PERIOD_MESSAGES } from '../../format/period-messages.js';
import type { Locale } from '../../format/locale.js';
import type { MILESTONE_DATES, milestonesFor } from '../timeline.js';
import type { layoutGoodsBalance, GoodsBalanceModel } from './layout.js';
import type { GOODS_BALANCE_MESSAGES } from './messages.js';
import type { balanceName, marksOf } from './marks.js';
import { validateMonthTable } from '../../data/validate-months.js';
import { MONTH_WORDS, type Interval } from './months-messages.js';

export type { Interval };

/**
 * What the month views take from the chart in the bundle (chart.ts hands it over), so this chunk
 * does not carry a second copy of the layout, the words or the milestones.
 */
export interface GoodsBalanceKit {
  layout: typeof layoutGoodsBalance;
  messages: typeof GOODS_BALANCE_MESSAGES;
  resolveSpan: typeof resolveSpan;
  milestones: typeof milestonesFor;
  dates: typeof MILESTONE_DATES;
  marks: typeof marksOf;
  balanceName: typeof balanceName;
}
let K: GoodsBalanceKit;
const INTERVALS: readonly string[] = ['year', 'month', '12-month'];

/** What a month view draws: one row per month (12-month: the sum of the 12 months to it). */
export interface MonthSpan {
  interval: Exclude<Interval, 'year'>;
  months: TradeMonth[];
  /** First and last month drawn, "YYYY-MM". */
  from: string;
  to: string;
}

/** Where a date falls on a month axis: 2012-03-15 -> March 2012's index + 14/31. */
export function monthAt(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return y * 12 + m - 1 + (d - 1) / days;
}

/**
 * The interval and span: a year in `from` means its January, in `to` its December, clipped to the
 * data. The yearly view of a page's monthly data is its complete years (a partial year is left out).
 */
export function deriveGoodsBalance(ctx: ChartContext, o: Options, defaultFrom: number): Span | MonthSpan {
  const interval = String(o.interval ?? 'year').trim();
  if (!INTERVALS.includes(interval)) throw new DataError('bad-interval', { value: interval });
  const { series } = ctx;
  // The embedded Census months come with this module (ctx.monthly is dist/monthly.js itself).
  const all = series.months ?? ctx.monthly!.censusMonths();
  const covers = { first: all[0].month, last: all[all.length - 1].month };
  if (interval === 'year') {
    for (const name of ['from', 'to'] as const)
      if (typeof o[name] == 'string') throw new DataError('month-needs-interval', { name, value: o[name]! });
    if (!series.years.length) throw new DataError('no-complete-year', { interval, ...covers });
    return K.resolveSpan(series.years, o.from as number, o.to as number, defaultFrom);
  }
  const rows = interval === 'month' ? [...all] : trailing12(all);
  if (!rows.length) throw new DataError('no-complete-year', { interval, ...covers });
  const index = (name: 'from' | 'to', fallback: number) => {
    const v = o[name];
    if (v === undefined) return fallback;
    if (typeof v == 'number') return v * 12 + (name === 'to' ? 11 : 0);
    const k = monthIndex(v);
    if (k === undefined) throw new DataError('bad-attribute', { name, value: v, expected: 'year' });
    return k;
  };
  const first = monthIndex(rows[0].month)!;
  const last = monthIndex(rows[rows.length - 1].month)!;
  const f = index('from', Math.max(first, defaultFrom * 12 <= last ? defaultFrom * 12 : first));
  const t = index('to', last);
  const written = (k: number, name: 'from' | 'to') => String(o[name] ?? monthString(k));
  if (f > t) throw new DataError('bad-range', { from: written(f, 'from'), to: written(t, 'to') });
  const months = rows.filter((d) => {
    const k = monthIndex(d.month)!;
    return k >= f && k <= t;
  });
  if (!months.length)
    throw new DataError('no-years-in-range', {
      from: written(f, 'from'),
      to: written(t, 'to'),
      first: rows[0].month,
      last: rows[rows.length - 1].month,
    });
  return {
    interval: interval as MonthSpan['interval'],
    months,
    from: months[0].month,
    to: months[months.length - 1].month,
  };
}

/** A month's label in a table, tooltip or sentence: "August 2026", or "12 months to Aug 2026". */
const rowLabel = (span: MonthSpan, month: string, locale: Locale) => {
  const p = PERIOD_MESSAGES[locale];
  return span.interval === 'month'
    ? p.month(yearOf(month), monthOfYear(month))
    : p.trailing12(yearOf(month), monthOfYear(month));
};

/** Title, subtitle, summary, notes and the table of months. */
export function describeGoodsBalanceMonths(span: MonthSpan, ctx: ChartContext): ChartText {
  const { locale, fmt: f } = ctx;
  const m = K.messages[locale];
  const w = MONTH_WORDS[locale];
  const p = PERIOD_MESSAGES[locale];
  const [a, b] = [span.from, span.to];
  const range =
    a === b ? p.month(yearOf(a), monthOfYear(a)) : p.monthSpan(yearOf(a), monthOfYear(a), yearOf(b), monthOfYear(b));
  const last = span.months[span.months.length - 1];
  const finding = w.latest(span.interval, rowLabel(span, last.month, locale), {
    exports: f.money(last.exportsMusd),
    imports: f.money(last.importsMusd),
    balance: f.money(Math.abs(last.balanceMusd)),
    deficit: last.balanceMusd < 0,
  });
  const notes = [m.balanceNote];
  if (ctx.series.source.kind === 'census') notes.unshift(m.censusNote);
  else notes.unshift(w.dataThrough(ctx.series.months![ctx.series.months!.length - 1].month));
  if (span.interval === '12-month') notes.push(w.trailingNote);
  const [entry, amended] = Object.values(K.dates).map((d) => f.date(d));
  notes.push(m.milestonesNote(entry, amended));
  return {
    title: w.title(span.interval, range),
    subtitle: `${finding} ${w.unit(span.interval)}`,
    summary: `${w.shown(span.interval, range)} ${finding}`,
    notes,
    table: {
      caption: w.caption(span.interval),
      columns: [w.column(span.interval), m.names.exports, m.names.imports, m.names.balance],
      rows: span.months.map((d) => ({
        key: d.month,
        cells: [
          rowLabel(span, d.month, locale),
          f.tableValue(d.exportsMusd),
          f.tableValue(d.importsMusd),
          f.tableValue(d.balanceMusd),
        ],
      })),
    },
    hint: w.hint,
  };
}

/**
 * Month labels that never touch: every 1, 2, 3 or 6 months where they fit (January named by its
 * year), else the years, every 1, 2, 5, 10 or 20, centred on the part of the year in view.
 */
export function monthTicks(
  from: number,
  to: number,
  x: (v: number) => number,
  measure: (s: string) => number,
  month: (m: number) => string,
  year: (y: number) => string,
): Tick[] {
  const perMonth = x(from + 1) - x(from);
  const widest = Math.max(measure(year(2000)), ...[1, 9, 12].map((m) => measure(month(m))));
  const step = [1, 2, 3, 6].find((s) => s * perMonth >= widest + 8);
  if (step) {
    const ticks: Tick[] = [];
    for (let k = from; k <= to; k++)
      if ((k % 12) % step === 0) {
        const label = k % 12 ? month((k % 12) + 1) : year(Math.floor(k / 12));
        ticks.push({ value: k, pos: x(k + 0.5), label });
      }
    return ticks;
  }
  const yw = measure(year(2000)) + 8;
  const every = [1, 2, 5, 10, 20, 50].find((s) => s * 12 * perMonth >= yw) ?? 100;
  const ticks: Tick[] = [];
  for (let y = Math.ceil(from / 12 / every) * every; y * 12 <= to; y += every) {
    const [a, b] = [Math.max(y * 12, from), Math.min(y * 12 + 12, to + 1)];
    // A year barely in view (its first months at the right edge) would crowd the edge: left unlabelled.
    if (b - a < 12 && x(b) - x(a) < yw / 2 && ticks.length) continue;
    ticks.push({ value: y * 12, pos: Math.max(x((a + b) / 2), x(from) + yw / 2 - 4), label: year(y) });
  }
  return ticks;
}

/** The month view's marks: goods-balance's own layout over month columns (a column per month index). */
export function layoutGoodsBalanceMonths(span: MonthSpan, ctx: ChartContext, size: Size): GoodsBalanceModel {
  const m = K.messages[ctx.locale];
  const w = MONTH_WORDS[ctx.locale];
  const rows = span.months.map((d) => ({ ...d, year: monthIndex(d.month)! }));
  const measure = (s: string) => (ctx.measure ?? ((t: string) => t.length * 7))(s, FONT_PX.tick);
  const [from, to] = [rows[0].year, rows[rows.length - 1].year];
  return K.layout({
    years: rows,
    from,
    to,
    ...size,
    milestones: K.milestones(m.milestones),
    names: {
      ...m.names,
      balance: K.balanceName(rows, m),
    },
    axisTick: ctx.fmt.axisTick,
    yearLabel: ctx.fmt.year,
    measure: ctx.measure,
    at: monthAt,
    ticks: (x) => monthTicks(from, to, x, measure, w.monthShort, (y) => ctx.fmt.year(y)),
  });
}

/** One stop per month: the tooltip and the live region name the month (or the 12 months to it). */
export function goodsBalanceMonthStops(span: MonthSpan, model: GoodsBalanceModel, ctx: ChartContext): FocusStop[] {
  const { locale, fmt: f } = ctx;
  const m = K.messages[locale];
  const w = MONTH_WORDS[locale];
  return model.columns.map((c, i) => {
    const d = span.months[i];
    const marks = K.marks(d, m);
    const label = rowLabel(span, d.month, locale);
    return {
      key: d.month,
      x: c.cx,
      y: Math.min(model.exports[i].y, model.imports[i].y),
      x0: c.x0,
      x1: c.x1,
      heading: label,
      rows: marks.map((k) => ({ label: k.label, value: f.money(k.musd), series: k.key })),
      announce: w.announce(
        label,
        marks.map((k) => [k.label, f.moneyLong(k.musd)]),
      ),
      parts: marks.map((k, row) => ({
        key: k.key,
        row,
        announce: w.announce(label, [[k.label, f.moneyLong(k.musd)]]),
      })),
    };
  });
}

/** The yearly view's notes for a page's monthly data: how far it runs, and the years left out as partial. */
export function yearNotes(series: TradeSeries, locale: Locale): string[] {
  const months = series.months!;
  const w = MONTH_WORDS[locale];
  const p = PERIOD_MESSAGES[locale];
  const complete = completeYears(months);
  const partial = new Map<number, [number, number]>();
  for (const d of months) {
    const y = yearOf(d.month);
    if (complete.has(y)) continue;
    const r = partial.get(y);
    partial.set(y, r ? [r[0], monthOfYear(d.month)] : [monthOfYear(d.month), monthOfYear(d.month)]);
  }
  return [
    w.dataThrough(months[months.length - 1].month),
    ...[...partial].map(([y, [m1, m2]]) => w.partialYear(y, p.monthsOfYear(y, m1, m2))),
  ];
}

/** A page's checked monthly data as the series the charts draw: complete years summed, the months kept. */
export function monthlySeries(months: readonly TradeMonth[], source: TradeSeries['source']): TradeSeries {
  const complete = completeYears(months);
  const sums = new Map<number, TradeMonth>();
  for (const d of months) {
    const y = yearOf(d.month);
    if (!complete.has(y)) continue;
    const s = sums.get(y);
    if (s) for (const k of ['exportsMusd', 'importsMusd', 'balanceMusd'] as const) s[k] += d[k];
    else sums.set(y, { ...d });
  }
  const tenth = (v: number) => Math.round(v * 10) / 10;
  const years = [...sums].map(([year, s]) => ({
    year,
    exportsMusd: tenth(s.exportsMusd),
    importsMusd: tenth(s.importsMusd),
    balanceMusd: tenth(s.balanceMusd),
  }));
  const last = months[months.length - 1].month;
  const ly = yearOf(last);
  const sumTo = (y: number) => {
    const picked = months.filter((d) => yearOf(d.month) === y && monthOfYear(d.month) <= monthOfYear(last));
    return picked.length === monthOfYear(last) ? tenth(picked.reduce((t, d) => t + d.exportsMusd, 0)) : undefined;
  };
  const [previous, current] = [sumTo(ly - 1), sumTo(ly)];
  const toDate =
    complete.has(ly) || previous === undefined || current === undefined
      ? undefined
      : ([previous, current] as [number, number]);
  // With a partial year, also the 12 months to its last month: export-promise's latest point.
  const last12 = months.length >= 12 ? tenth(months.slice(-12).reduce((t, d) => t + d.exportsMusd, 0)) : undefined;
  return {
    years,
    months,
    source,
    latest: { month: last, ...(toDate ? { toDate, ...(last12 === undefined ? {} : { last12 }) } : {}) },
  };
}

const checked = new WeakMap<TradeSeries, TradeSeries>();

/** A series holding a page's monthly table (data-controller.ts) as the charts draw it; DataError for bad months. */
export function seriesOfTable(series: TradeSeries): TradeSeries {
  let s = checked.get(series);
  if (!s) checked.set(series, (s = monthlySeries(validateMonthTable(series.monthlyTable!).months, series.source)));
  return s;
}

/** The words for a refusal about months, periods or intervals; undefined for other codes. */
export const monthErrorText = (e: DataError, locale: Locale): string | undefined =>
  PERIOD_MESSAGES[locale].error(e) ?? MONTH_WORDS[locale].error(e);

const views = {
  derive: deriveGoodsBalance,
  describe: describeGoodsBalanceMonths,
  layout: layoutGoodsBalanceMonths,
  stops: goodsBalanceMonthStops,
  yearNotes,
};

/** The month views, given the chart's own layout, words and milestones. */
export const goodsBalanceMonths = (kit: GoodsBalanceKit): typeof views => ((K = kit), views);
