import { fact } from '../../data/embedded.js';
import type { SeriesSource } from '../../data/types.js';
import type { Formatter } from '../../format/format.js';
import type { FrameMessages } from '../../format/messages.js';
import type { ChartText } from '../../frame/view-model.js';
import type { GoodsBalanceMessages } from '../goods-balance/messages.js';
import { MILESTONE_IDS } from '../goods-balance/text.js';
import type { PromiseData } from './derive.js';
import type { ExportPromiseMessages } from './messages.js';

export const PROMISE_ID = 'obama2010_exports_promise';
export const BAND_IDS = ['usitc2007_us_exports_gain_low', 'usitc2007_us_exports_gain_high'] as const;

/** A table cell with an explicit sign: "+1.9", "−12.2", "0.0". */
const signed = (f: Formatter, musd: number) => {
  const s = f.tableValue(musd);
  return !/[1-9]/.test(s) ? f.tableValue(0) : musd > 0 ? `+${s}` : s;
};

/** Title, data-derived subtitle and summary, notes and table. Pure. */
export function describeExportPromise(
  d: PromiseData,
  priceYear: number | undefined,
  source: SeriesSource,
  m: ExportPromiseMessages,
  milestones: GoodsBalanceMessages,
  frame: FrameMessages,
  f: Formatter,
): ChartText {
  const base = d.baseline.year;
  const reached = d.after.find((r) => r.gapMusd >= 0);
  // Reached: the deepest shortfall after the baseline. Never reached: how close it came.
  const pick = reached
    ? d.after.reduce((a, r) => (r.gapMusd < a.gapMusd ? r : a))
    : d.after.reduce((a, r) => (r.gapMusd > a.gapMusd ? r : a));
  const finding = m.finding(
    {
      base,
      targetMusd: d.targetMusd,
      promiseMusd: d.targetMusd - d.baseline.exportsMusd,
      reached: reached?.year,
      short: pick.gapMusd < 0 ? { year: pick.year, musd: -pick.gapMusd } : undefined,
      from: d.after[0].year,
      to: d.after[d.after.length - 1].year,
    },
    f,
  );
  const last = d.rows[d.rows.length - 1];
  const [lo, hi] = BAND_IDS.map((id) => f.money(fact(id).value! * 1000));
  const notes = [
    m.targetNote(base, f.money(d.targetMusd - d.baseline.exportsMusd)),
    m.promiseNote(f.date(fact(PROMISE_ID).date), f.moneyLong(fact(PROMISE_ID).value! * 1000)),
    m.usitcNote(f.date(fact(BAND_IDS[0]).date), lo, hi, base),
    m.caveat(base),
  ];
  if (priceYear !== undefined) notes.push(m.realNote(priceYear, base));
  if (source.kind === 'census') notes.unshift(m.censusNote);
  notes.push(milestones.milestonesNote(...(MILESTONE_IDS.map((id) => f.date(fact(id).date)) as [string, string])));
  return {
    title: m.title(f.year(d.span.from), f.year(d.span.to)),
    subtitle: `${finding} ${m.unit(priceYear)}`,
    summary: `${finding} ${m.latest(last.year, last.exportsMusd, last.gapMusd, f)}`,
    notes,
    table: {
      caption: m.tableCaption(priceYear),
      columns: [frame.year, m.names.exports, m.names.target, m.names.gap],
      rows: d.rows.map((r) => ({
        key: String(r.year),
        cells: [f.year(r.year), f.tableValue(r.exportsMusd), f.tableValue(d.targetMusd), signed(f, r.gapMusd)],
      })),
    },
  };
}
