// Words of <korus-goods-balance>'s month views and of a page's monthly data, in both languages: they
// travel in dist/monthly.js with the code that uses them (months.ts), never in the bundles or ko.js.
import type { DataError } from '../../data/errors.js';
import type { Locale } from '../../format/locale.js';
import { MONTHS, monthName } from '../../format/messages.en.js';

export type Interval = 'year' | 'month' | '12-month';
type MonthInterval = Exclude<Interval, 'year'>;

export interface MonthWords {
  /** `range` as period-messages writes it: "January 2005–August 2026". */
  title: (i: MonthInterval, range: string) => string;
  /** What is drawn, for the summary: "Monthly values, January 2005–August 2026." */
  shown: (i: MonthInterval, range: string) => string;
  /** The latest value's sentence; `label` is "August 2026" or "12 months to Aug 2026". */
  latest: (
    i: MonthInterval,
    label: string,
    v: { exports: string; imports: string; balance: string; deficit: boolean },
  ) => string;
  unit: (i: MonthInterval) => string;
  caption: (i: MonthInterval) => string;
  /** The table's first column. */
  column: (i: MonthInterval) => string;
  trailingNote: string;
  hint: string;
  /** Axis label of a month other than January (1–12). */
  monthShort: (m: number) => string;
  /** "August 2026: exports $5.2 billion, …", for the live region. */
  announce: (label: string, parts: [name: string, value: string][]) => string;
  /** A page's monthly data: "Data through August 2026." */
  dataThrough: (month: string) => string;
  /** A partial year left out of the yearly view; `months` is "January–August 2026". */
  partialYear: (year: number, months: string) => string;
  error: (e: DataError) => string | undefined;
}

const en: MonthWords = {
  title: (i, range) =>
    i === 'month'
      ? `U.S. goods trade with South Korea by month, ${range}`
      : `U.S. goods trade with South Korea, 12-month totals, ${range}`,
  shown: (i, range) =>
    i === 'month'
      ? `Monthly values, ${range}.`
      : `Each month’s total of the 12 months to it (the annual rate), ${range}.`,
  latest: (i, label, v) =>
    `${i === 'month' ? 'In' : 'In the'} ${label}, U.S. exports to Korea were ${v.exports} and imports ${v.imports}; the goods ${v.deficit ? 'deficit' : 'surplus'} was ${v.balance}.`,
  unit: (i) =>
    i === 'month'
      ? 'Billions of U.S. dollars a month, not adjusted for inflation.'
      : 'Billions of U.S. dollars over 12 months, not adjusted for inflation.',
  caption: (i) =>
    i === 'month'
      ? 'U.S. goods trade with South Korea by month (billions of U.S. dollars)'
      : 'U.S. goods trade with South Korea, 12-month totals (billions of U.S. dollars)',
  column: (i) => (i === 'month' ? 'Month' : 'Period'),
  trailingNote:
    'Each value is the sum of its month and the 11 before it, so the latest months read as a year; it is not a calendar year.',
  hint: 'Use the arrow keys to move between months.',
  monthShort: (m) => MONTHS[m - 1].slice(0, 3),
  announce: (label, parts) => `${label}: ${parts.map(([n, v]) => `${n.toLowerCase()} ${v}`).join(', ')}`,
  dataThrough: (month) => `Data through ${monthName(month)}.`,
  partialYear: (year, months) =>
    `${year} is not shown as a year: the data has only ${months}. Sums by year are of complete years only.`,
  error(e) {
    const p = e.params;
    switch (e.code) {
      case 'bad-interval':
        return `The attribute “interval” must be year, month or 12-month; found “${p.value}”.`;
      case 'month-needs-interval':
        return `“${p.name}” is a month (${p.value}): months are shown with interval="month" or interval="12-month". By year, write a year.`;
      case 'no-complete-year':
        return p.interval === 'year'
          ? `The monthly data (${p.first} to ${p.last}) has no complete year to show by year: use interval="month".`
          : `The monthly data (${p.first} to ${p.last}) has no 12 months in a row to sum: use interval="month".`;
    }
    return undefined;
  },
};

const ko: MonthWords = {
  title: (i, range) =>
    i === 'month' ? `미국의 대한국 월별 상품 교역, ${range}` : `미국의 대한국 상품 교역 12개월 합계, ${range}`,
  shown: (i, range) =>
    i === 'month' ? `${range} 월별 수치입니다.` : `${range} 각 달까지 12개월 동안의 합계(연간 규모)입니다.`,
  latest: (i, label, v) =>
    `${i === 'month' ? label : `${label} 동안`} 미국의 대한국 수출은 ${v.exports}, 수입은 ${v.imports}였고 상품 무역${v.deficit ? '적자' : '흑자'}는 ${v.balance}였습니다.`,
  unit: (i) =>
    i === 'month'
      ? '단위: 억 달러(월간, 명목 금액, 물가 미반영)'
      : '단위: 억 달러(12개월 합계, 명목 금액, 물가 미반영)',
  caption: (i) =>
    i === 'month'
      ? '미국의 대한국 월별 상품 교역(단위: 억 달러)'
      : '미국의 대한국 상품 교역 12개월 합계(단위: 억 달러)',
  column: (i) => (i === 'month' ? '월' : '기간'),
  trailingNote:
    '각 값은 그 달과 앞선 11개월의 합계로, 최근 몇 달을 연간 규모로 보여 줍니다. 달력상의 한 해가 아닙니다.',
  hint: '화살표 키로 달 사이를 이동할 수 있습니다.',
  monthShort: (m) => `${m}월`,
  announce: (label, parts) => `${label}: ${parts.map(([n, v]) => `${n} ${v}`).join(', ')}`,
  dataThrough: (month) => `${+month.slice(0, 4)}년 ${+month.slice(5)}월까지의 자료입니다.`,
  partialYear: (year, months) =>
    `${year}년은 ${months} 자료만 있어 연간 수치로 보여 주지 않습니다. 연간 합계는 1~12월이 모두 있는 해만 냅니다.`,
  error(e) {
    const p = e.params;
    switch (e.code) {
      case 'bad-interval':
        return `‘interval’ 속성은 year, month, 12-month 가운데 하나여야 하는데 ‘${p.value}’입니다.`;
      case 'month-needs-interval':
        return `‘${p.name}’ 값 ${p.value}은(는) 월입니다. 월은 interval="month"나 interval="12-month"에서 쓰고, 연도별 차트에는 연도를 쓰세요.`;
      case 'no-complete-year':
        return p.interval === 'year'
          ? `월별 데이터(${p.first}~${p.last})에 1~12월이 모두 있는 해가 없어 연도별로 보여 줄 수 없습니다. interval="month"를 쓰세요.`
          : `월별 데이터(${p.first}~${p.last})에 연속된 12개월이 없어 12개월 합계를 낼 수 없습니다. interval="month"를 쓰세요.`;
    }
    return undefined;
  },
};

export const MONTH_WORDS: Record<Locale, MonthWords> = { en, ko };
