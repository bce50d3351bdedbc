import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';

/** What the findings need: years and amounts in millions of USD (shortfalls as positive magnitudes). */
export interface Finding {
  base: number;
  targetMusd: number;
  promiseMusd: number;
  /** First year at or above the target, if any. */
  reached?: number;
  /** Largest shortfall after the baseline (reached), or the smallest one (never reached). */
  short?: { year: number; musd: number };
  from: number;
  to: number;
}

export interface ExportPromiseMessages {
  title: (from: string, to: string) => string;
  /** Unit line; `price` is set in constant dollars. */
  unit: (price?: number) => string;
  axisNote: (price: number) => string;
  names: { exports: string; target: string; gap: string };
  band: (lo: string, hi: string) => string;
  shortfall: string;
  excess: string;
  finding: (c: Finding, f: Formatter) => string;
  latest: (year: number, exportsMusd: number, gapMusd: number, f: Formatter) => string;
  tableCaption: (price?: number) => string;
  censusNote: string;
  targetNote: (base: number, promise: string) => string;
  promiseNote: (date: string, amount: string) => string;
  usitcNote: (date: string, lo: string, hi: string, base: number) => string;
  caveat: (base: number) => string;
  realNote: (price: number, base: number) => string;
  announce: (year: string, exports: string, gap: string, below: boolean, target: string) => string;
}

export const EXPORT_PROMISE_MESSAGES: Record<Locale, ExportPromiseMessages> = {
  en: {
    title: (from, to) => `U.S. goods exports to South Korea and the KORUS export promise, ${from}–${to}`,
    unit: (p) => (p ? `Billions of ${p} U.S. dollars, adjusted for inflation with CPI-U.` : 'Billions of U.S. dollars, not adjusted for inflation.'),
    axisNote: (p) => `${p} dollars`,
    names: { exports: 'Exports', target: 'Target', gap: 'Gap' },
    band: (lo, hi) => `USITC est. ${lo}–${hi}`,
    shortfall: 'Short of target',
    excess: 'Above target',
    finding: (c, f) => {
      const target = `the ${f.money(c.targetMusd)} target (${c.base} exports plus ${f.money(c.promiseMusd)})`;
      if (c.reached === undefined) {
        return `Exports did not reach ${target} in any year from ${c.from} to ${c.to}; they came closest in ${c.short!.year}, ${f.money(c.short!.musd)} short.`;
      }
      const short = c.short ? `; the largest shortfall was ${f.money(c.short.musd)}, in ${c.short.year}` : '';
      return `Exports first reached ${target} in ${c.reached}${short}.`;
    },
    latest: (year, e, gap, f) => `In ${year}, exports were ${f.money(e)}, ${f.money(Math.abs(gap))} ${gap < 0 ? 'below' : 'above'} the target.`,
    tableCaption: (p) => `U.S. goods exports to South Korea against the target (billions of ${p ? `${p} ` : ''}U.S. dollars)`,
    censusNote: 'Exports are U.S. total exports of goods (f.a.s. basis), not seasonally adjusted.',
    targetNote: (base, promise) => `Target: ${base} exports plus ${promise}.`,
    promiseNote: (date, amount) =>
      `On ${date}, President Obama said the agreement’s tariff cuts would increase annual U.S. goods exports to Korea by up to ${amount} (Public Papers of the Presidents, 2010).`,
    usitcNote: (date, lo, hi, base) =>
      `Shaded band: on ${date}, the U.S. International Trade Commission estimated (Publication 3949) that the agreement would raise U.S. exports to Korea by ${lo} to ${hi} a year; the band adds that range to ${base} exports.`,
    caveat: (base) =>
      `Both figures were about the agreement’s effect compared with a world without it. Measuring from the ${base} level is a simple yardstick, not an estimate of what exports would have been without the agreement.`,
    realNote: (p, base) =>
      `In ${p} dollars: each year’s value times CPI-U for ${p} over CPI-U for that year; the promised and estimated gains are taken as ${base} dollars.`,
    announce: (year, e, gap, below, target) => `${year}: exports ${e}, ${gap} ${below ? 'below' : 'above'} the target of ${target}`,
  },
  ko: {
    title: (from, to) => `미국의 대한국 상품 수출과 한미 FTA 수출 증가 약속, ${from}~${to}년`,
    unit: (p) => (p ? `단위: ${p}년 불변 억 달러(CPI-U로 물가 조정)` : '단위: 억 달러(명목 금액, 물가 미반영)'),
    axisNote: (p) => `${p}년 불변 달러`,
    names: { exports: '미국 수출', target: '목표치', gap: '차이' },
    band: (lo, hi) => `USITC 추정 ${lo}~${hi}`,
    shortfall: '목표 대비 부족',
    excess: '목표 대비 초과',
    finding: (c, f) => {
      const target = `목표치 ${f.money(c.targetMusd)}(${c.base}년 수출액 + ${f.money(c.promiseMusd)})`;
      if (c.reached === undefined) {
        return `수출은 ${c.from}~${c.to}년 중 ${target}에 이른 해가 없으며, 가장 근접한 해는 ${c.short!.year}년(${f.money(c.short!.musd)} 부족)이었습니다.`;
      }
      return c.short
        ? `수출은 ${c.reached}년에 처음으로 ${target}에 이르렀고, 목표에 가장 크게 못 미친 해는 ${c.short.year}년(${f.money(c.short.musd)} 부족)이었습니다.`
        : `수출은 ${c.reached}년에 처음으로 ${target}에 이르렀습니다.`;
    },
    latest: (year, e, gap, f) =>
      `${year}년 수출액은 ${f.money(e)}로 목표치보다 ${f.money(Math.abs(gap))} ${gap < 0 ? '적었습니다' : '많았습니다'}.`,
    tableCaption: (p) => `미국의 대한국 상품 수출과 목표치(단위: ${p ? `${p}년 불변 ` : ''}억 달러)`,
    censusNote: '수출은 미국의 상품 총수출(본선인도가격 기준)이며 계절조정하지 않은 수치입니다.',
    targetNote: (base, promise) => `목표치: ${base}년 수출액에 ${promise}를 더한 값입니다.`,
    promiseNote: (date, amount) =>
      `오바마 대통령은 ${date} 한미 FTA의 관세 인하로 미국의 대한국 연간 상품 수출이 최대 ${amount} 늘어날 것이라고 말했습니다(Public Papers of the Presidents, 2010).`,
    usitcNote: (date, lo, hi, base) =>
      `음영 구간: 미국 국제무역위원회(USITC)는 ${date} 보고서(Publication 3949)에서 한미 FTA로 미국의 대한국 수출이 연간 ${lo}~${hi} 늘어날 것으로 추정했습니다. 음영 구간은 ${base}년 수출액에 이 범위를 더한 것입니다.`,
    caveat: (base) =>
      `두 수치 모두 협정이 없었을 경우와 비교한 협정의 효과에 관한 것입니다. ${base}년 수준을 기준으로 삼는 것은 단순한 잣대일 뿐, 협정이 없었다면 수출이 얼마였을지 추정한 것이 아닙니다.`,
    realNote: (p, base) =>
      `${p}년 불변 달러: 각 연도 값에 ${p}년 CPI-U를 해당 연도 CPI-U로 나눈 비율을 곱했습니다. 약속된 증가폭과 추정치는 ${base}년 달러 기준으로 보았습니다.`,
    announce: (year, e, gap, below, target) => `${year}년: 수출 ${e}, 목표치 ${target}보다 ${gap} ${below ? '부족' : '초과'}`,
  },
};
