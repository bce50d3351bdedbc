import { relativeChange } from '../../data/derive.js';
import type { Formatter } from '../../format/format.js';
import type { Locale } from '../../format/locale.js';
import { TRADE_MESSAGES } from '../trade-messages.js';
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
  /** Unit line for constant dollars (it names CPI-U); nominal dollars use the goods-balance unit line. */
  realUnit: (priceYear: number) => string;
  hint: string;
  year: (year: number) => string;
  table: [first: string, change: string, pct: string];
  expected: Expected;
  row: (metric: Metric, a: number, b: number, f: Formatter, money?: (musd: number) => string) => RowWords;
  /** One sentence over every row; years go with the first clause. */
  summary: (rows: readonly Row[], a: number, b: number, f: Formatter) => string;
  announce: (w: RowWords, ya: string, va: string, yb: string, vb: string) => string;
}

/**
 * What every sentence about one change needs, whatever the language. Sizes are magnitudes, so a
 * deficit that grows goes up (`up` 1) whatever its sign; `flip` is a balance crossing zero;
 * `times` is 3 or 2 for "more than tripled/doubled", from the ratio; `pct` is the signed percent
 * change of the magnitude; `amt` the size of the change.
 */
export function change(a: number, b: number, f: Formatter, money = f.money) {
  const [x, y] = [Math.abs(a), Math.abs(b)];
  const r = relativeChange(x, y);
  const k = x ? y / x : 0;
  return {
    flip: a < 0 !== b < 0,
    up: f.money(x) === f.money(y) ? 0 : y > x ? 1 : -1,
    times: k >= 3 ? 3 : k >= 2 ? 2 : 0,
    pct: r === undefined ? '' : f.percent(r),
    amt: money(Math.abs(y - x)),
  };
}
const unsigned = (s: string) => s.replace(/^[+\u2212]/, '');

const gb = TRADE_MESSAGES;
const enWord = (v: number) => (v < 0 ? 'deficit' : 'surplus');
const enVerb = (balance: boolean, up: number) => (balance ? (up > 0 ? 'grew' : 'narrowed') : up > 0 ? 'rose' : 'fell');
const koWord = (v: number) => (v < 0 ? gb.ko.deficit : gb.ko.surplus);

export const BEFORE_AFTER_MESSAGES: Record<Locale, BeforeAfterMessages> = {
  en: {
    title: (a, b) => `U.S. goods trade with South Korea, ${a} and ${b}`,
    realUnit: (p) => `Billions of ${p} U.S. dollars (adjusted for inflation with CPI-U).`,
    hint: 'Use the arrow keys to move between rows.',
    year: String,
    table: ['Trade', 'Change', 'Change %'],
    expected: { metrics: 'one or more of exports, imports, balance', dollars: 'nominal or real' },
    row(metric, a, b, f, money) {
      const c = change(a, b, f, money);
      const bal = metric === 'balance';
      if (bal && c.flip) return { name: gb.en.names.balance, change: `went from ${enWord(a)} to ${enWord(b)} (${f.moneyChange(b - a)})` };
      return {
        name: bal ? (b < 0 ? gb.en.deficit : gb.en.surplus) : gb.en.names[metric],
        change: c.up ? `${enVerb(bal, c.up)} ${c.amt}${c.pct && ` (${c.pct})`}` : 'unchanged',
      };
    },
    summary(rows, ya, yb, f) {
      const clauses = rows.map(({ metric, beforeMusd: a, afterMusd: b }, i) => {
        const A = `${f.money(Math.abs(a))}${i ? '' : ` (${ya})`}`;
        const B = `${f.money(Math.abs(b))}${i ? '' : ` (${yb})`}`;
        const c = change(a, b, f);
        const bal = metric === 'balance';
        const phrase = !c.up ? 'changed little' : c.times ? `more than ${c.times > 2 ? 'tripled' : 'doubled'}` : `${enVerb(bal, c.up)} ${unsigned(c.pct)}`;
        if (!bal) return `${metric} ${phrase} from ${A} to ${B}`;
        return c.flip ? `the goods balance went from a ${enWord(a)} of ${A} to a ${enWord(b)} of ${B}` : `the goods ${enWord(b)} ${phrase}, from ${A} to ${B}`;
      });
      const bal = rows.at(-1)?.metric === 'balance' ? clauses.pop() : '';
      const s = [clauses.join(' and '), bal].filter(Boolean).join(', while ');
      return `${s[0].toUpperCase()}${s.slice(1)}.`;
    },
    announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}, from ${va} in ${ya} to ${vb} in ${yb}`,
  },
  ko: {
    title: (a, b) => `미국의 대한국 상품 교역, ${a}과 ${b}`,
    realUnit: (p) => `단위: 억 달러(${p}년 불변 달러, CPI-U로 물가 조정)`,
    hint: '화살표 키로 항목 사이를 이동할 수 있습니다.',
    year: (y) => `${y}년`,
    table: ['구분', '변화', '변화율'],
    expected: { metrics: 'exports, imports, balance 중 하나', dollars: 'nominal, real 중 하나' },
    row(metric, a, b, f, money) {
      const c = change(a, b, f, money);
      const bal = metric === 'balance';
      if (bal && c.flip) return { name: gb.ko.names.balance, change: `${koWord(a)}에서 ${koWord(b)}로 전환(${f.moneyChange(b - a)})` };
      const verb = bal ? (c.up > 0 ? '확대' : '축소') : c.up > 0 ? '증가' : '감소';
      return { name: bal ? koWord(b) : gb.ko.names[metric], change: c.up ? `${c.amt} ${verb}${c.pct && `(${c.pct})`}` : '변화 없음' };
    },
    summary(rows, ya, yb, f) {
      const parts = rows.map(({ metric, beforeMusd: a, afterMusd: b }, i) => {
        const A = `${i ? '' : `${ya}년 `}${f.money(Math.abs(a))}`;
        const B = `${i ? '' : `${yb}년 `}${f.money(Math.abs(b))}`;
        const c = change(a, b, f);
        const phrase = !c.up ? '거의 변하지 않았' : c.times ? `${c.times > 2 ? '세' : '두'} 배 넘게 늘었` : `${unsigned(c.pct)} ${c.up > 0 ? '늘었' : '줄었'}`;
        const body =
          metric !== 'balance'
            ? `${metric === 'exports' ? '수출은' : '수입은'} ${A}에서 ${B}로 ${phrase}`
            : c.flip
              ? `상품 무역수지는 ${A} ${koWord(a)}에서 ${B} ${koWord(b)}로 돌아섰`
              : `상품 무역${koWord(b)}는 ${A}에서 ${B}로 ${phrase}`;
        // Clauses chain as "미국의 대한국 …줄었고, …늘었으며, …늘었습니다."
        return (i ? '' : '미국의 대한국 ') + body + (i === rows.length - 1 ? '습니다.' : i ? '으며, ' : '고, ');
      });
      return parts.join('');
    },
    announce: (w, ya, va, yb, vb) => `${w.name} ${w.change}: ${ya} ${va}, ${yb} ${vb}`,
  },
};
