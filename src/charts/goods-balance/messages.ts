import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';

export interface GoodsBalanceMessages {
  title: (from: string, to: string) => string;
  unit: string;
  names: { exports: string; imports: string; balance: string };
  deficit: string;
  surplus: string;
  milestones: Record<'t_2012_entry_into_force' | 't_2019_amendment_in_force', string>;
  /** The balance finding; amounts are positive magnitudes. */
  balanceChange: (c: BalanceChange, f: Formatter) => string;
  tradeChange: (c: { from: number; to: number; exportsFrom: number; exportsTo: number; importsFrom: number; importsTo: number }, f: Formatter) => string;
  tableCaption: string;
  censusNote: string;
  balanceNote: string;
  milestonesNote: (entry: string, amended: string) => string;
  announce: (year: string, exports: string, imports: string, balanceWord: string, balance: string) => string;
  /** One mark of a year: "2016, imports: $69.9 billion". */
  announcePart: (year: string, name: string, value: string) => string;
}

export interface BalanceChange {
  fromYear: number;
  toYear: number;
  fromMusd: number;
  toMusd: number;
}

const verbEn = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? 'grew' : Math.abs(b) < Math.abs(a) ? 'narrowed' : 'was unchanged');
const verbKo = (a: number, b: number) => (Math.abs(b) > Math.abs(a) ? '늘었습니다' : Math.abs(b) < Math.abs(a) ? '줄었습니다' : '같았습니다');

export const GOODS_BALANCE_MESSAGES: Record<Locale, GoodsBalanceMessages> = {
  en: {
    title: (from, to) => `U.S. goods trade with South Korea, ${from}–${to}`,
    unit: 'Billions of U.S. dollars, not adjusted for inflation.',
    names: { exports: 'Exports', imports: 'Imports', balance: 'Balance' },
    deficit: 'Deficit',
    surplus: 'Surplus',
    milestones: { t_2012_entry_into_force: 'KORUS in force', t_2019_amendment_in_force: 'Amended' },
    balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
      const a = f.money(Math.abs(fromMusd));
      const b = f.money(Math.abs(toMusd));
      if (fromMusd < 0 && toMusd < 0) return `The U.S. goods deficit with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
      if (fromMusd >= 0 && toMusd >= 0) return `The U.S. goods surplus with Korea ${verbEn(fromMusd, toMusd)} from ${a} in ${fromYear} to ${b} in ${toYear}.`;
      return fromMusd >= 0
        ? `The U.S. goods balance with Korea went from a surplus of ${a} in ${fromYear} to a deficit of ${b} in ${toYear}.`
        : `The U.S. goods balance with Korea went from a deficit of ${a} in ${fromYear} to a surplus of ${b} in ${toYear}.`;
    },
    tradeChange: (c, f) =>
      `From ${c.from} to ${c.to}, U.S. exports to Korea went from ${f.money(c.exportsFrom)} to ${f.money(c.exportsTo)} and imports from Korea from ${f.money(c.importsFrom)} to ${f.money(c.importsTo)}.`,
    tableCaption: 'U.S. goods trade with South Korea (billions of U.S. dollars)',
    censusNote: 'Exports are total exports (f.a.s. basis); imports are general imports (customs value); not seasonally adjusted.',
    balanceNote: 'Balance is exports minus imports; below zero is a U.S. deficit.',
    milestonesNote: (entry, amended) => `Dashed rules: the agreement (KORUS) entered into force on ${entry}; the amended agreement on ${amended}.`,
    announce: (year, exports, imports, word, balance) => `${year}: exports ${exports}, imports ${imports}, ${word.toLowerCase()} ${balance}`,
    announcePart: (year, name, value) => `${year}, ${name.toLowerCase()}: ${value}`,
  },
  ko: {
    title: (from, to) => `미국의 대한국 상품 교역, ${from}~${to}년`,
    unit: '단위: 억 달러(명목 금액, 물가 미반영)',
    names: { exports: '미국 수출', imports: '미국 수입', balance: '무역수지' },
    deficit: '적자',
    surplus: '흑자',
    milestones: { t_2012_entry_into_force: '한미 FTA 발효', t_2019_amendment_in_force: '개정 협정 발효' },
    balanceChange: ({ fromYear, toYear, fromMusd, toMusd }, f) => {
      const a = f.money(Math.abs(fromMusd));
      const b = f.money(Math.abs(toMusd));
      if (fromMusd < 0 && toMusd < 0) return `미국의 대한국 상품 무역적자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
      if (fromMusd >= 0 && toMusd >= 0) return `미국의 대한국 상품 무역흑자는 ${fromYear}년 ${a}에서 ${toYear}년 ${b}로 ${verbKo(fromMusd, toMusd)}.`;
      return fromMusd >= 0
        ? `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 흑자에서 ${toYear}년 ${b} 적자로 돌아섰습니다.`
        : `미국의 대한국 상품 무역수지는 ${fromYear}년 ${a} 적자에서 ${toYear}년 ${b} 흑자로 돌아섰습니다.`;
    },
    tradeChange: (c, f) =>
      `${c.from}년부터 ${c.to}년까지 미국의 대한국 수출은 ${f.money(c.exportsFrom)}에서 ${f.money(c.exportsTo)}, 한국으로부터의 수입은 ${f.money(c.importsFrom)}에서 ${f.money(c.importsTo)}로 바뀌었습니다.`,
    tableCaption: '미국의 대한국 상품 교역(단위: 억 달러)',
    censusNote: '수출은 총수출(본선인도가격 기준), 수입은 일반수입(관세평가액 기준)이며 계절조정하지 않은 수치입니다.',
    balanceNote: '무역수지는 수출에서 수입을 뺀 값으로, 0보다 작으면 미국의 적자입니다.',
    milestonesNote: (entry, amended) => `점선: 한미 FTA는 ${entry}에 발효되었고, 개정 협정은 ${amended}에 발효되었습니다.`,
    announce: (year, exports, imports, word, balance) => `${year}년: 수출 ${exports}, 수입 ${imports}, ${word} ${balance}`,
    announcePart: (year, name, value) => `${year}년 ${name}: ${value}`,
  },
};
