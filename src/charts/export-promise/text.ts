import { cpiPartial, FACT } from '../../data/embedded.js';
import type { Formatter } from '../../format/format.js';
import type { FrameMessages } from '../../format/messages.js';
import type { ChartText } from '../../frame/view-model.js';
import { REAL_MESSAGES } from '../real-messages.js';
import type { TradeMessages } from '../trade-messages.js';
import { MILESTONE_DATES, MILESTONE_IDS } from '../timeline.js';
import type { LatestRow, PromiseData } from './derive.js';
import type { ExportPromiseMessages, Finding } from './messages.js';

/** The President's "up to $11 billion" (2010) and the USITC's estimated range of the gain (2007). */
export const PROMISE = FACT.obama2010_exports_promise;
// Read field by field, so that the bundle keeps only the fields it uses.
export const BAND_MUSD = [
  FACT.usitc2007_us_exports_gain_low.value! * 1000,
  FACT.usitc2007_us_exports_gain_high.value! * 1000,
] as const;

/** Below the line as the table shows it (derive.ts gives each gap as the shown figures' difference). */
const below = (gapMusd: number) => gapMusd < 0;

/** What the finding, the labels and the notes say, from the figures as shown. Pure. */
export function findingOf(d: PromiseData): Finding {
  const reached = d.after.find((r) => !below(r.gapMusd));
  // Reached: the deepest shortfall after the baseline. Never reached: how close it came.
  const pick = reached
    ? d.after.reduce((a, r) => (r.gapMusd < a.gapMusd ? r : a))
    : d.after.reduce((a, r) => (r.gapMusd > a.gapMusd ? r : a));
  return {
    ...d,
    base: d.baseline.year,
    ceiling: d.givenMusd[0] === PROMISE.value! * 1000,
    reached: reached?.year,
    below: d.after.filter((r) => reached && r.year > reached.year && below(r.gapMusd)).map((r) => r.year),
    short: below(pick.gapMusd) && { year: pick.year, musd: -pick.gapMusd },
    price: d.priceYear !== d.baseline.year ? d.priceYear : undefined,
  };
}

/** The direct labels (or legend) of the lines and the band. Pure. */
export function seriesNames(d: PromiseData, m: ExportPromiseMessages, f: Formatter) {
  const c = findingOf(d);
  return { exports: m.names.exports, target: m.line(c, f), band: m.band(c, f) };
}

/** Title, data-derived subtitle and summary, notes and table. Pure. */
export function describeExportPromise(
  d: PromiseData,
  priceYear: number | undefined,
  m: ExportPromiseMessages,
  milestones: TradeMessages,
  frame: FrameMessages,
  f: Formatter,
  latest?: LatestRow,
): ChartText {
  const c = findingOf(d);
  const finding = m.finding(c, f);
  let summary = finding;
  const rows = d.rows.map((r) => ({
    key: String(r.year),
    cells: [f.year(r.year), f.tableValue(r.exportsMusd), f.tableValue(d.targetMusd), f.tableChange(r.gapMusd)],
  }));
  // The latest 12 months: in the summary and the table in nominal dollars; a note in constant ones.
  const latestText =
    latest && m.latestText(latest.label, latest.exportsMusd, latest.gapMusd, d.targetMusd, f, !!priceYear);
  const notes = [
    ...m.notes(c, f, [f.date(PROMISE.date), PROMISE.value!, f.date(FACT.usitc2007_us_exports_gain_low.date)]),
    milestones.milestonesNote(...(MILESTONE_IDS.map((id) => f.date(MILESTONE_DATES[id])) as [string, string])),
  ];
  const real = REAL_MESSAGES[f.locale];
  if (latest && priceYear === undefined) {
    summary += ` ${latestText}`;
    rows.push({
      key: 'latest',
      cells: [
        latest.label,
        f.tableValue(latest.exportsMusd),
        f.tableValue(d.targetMusd),
        f.tableChange(latest.gapMusd),
      ],
    });
  } else if (latestText) notes.push(latestText);
  if (priceYear !== undefined)
    notes.push(real.cpiNote(cpiPartial([...d.rows.map((r) => r.year), d.baseline.year, priceYear])));
  const title = m.title(f.years(d.span.from, d.span.to));
  const unit = priceYear === undefined ? milestones.unit : real.realUnit(priceYear);
  return {
    title,
    subtitle: `${finding} ${unit}`,
    summary,
    notes,
    table: {
      caption: `${title}. ${unit}`,
      columns: [frame.year, m.names.exports, m.names.target, m.names.gap],
      rows,
    },
  };
}
