import { shownChange } from '../../format/format.js';
import { ko as trade } from '../trade-messages.ko.js';
import { change, unsigned } from './change.js';
import type { BeforeAfterMessages } from './messages.js';

const koWord = (v: number) => (v < 0 ? trade.deficit : trade.surplus);

export const ko: BeforeAfterMessages = {
  title: (a, b) => `미국의 대한국 상품 교역, ${a}과 ${b}`,
  hint: '화살표 키로 항목 사이를 이동할 수 있습니다.',
  year: (y) => `${y}년`,
  table: ['구분', '변화', '변화율'],
  expected: {
    metrics: 'exports, imports, balance 중 하나',
    dollars: 'nominal, real 중 하나',
    realPeriods: 'nominal(한 해 전체가 아닌 기간에는 연간 소비자물가지수가 없어 실질 달러로 환산할 수 없음)',
  },
  row(metric, a, b, f, money) {
    const c = change(a, b, f, money);
    const bal = metric === 'balance';
    if (bal && c.flip)
      return {
        name: trade.names.balance,
        change: `${koWord(a)}에서 ${koWord(b)}로 전환(${f.moneyChange(shownChange(a, b))})`,
      };
    const verb = bal ? (c.up > 0 ? '확대' : '축소') : c.up > 0 ? '증가' : '감소';
    return {
      name: bal ? koWord(b) : trade.names[metric],
      change: c.up ? `${c.amt} ${verb}${c.pct && `(${c.pct})`}` : '변화 없음',
    };
  },
  summary(rows, ya, yb, f, periods) {
    const parts = rows.map(({ metric, beforeMusd: a, afterMusd: b }, i) => {
      const A = `${i ? '' : `${ya} `}${f.money(Math.abs(a))}`;
      const B = `${i ? '' : `${yb} `}${f.money(Math.abs(b))}`;
      const c = change(a, b, f);
      const phrase = c.times
        ? `${c.times > 2 ? '세' : '두'} 배 넘게 늘었`
        : `${unsigned(c.pct)} ${c.up > 0 ? '늘었' : '줄었'}`;
      const subject = metric === 'exports' ? '수출은' : metric === 'imports' ? '수입은' : `상품 무역${koWord(b)}는`;
      const body = !c.up
        ? `${subject} ${i ? (periods ? '두 기간' : '두 해') : `${ya}과 ${yb}`} 모두 ${f.money(Math.abs(a))}였`
        : metric !== 'balance'
          ? `${subject} ${A}에서 ${B}로 ${phrase}`
          : c.flip
            ? `상품 무역수지는 ${A} ${koWord(a)}에서 ${B} ${koWord(b)}로 돌아섰`
            : `${subject} ${A}에서 ${B}로 ${phrase}`;
      // Clauses chain as "미국의 대한국 …줄었고, …늘었으며, …늘었습니다."
      return (i ? '' : '미국의 대한국 ') + body + (i === rows.length - 1 ? '습니다.' : i ? '으며, ' : '고, ');
    });
    return parts.join('');
  },
  announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}: ${ya} ${va}, ${yb} ${vb}`,
  earlierNote: (items) =>
    `미국 인구조사국이 수정하기 전에 발표된 수치: ${items
      .map(
        (e) =>
          `${e.year}년 ${e.name} ${e.then}(${e.by} 발표, 현재 ${e.now})${e.pct ? `, 이 수치로 계산한 변화율 ${e.pct}` : ''}`,
      )
      .join('; ')}.`,
  millions: (musd) => {
    const m = Math.round(Math.abs(musd));
    return `${Math.floor(m / 100)}억${m % 100 ? ` ${((m % 100) * 100).toLocaleString('ko-KR')}만` : ''} 달러`;
  },
};
