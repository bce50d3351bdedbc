import { shownDirection } from '../../format/format.js';
import { ko as trade } from '../trade-messages.ko.js';
import { toDateChange, type GoodsBalanceMessages } from './messages.js';

/** Verbs by the direction of the figures as shown (format.ts's shownDirection). */
const verbKo = { '-1': '줄었', '1': '늘었' } as const;

export const ko: GoodsBalanceMessages = {
  ...trade,
  title: (years) => `미국의 대한국 상품 교역, ${years}`,
  balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
    const a = f.money(Math.abs(fromMusd));
    const b = f.money(Math.abs(toMusd));
    const d = shownDirection(Math.abs(fromMusd), Math.abs(toMusd));
    const what = fromMusd < 0 ? '적자' : '흑자';
    if (fromMusd < 0 === toMusd < 0)
      return d
        ? `미국의 대한국 상품 무역${what}는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo[d]}습니다.`
        : `미국의 대한국 상품 무역${what}는 ${fromYear}년과 ${toYear}년 모두 ${a}였습니다.`;
    return fromMusd >= 0
      ? `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 흑자에서 ${toYear}년 ${b} 적자로 돌아섰습니다.`
      : `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 적자에서 ${toYear}년 ${b} 흑자로 돌아섰습니다.`;
  },
  tradeChange: (c, f) => {
    const part = (a: number, b: number, end: string) => {
      const d = shownDirection(a, b);
      return d ? `${f.money(a)}에서 ${f.money(b)}로 ${verbKo[d]}${end}` : `${f.money(a)}로 변함이 없었${end}`;
    };
    return `${c.from}년부터 ${c.to}년까지 미국의 대한국 수출은 ${part(c.exportsFrom, c.exportsTo, '고')}, 한국으로부터의 수입은 ${part(c.importsFrom, c.importsTo, '습니다')}.`;
  },
  tableCaption: '미국의 대한국 상품 교역(단위: 억 달러)',
  announce: (year, exports, imports, word, balance) =>
    `${year}년: 수출 ${exports}, 수입 ${imports}, ${word} ${balance}`,
  announcePart: (year, name, value) => `${year}년 ${name}: ${value}`,
  toDate: (month, a, b, f) => {
    const [y, m] = [+month.slice(0, 4), +month.slice(5)];
    const { d, pct } = toDateChange(a, b, f);
    const head = `${y}년 ${m > 1 ? `1~${m}월` : '1월'} 수출은 ${f.money(b)}로 ${y - 1}년 같은 기간`;
    return d ? `${head}보다 ${pct.slice(1)} ${verbKo[d]}습니다.` : `${head}과 같았습니다.`;
  },
};
