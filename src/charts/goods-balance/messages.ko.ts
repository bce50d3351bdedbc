import { ko as trade } from '../trade-messages.ko.js';
import type { GoodsBalanceMessages } from './messages.js';

const verbKo = (a: number, b: number) =>
  Math.abs(b) > Math.abs(a) ? '늘었습니다' : Math.abs(b) < Math.abs(a) ? '줄었습니다' : '같았습니다';

export const ko: GoodsBalanceMessages = {
  ...trade,
  title: (from, to) => `미국의 대한국 상품 교역, ${from}~${to}년`,
  balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
    const a = f.money(Math.abs(fromMusd));
    const b = f.money(Math.abs(toMusd));
    if (fromMusd < 0 && toMusd < 0)
      return `미국의 대한국 상품 무역적자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
    if (fromMusd >= 0 && toMusd >= 0)
      return `미국의 대한국 상품 무역흑자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
    return fromMusd >= 0
      ? `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 흑자에서 ${toYear}년 ${b} 적자로 돌아섰습니다.`
      : `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 적자에서 ${toYear}년 ${b} 흑자로 돌아섰습니다.`;
  },
  tradeChange: (c, f) =>
    `${c.from}년부터 ${c.to}년까지 미국의 대한국 수출은 ${f.money(c.exportsFrom)}에서 ${f.money(c.exportsTo)}, 한국으로부터의 수입은 ${f.money(c.importsFrom)}에서 ${f.money(c.importsTo)}로 바뀌었습니다.`,
  tableCaption: '미국의 대한국 상품 교역(단위: 억 달러)',
  announce: (year, exports, imports, word, balance) =>
    `${year}년: 수출 ${exports}, 수입 ${imports}, ${word} ${balance}`,
  announcePart: (year, name, value) => `${year}년 ${name}: ${value}`,
};
