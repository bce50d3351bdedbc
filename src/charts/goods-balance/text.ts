import type { Span } from '../../data/span.js';
import type { EmbeddedLatest, SeriesSource } from '../../data/types.js';
import type { Formatter } from '../../format/format.js';
import type { FrameMessages } from '../../format/messages.js';
import type { ChartText } from '../../frame/view-model.js';
import type { GoodsBalanceMessages } from './messages.js';
import { MILESTONE_DATES, MILESTONE_IDS, PRE_KORUS_YEAR } from '../timeline.js';

/** Title, data-derived subtitle and summary, notes and table. Pure. */
export function describeGoodsBalance(
  span: Span,
  source: SeriesSource,
  m: GoodsBalanceMessages,
  frame: FrameMessages,
  f: Formatter,
  more: { latest?: EmbeddedLatest; notes?: readonly string[] } = {},
): ChartText {
  const { years } = span;
  const first = years[0];
  const last = years[years.length - 1];
  // Compare against the pre-agreement year when the span holds it, else the span's first year.
  const base = years.find((d) => d.year === PRE_KORUS_YEAR && d !== last) ?? first;
  const finding =
    base === last
      ? ''
      : m.balanceChange(
          { fromYear: base.year, toYear: last.year, fromMusd: base.balanceMusd, toMusd: last.balanceMusd },
          f,
        );
  const trade =
    first === last
      ? ''
      : m.tradeChange(
          {
            from: first.year,
            to: last.year,
            exportsFrom: first.exportsMusd,
            exportsTo: last.exportsMusd,
            importsFrom: first.importsMusd,
            importsTo: last.importsMusd,
          },
          f,
        );
  const notes = [m.balanceNote];
  if (source.kind === 'census') notes.unshift(m.censusNote);
  const [entry, amended] = MILESTONE_IDS.map((id) => f.date(MILESTONE_DATES[id]));
  notes.push(m.milestonesNote(entry, amended));
  if (more.notes) notes.unshift(...more.notes);
  const toDate = more.latest?.toDate;
  if (toDate) notes.push(m.toDate(more.latest!.month, toDate[0], toDate[1], f));
  return {
    title: m.title(f.years(span.from, span.to)),
    subtitle: [finding, m.unit].filter(Boolean).join(' '),
    summary: [trade, finding].filter(Boolean).join(' '),
    notes,
    table: {
      caption: m.tableCaption,
      columns: [frame.year, m.names.exports, m.names.imports, m.names.balance],
      rows: years.map((d) => ({
        key: String(d.year),
        cells: [f.year(d.year), f.tableValue(d.exportsMusd), f.tableValue(d.importsMusd), f.tableValue(d.balanceMusd)],
      })),
    },
  };
}
