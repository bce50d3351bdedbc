import type { RealMessages } from './real-messages.js';

export const ko: RealMessages = {
  realUnit: (p) => `단위: 억 달러(${p}년 달러 기준 실질 금액, 물가 반영)`,
  cpiNote: (partial) =>
    `물가 반영에는 미국 노동통계국(BLS)의 도시 소비자물가지수(CPI-U)를 썼습니다.${partial
      .map((p) => ` ${p.year}년 지수는 발표된 ${p.months}개월 지수의 평균입니다.`)
      .join('')}`,
  percentNote: '변화율은 반올림하기 전의 수치로 계산했습니다.',
};
