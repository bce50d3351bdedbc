import { FACT } from '../../data/embedded.js';
import type { Formatter } from '../../format/format.js';
import type { FrameMessages } from '../../format/messages.js';
import type { ChartText } from '../../frame/view-model.js';
import type { TradeMessages } from '../trade-messages.js';
import { MILESTONE_DATES, MILESTONE_IDS } from '../timeline.js';
import type { PromiseData } from './derive.js';
import type { ExportPromiseMessages } from './messages.js';

/** The President's "up to $11 billion" (2010) and the USITC's estimated range of the gain (2007). */
export const PROMISE = FACT.obama2010_exports_promise;
export const BAND = [FACT.usitc2007_us_exports_gain_low, FACT.usitc2007_us_exports_gain_high] as const;

/** Title, data-derived subtitle and summary, notes and table. Pure. */
export function describeExportPromise(
  d: PromiseData,
  priceYear: number | undefined,
  m: ExportPromiseMessages,
  milestones: TradeMessages,
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
  const [lo, hi] = BAND;
  const promise = PROMISE;
  const notes = [
    m.promiseNote(
      base,
      f.money(d.targetMusd - d.baseline.exportsMusd),
      f.date(promise.date),
      f.moneyLong(promise.value! * 1000),
    ),
    m.usitcNote(base, f.axisTick(lo.value! * 1000), f.money(hi.value! * 1000), f.date(lo.date)),
    m.caveat(base),
    milestones.milestonesNote(...(MILESTONE_IDS.map((id) => f.date(MILESTONE_DATES[id])) as [string, string])),
  ];
  const title = m.title(f.year(d.span.from), f.year(d.span.to));
  return {
    title,
    subtitle: `${finding} ${m.unit(priceYear)}`,
    summary: finding,
    notes,
    table: {
      caption: `${title}. ${m.unit(priceYear)}`,
      columns: [frame.year, m.names.exports, m.names.target, m.names.gap],
      rows: d.rows.map((r) => ({
        key: String(r.year),
        cells: [f.year(r.year), f.tableValue(r.exportsMusd), f.tableValue(d.targetMusd), f.tableChange(r.gapMusd)],
      })),
    },
  };
}
