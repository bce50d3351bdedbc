import { relativeChange } from '../../data/derive.js';
import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { GOODS_BALANCE_MESSAGES } from '../goods-balance/messages.js';
import type { Comparison, Expected } from './derive.js';
import type { Metric } from './layout.js';

type Row = Comparison['rows'][number];

/** A row heading: the bold name, then the change ("Exports" + "fell $1.2B (−2.8%)"). */
export interface RowWords {
  name: string;
  change: string;
}

export interface BeforeAfterMessages {
  title: (a: string, b: string) => string;
  /** Unit line for constant dollars; nominal dollars use the goods-balance unit line. */
  realUnit: (priceYear: number) => string;
  realNote: string;
  hint: string;
  year: (year: number) => string;
  table: { first: string; change: string; pct: string };
  expected: Expected;
  row: (metric: Metric, a: number, b: number, f: Formatter, money?: (musd: number) => string) => RowWords;
  /** One sentence over every row; years go with the first clause. */
  summary: (rows: readonly Row[], a: number, b: number, f: Formatter) => string;
  announce: (w: RowWords, ya: string, va: string, yb: string, vb: string) => string;
}

const flips = (a: number, b: number) => a < 0 !== b < 0;
/** Change of the magnitude: a deficit that grows goes "up" whatever its sign. */
const dir = (a: number, b: number, f: Formatter) =>
  f.money(Math.abs(a)) === f.money(Math.abs(b)) ? 0 : Math.abs(b) > Math.abs(a) ? 1 : -1;
const pct = (a: number, b: number, f: Formatter) => {
  const r = relativeChange(Math.abs(a), Math.abs(b));
  return r === undefined ? '' : f.percent(r);
};
const unsigned = (s: string) => s.replace(/^[+\u2212]/, '');
/** How many times the magnitude grew: 2 for "more than doubled", 3 for "more than tripled", else 0. */
const times = (a: number, b: number) => {
  const k = a === 0 ? 0 : Math.abs(b) / Math.abs(a);
  return k >= 3 ? 3 : k >= 2 ? 2 : 0;
};

const gb = GOODS_BALANCE_MESSAGES;

export const BEFORE_AFTER_MESSAGES: Record<Locale, BeforeAfterMessages> = {
  en: {
    title: (a, b) => `U.S. goods trade with South Korea, ${a} and ${b}`,
    realUnit: (p) => `Billions of ${p} U.S. dollars (adjusted for inflation with CPI-U).`,
    realNote: 'Constant dollars: each value × CPI-U of the price year ÷ CPI-U of its own year (BLS annual averages).',
    hint: 'Use the arrow keys to move between rows.',
    year: String,
    table: { first: 'Trade', change: 'Change', pct: 'Change %' },
    expected: { metrics: 'one or more of exports, imports, balance', dollars: 'nominal or real' },
    row(metric, a, b, f, money = f.money) {
      const m = gb.en;
      const word = (v: number) => (v < 0 ? 'deficit' : 'surplus');
      if (metric === 'balance' && flips(a, b)) {
        return { name: m.names.balance, change: `went from ${word(a)} to ${word(b)} (${f.moneyChange(b - a)})` };
      }
      const name = metric === 'balance' ? (b < 0 ? m.deficit : m.surplus) : m.names[metric];
      const d = dir(a, b, f);
      if (!d) return { name, change: 'unchanged' };
      const verb = metric === 'balance' ? (d > 0 ? 'grew' : 'narrowed') : d > 0 ? 'rose' : 'fell';
      const p = pct(a, b, f);
      return { name, change: `${verb} ${money(Math.abs(Math.abs(b) - Math.abs(a)))}${p && ` (${p})`}` };
    },
    summary(rows, ya, yb, f) {
      const clauses = rows.map((r, i) => {
        const [a, b] = [r.beforeMusd, r.afterMusd];
        const A = `${f.money(Math.abs(a))}${i ? '' : ` (${ya})`}`;
        const B = `${f.money(Math.abs(b))}${i ? '' : ` (${yb})`}`;
        const word = (v: number) => (v < 0 ? 'deficit' : 'surplus');
        const d = dir(a, b, f);
        const k = times(a, b);
        const balance = r.metric === 'balance';
        const phrase = !d
          ? 'changed little'
          : k
            ? `more than ${k === 3 ? 'tripled' : 'doubled'}`
            : `${d > 0 ? (balance ? 'grew' : 'rose') : balance ? 'narrowed' : 'fell'} ${unsigned(pct(a, b, f))}`;
        if (!balance) return `${r.metric} ${phrase} from ${A} to ${B}`;
        return flips(a, b)
          ? `the goods balance went from a ${word(a)} of ${A} to a ${word(b)} of ${B}`
          : `the goods ${word(b)} ${phrase}, from ${A} to ${B}`;
      });
      const bal = rows.at(-1)?.metric === 'balance' ? clauses.pop() : undefined;
      const flows = clauses.join(' and ');
      const s = flows && bal ? `${flows}, while ${bal}` : flows || bal || '';
      return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
    },
    announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}, from ${va} in ${ya} to ${vb} in ${yb}`,
  },
  ko: {
    title: (a, b) => `미국의 대한국 상품 교역, ${a}과 ${b}`,
    realUnit: (p) => `단위: 억 달러(${p}년 불변 달러, CPI-U로 물가 조정)`,
    realNote: '불변 달러: 각 값 × 기준 연도 CPI-U ÷ 해당 연도 CPI-U(미국 노동통계국 연평균).',
    hint: '화살표 키로 항목 사이를 이동할 수 있습니다.',
    year: (y) => `${y}년`,
    table: { first: '구분', change: '변화', pct: '변화율' },
    expected: { metrics: 'exports, imports, balance 중 하나', dollars: 'nominal, real 중 하나' },
    row(metric, a, b, f, money = f.money) {
      const m = gb.ko;
      const word = (v: number) => (v < 0 ? m.deficit : m.surplus);
      if (metric === 'balance' && flips(a, b)) {
        return { name: m.names.balance, change: `${word(a)}에서 ${word(b)}로 전환(${f.moneyChange(b - a)})` };
      }
      const name = metric === 'balance' ? word(b) : m.names[metric];
      const d = dir(a, b, f);
      if (!d) return { name, change: '변화 없음' };
      const verb = metric === 'balance' ? (d > 0 ? '확대' : '축소') : d > 0 ? '증가' : '감소';
      const p = pct(a, b, f);
      return { name, change: `${money(Math.abs(Math.abs(b) - Math.abs(a)))} ${verb}${p && `(${p})`}` };
    },
    summary(rows, ya, yb, f) {
      const m = gb.ko;
      const word = (v: number) => (v < 0 ? m.deficit : m.surplus);
      const parts = rows.map((r, i) => {
        const [a, b] = [r.beforeMusd, r.afterMusd];
        const A = `${i ? '' : `${ya}년 `}${f.money(Math.abs(a))}`;
        const B = `${i ? '' : `${yb}년 `}${f.money(Math.abs(b))}`;
        const lead = i ? '' : '미국의 대한국 ';
        const d = dir(a, b, f);
        const k = times(a, b);
        const phrase = !d ? '거의 변하지 않았' : k ? `${k === 3 ? '세' : '두'} 배 넘게 늘었` : `${unsigned(pct(a, b, f))} ${d > 0 ? '늘었' : '줄었'}`;
        if (r.metric !== 'balance') return `${lead}${r.metric === 'exports' ? '수출은' : '수입은'} ${A}에서 ${B}로 ${phrase}`;
        return flips(a, b)
          ? `${lead}상품 무역수지는 ${A} ${word(a)}에서 ${B} ${word(b)}로 돌아섰`
          : `${lead}상품 무역${word(b)}는 ${A}에서 ${B}로 ${phrase}`;
      });
      // Clauses chain as "…줄었고, …늘었으며, …늘었습니다."
      return parts.map((p, i) => p + (i === parts.length - 1 ? '습니다.' : i ? '으며, ' : '고, ')).join('');
    },
    announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}: ${ya} ${va}, ${yb} ${vb}`,
  },
};
