import type { Formatter } from '../../format/format.js';
import type { ExportPromiseMessages } from './messages.js';

/**
 * "97억~109억 달러": the first amount of a range drops the currency word. Word joiners (U+2060)
 * keep the range on one line: a Korean line breaks between words, never at the tilde.
 */
const range = (f: Formatter, lo: number, hi: number) =>
  `${f.money(lo).replace(' 달러', '')}\u2060~\u2060${f.money(hi)}`;

export const ko: ExportPromiseMessages = {
  title: (years) => `미국의 대한국 상품 수출과 한미 FTA 약속, ${years}`,
  axisNote: (p) => `${p}년 불변 달러`,
  names: { exports: '미국 수출', target: '기준선', gap: '차이' },
  line: (c, f) =>
    `${c.base}년 + ${c.ceiling ? `최대 ${f.money(c.gainMusd[0])}` : `${f.money(c.gainMusd[0])}(사용자 지정)`}`,
  band: (c, f) => `USITC 추정 증가분: ${c.base}년 + ${range(f, c.gainMusd[1], c.gainMusd[2])}`,
  shortfall: '기준선 미달',
  excess: '기준선 초과',
  finding: (c, f) => {
    const line = `기준선 ${f.money(c.targetMusd)}(${c.base}년 수출액 + ${c.ceiling ? '최대 ' : ''}${f.money(c.gainMusd[0])})`;
    const s = c.short && `${c.short.year}년(${f.money(c.short.musd)} 부족)`;
    return c.reached
      ? `수출은 ${c.reached}년에 처음으로 ${line}에 이르렀${c.below.length ? `으나 ${c.below.map((y) => `${y}년`).join(', ')}에는 다시 밑돌았` : ''}${s ? `으며, 부족분이 가장 컸던 해는 ${s}이었` : ''}습니다.`
      : `수출은 ${c.after[0].year}~${c.span.to}년 중 ${line}에 이르지 못했으며, 가장 근접한 해는 ${s}이었습니다.`;
  },
  notes: (c, f, [qd, b, ud]) => {
    const both = (a: readonly number[]) => `${f.money(a[0])}와 ${range(f, a[1], a[2])}`;
    return [
      `미국 대통령 공문서집(Public Papers of the Presidents)에 따르면 오바마 대통령은 ${qd} 관세 인하로 “미국 상품의 연간 수출이 최대 ${f.moneyLong(b * 1000)} 늘어날 것으로 예상된다”\u2060고 말했습니다.`,
      `음영 구간: 미국 국제무역위원회(USITC)가 ${ud} 보고서 제3949호(Publication 3949)에서 추정한 연간 수출 증가분 ${range(f, c.givenMusd[1], c.givenMusd[2])}를 ${c.base}년 수출액에 더한 범위입니다.`,
      c.price &&
        `${c.price}년 불변 달러 환산: ${both(c.givenMusd)}를 ${c.base}년 달러로 보고 CPI-U로 환산해 ${both(c.gainMusd)}로 그렸습니다.`,
      `두 수치 모두 협정이 없는 경우와 비교한 협정의 효과입니다. ${c.base}년 수준은 협정이 없었을 때의 수출을 추정한 것이 아닙니다.`,
    ].filter((s) => s) as string[];
  },
  announce: (year, values) => `${year}년: ${values}`,
  latest: (month) => `${month.slice(0, 4)}년 ${+month.slice(5)}월까지 12개월`,
  latestText: (label, e, gap, target, f, real) =>
    real
      ? `${label} 수치는 불변 달러로 환산할 월별 CPI-U 자료가 없어 보여 주지 않습니다.`
      : `${label}(달력 연도가 아닌 12개월 합계) 수출은 ${f.money(e)}로 기준선 ${f.money(target)}${gap ? `보다 ${f.money(Math.abs(gap))} ${gap < 0 ? '적습니다' : '많습니다'}` : '와 같습니다'}.`,
};
