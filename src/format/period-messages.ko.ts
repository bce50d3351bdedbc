import type { PeriodMessages } from './message-types.js';

const months = (m1: number, m2: number) => (m1 === m2 ? `${m1}월` : `${m1}~${m2}월`);

export const ko: PeriodMessages = {
  month: (y, m) => `${y}년 ${m}월`,
  monthsOfYear: (y, m1, m2) => `${y}년 ${months(m1, m2)}`,
  monthSpan: (y1, m1, y2, m2) => `${y1}년 ${m1}월~${y2}년 ${m2}월`,
  year: (y) => `${y}년`,
  yearsAverage: (a, b) => `${a}~${b}년 평균`,
  monthsAverage: (a, b, m1, m2) => `${a}~${b}년 ${months(m1, m2)} 평균`,
  trailing12: (y, m) => `${y}년 ${m}월까지 12개월`,
  dataThrough: (y, m) => `${y}년 ${m}월까지의 미국 인구조사국 자료입니다.`,
  toDate: (label, exports, change, previousYear, up) =>
    change === undefined
      ? `${label} 수출은 ${exports}입니다.`
      : `${label} 수출은 ${exports}로 ${previousYear}년 같은 기간보다 ${change.replace(/^[+\u2212]/, '')} ${up ? '늘었습니다' : '줄었습니다'}.`,
  error(e) {
    const p = e.params;
    const line = e.line === undefined ? '' : `${e.line}번째 줄: `;
    switch (e.code) {
      case 'not-a-month':
        return `${line}2026-08처럼 YYYY-MM 형식의 월이 있어야 하는데 ‘${p.value}’이(가) 있습니다.`;
      case 'duplicate-month':
        return `${p.month}이(가) 두 번 나옵니다(${p.first}번째 줄과 ${e.line}번째 줄).`;
      case 'month-gap':
        return p.missing === p.lastMissing
          ? `월별 데이터에 ${p.missing} 행이 없습니다(${p.beforeLine}번째 줄 ${p.before}와 ${e.line}번째 줄 ${p.after} 사이).`
          : `월별 데이터에 ${p.missing}~${p.lastMissing} 행이 없습니다(${p.beforeLine}번째 줄 ${p.before}와 ${e.line}번째 줄 ${p.after} 사이).`;
      case 'bad-period':
        return `‘${p.name}’ 속성은 연도(2016), 연도 범위(2009/2011) 또는 월 범위(2025-01/2025-08)여야 하는데 ‘${p.value}’이(가) 있습니다.`;
      case 'period-reversed':
        return `‘${p.name}’ 기간의 순서가 거꾸로입니다. ${p.from}이(가) ${p.to}보다 늦습니다.`;
      case 'periods-overlap':
        return `두 기간이 겹칩니다. ‘before’(${p.before})는 ‘after’(${p.after})가 시작되기 전에 끝나야 합니다.`;
      case 'period-lengths-differ':
        return `두 기간의 길이가 다릅니다. ‘before’(${p.before})는 ${p.a}개월, ‘after’(${p.after})는 ${p.b}개월입니다. 같은 길이의 기간을 비교하세요.`;
      case 'period-not-in-data':
        return `${p.name} 기간 ${p.value}의 데이터가 모두 있지는 않습니다. 데이터 범위는 ${p.first}~${p.last}입니다.`;
      case 'partial-year-in-range':
        return `${p.name} 범위 ${p.value}에 ${p.year}년이 들어 있는데, ${p.year}년 데이터는 ${p.months}개월분뿐입니다. ${p.year}년만 따로 쓰거나 범위를 더 일찍 끝내세요.`;
      case 'partial-year-with-months':
        return `${p.name} 연도 ${p.year}년은 데이터가 ${p.months}개월분뿐이므로 다른 기간은 월 범위(${p.other})가 아니라 연도나 연도 범위여야 합니다.`;
    }
  },
};
