// The export-promise chart's latest 12 months (issue 19): what runs only once dist/monthly.js has
// arrived. It travels in that chunk (src/data/monthly.ts re-exports it), so the chart's bundle
// carries only the glue (latest.ts, and a few lines in chart.ts, text.ts, layout.ts, view.ts).
// Words in both languages: they come with the months.
import { trailing12 } from '../../data/months.js';
import type { TradeMonth } from '../../data/types.js';
import { shownChange, type Formatter } from '../../format/format.js';
import { trailing12Label } from '../../format/period-messages.js';
import type { TableModel } from '../../frame/view-model.js';

/** The latest 12 months as the chart shows them. */
export interface LatestPoint {
  /** The column it takes: the year after the last complete one. */
  year: number;
  /** The latest month, "YYYY-MM". */
  month: string;
  exportsMusd: number;
  /** Exports minus the line as the two figures show (format.ts shownChange). */
  gapMusd: number;
  /** "12 months to Aug 2026" */
  label: string;
  /** Nominal dollars: the sentence for the summary; constant dollars: why the point is left out. */
  text: string;
  /** Its row in the data table; unset in constant dollars (no monthly CPI in data/: not drawn). */
  row?: TableModel['rows'][number];
}

/**
 * Exports in the 12 months to the series' latest month, when that month is later than `lastYear`
 * (the chart's last complete year); undefined otherwise (the 12 months to December are that year).
 */
export function latestPoint(
  months: readonly TradeMonth[],
  lastYear: number,
  targetMusd: number,
  real: boolean,
  f: Formatter,
): LatestPoint | undefined {
  const [t] = trailing12(months.slice(-12));
  if (!t || Number(t.month.slice(0, 4)) <= lastYear) return undefined;
  const e = t.exportsMusd;
  const gap = shownChange(targetMusd, e);
  const label = trailing12Label(t.month, f.locale);
  const by = f.money(Math.abs(gap));
  const en = f.locale === 'en';
  const text = real
    ? en
      ? `The ${label} are left out in constant dollars: data/ has no monthly CPI-U to deflate them.`
      : `${label} 수치는 불변 달러로 환산할 월별 CPI-U 자료가 없어 보여 주지 않습니다.`
    : en
      ? `${label} (a running total, not a calendar year): exports ${f.money(e)}, ${gap ? `${by} ${gap < 0 ? 'below' : 'above'}` : 'at'} the ${f.money(targetMusd)} line.`
      : `${label}(달력 연도가 아닌 최근 12개월 합계) 수출은 ${f.money(e)}로 기준선 ${f.money(targetMusd)}${gap ? `보다 ${by} ${gap < 0 ? '적습니다' : '많습니다'}` : '과 같습니다'}.`;
  return {
    year: lastYear + 1,
    month: t.month,
    exportsMusd: e,
    gapMusd: gap,
    label,
    text,
    row: real
      ? undefined
      : { key: 'latest', cells: [label, f.tableValue(e), f.tableValue(targetMusd), f.tableChange(gap)] },
  };
}
