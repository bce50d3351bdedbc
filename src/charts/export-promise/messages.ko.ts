import type { ExportPromiseMessages } from './messages.js';

export const ko: ExportPromiseMessages = {
  title: (from, to) => `미국의 대한국 상품 수출과 한미 FTA 약속, ${from}~${to}년`,
  unit: (p) => (p ? `단위: ${p}년 불변 억 달러(CPI-U 기준)` : '단위: 억 달러(명목 금액, 물가 미반영)'),
  axisNote: (p) => `${p}년 불변 달러`,
  names: { exports: '미국 수출', target: '목표치', gap: '차이' },
  band: (lo, hi) => `USITC 추정 ${lo}~${hi}`,
  shortfall: '목표 대비 부족',
  excess: '목표 대비 초과',
  finding: (c, f) => {
    const target = `목표치 ${f.money(c.targetMusd)}(${c.base}년 수출액 + ${f.money(c.promiseMusd)})`;
    const s = c.short && `${c.short.year}년(${f.money(c.short.musd)} 부족)`;
    return c.reached
      ? `수출은 ${c.reached}년에 처음으로 ${target}에 이르렀${s ? `고, 부족분이 가장 컸던 해는 ${s}이었` : ''}습니다.`
      : `수출은 ${c.from}~${c.to}년 중 ${target}에 이르지 못했으며, 가장 근접한 해는 ${s}이었습니다.`;
  },
  promiseNote: (base, promise, date, amount) =>
    `목표치: ${base}년 수출액 + ${promise}. 오바마 대통령은 ${date} 한미 FTA로 미국의 대한국 연간 상품 수출이 최대 ${amount} 늘어날 것이라고 말했습니다(Public Papers of the Presidents).`,
  usitcNote: (base, lo, hi, date) =>
    `음영 구간: ${base}년 수출액에 미국 국제무역위원회(USITC)가 ${date} 추정한 연간 증가분 ${lo}~${hi}를 더한 범위(Publication 3949).`,
  caveat: (base) =>
    `두 수치 모두 협정이 없는 경우와 비교한 협정의 효과입니다. ${base}년 수준은 단순한 잣대일 뿐, 협정이 없었을 때의 수출을 추정한 것이 아닙니다.`,
  announce: (year, values) => `${year}년: ${values}`,
};
