import { describe, expect, it } from 'vitest';
import {
  compareYears,
  DEFAULT_AFTER,
  DEFAULT_BEFORE,
  type BeforeAfterOptions,
} from '../../../src/charts/before-after/derive.js';
import { BEFORE_AFTER_MESSAGES } from '../../../src/charts/before-after/messages.js';
import { describeBeforeAfter } from '../../../src/charts/before-after/text.js';
import { censusSeries, cpiFor, fact } from '../../../src/data/embedded.js';
import { DataError } from '../../../src/data/errors.js';
import type { TradeYear } from '../../../src/data/types.js';
import { formatterFor } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';
import { DATA_ERROR_MESSAGES } from '../../../src/format/data-errors.js';
import { errorText } from '../../../src/format/messages.js';

const MINUS = '\u2212';
const census = censusSeries();
const compare = (o: BeforeAfterOptions = {}, locale: Locale = 'en', years: readonly TradeYear[] = census.years) =>
  compareYears(years, o, BEFORE_AFTER_MESSAGES[locale].expected);
const text = (o: BeforeAfterOptions = {}, locale: Locale = 'en', years: readonly TradeYear[] = census.years) =>
  describeBeforeAfter(compare(o, locale, years), census.source, locale, formatterFor(locale));
const rows = (t: ReturnType<typeof text>) => Object.fromEntries(t.table.rows.map((r) => [r.key, r.cells]));
/** The DataError a call throws, with its message as the frame shows it. */
function refused(o: BeforeAfterOptions, years: readonly TradeYear[] = census.years, locale: Locale = 'en') {
  try {
    compare(o, locale, years);
  } catch (e) {
    if (!(e instanceof DataError)) throw e;
    return { code: e.code, params: e.params, message: errorText(locale, e, DATA_ERROR_MESSAGES) };
  }
  throw new Error('expected a DataError');
}
const synthetic = (pairs: [number, number, number][]): TradeYear[] =>
  pairs.map(([year, exportsMusd, importsMusd]) => ({
    year,
    exportsMusd,
    importsMusd,
    balanceMusd: exportsMusd - importsMusd,
  }));

describe('before-after defaults', () => {
  it('compare 2011, the last year before KORUS, with 2016, the year USTR set against it', () => {
    expect(DEFAULT_BEFORE).toBe(2011);
    expect(DEFAULT_AFTER).toBe(2016);
    // The Census figures for those years round to what USTR said on 2017-07-12.
    const y = (year: number) => census.years.find((d) => d.year === year)!;
    expect(-Math.round(y(DEFAULT_BEFORE).balanceMusd / 100) / 10).toBe(fact('ustr2017_goods_deficit_2011').value);
    expect(-Math.round(y(DEFAULT_AFTER).balanceMusd / 100) / 10).toBe(fact('ustr2017_goods_deficit_2016').value);
    expect(compare()).toMatchObject({ before: 2011, after: 2016, priceYear: undefined });
  });
});

describe('describeBeforeAfter', () => {
  it('sums up the default comparison in one sentence with every figure from the data', () => {
    const t = text();
    expect(t.title).toBe('U.S. goods trade with South Korea, 2011 and 2016');
    expect(t.summary).toBe(
      'Exports fell 2.8% from $43.5B (2011) to $42.3B (2016) and imports rose 23.3% from $56.7B to $69.9B, ' +
        'while the goods deficit more than doubled, from $13.2B to $27.6B.',
    );
    expect(t.subtitle).toBe(`${t.summary} Billions of U.S. dollars, not adjusted for inflation.`);
    expect(t.hint).toBe('Use the arrow keys to move between rows.');
  });

  it('rounds the export change from the Census figures (−2.76%), not from USTR’s “2.7 percent”', () => {
    const {
      rows: [exports],
    } = compare();
    expect((exports.afterMusd - exports.beforeMusd) / exports.beforeMusd).toBeCloseTo(-0.0276, 4);
    expect(text().summary).toContain('fell 2.8%');
    expect(rows(text()).exports[4]).toBe(`${MINUS}2.8%`);
  });

  it('recomputes everything for 2016 to 2024', () => {
    const t = text({ before: 2016, after: 2024 });
    expect(t.title).toBe('U.S. goods trade with South Korea, 2016 and 2024');
    expect(t.summary).toBe(
      'Exports rose 55.6% from $42.3B (2016) to $65.8B (2024) and imports rose 88.1% from $69.9B to $131.5B, ' +
        'while the goods deficit more than doubled, from $27.6B to $65.7B.',
    );
    expect(rows(t).balance).toEqual(['Balance', `${MINUS}27.6`, `${MINUS}65.7`, `${MINUS}38.1`, 'deficit +137.8%']);
  });

  it('says a deficit narrowed when it did, with no negative number in the sentence', () => {
    const t = text({ before: 2015, after: 2018 });
    expect(t.summary).toBe(
      'Exports rose 29.5% from $43.5B (2015) to $56.3B (2018) and imports rose 3.4% from $71.8B to $74.2B, ' +
        'while the goods deficit narrowed 36.7%, from $28.3B to $17.9B.',
    );
    expect(rows(t).balance).toEqual(['Balance', `${MINUS}28.3`, `${MINUS}17.9`, '+10.4', `deficit ${MINUS}36.7%`]);
    expect(t.summary).not.toContain(MINUS);
  });

  it('words a change from surplus to deficit, and leaves the percent out across zero', () => {
    const t = text({ before: 1996, after: 1999, metrics: 'balance' });
    expect(t.summary).toBe('The goods balance went from a surplus of $4.0B (1996) to a deficit of $8.2B (1999).');
    expect(rows(t).balance).toEqual(['Balance', '4.0', `${MINUS}8.2`, `${MINUS}12.2`, '—']);
  });

  it('takes “more than doubled” and “more than tripled” from the ratio, not from fixed text', () => {
    const justUnder = synthetic([
      [2000, 1000, 2000],
      [2001, 1000, 2999],
    ]); // deficit 1.0 -> 1.999: ×1.999
    expect(text({ before: 2000, after: 2001, metrics: 'balance' }, 'en', justUnder).summary).toBe(
      'The goods deficit grew 99.9%, from $1.0B (2000) to $2.0B (2001).',
    );
    const doubled = synthetic([
      [2000, 1000, 2000],
      [2001, 1000, 3000],
    ]);
    expect(text({ before: 2000, after: 2001, metrics: 'balance' }, 'en', doubled).summary).toContain(
      'more than doubled',
    );
    expect(text({ before: 2011, after: 2022, metrics: 'balance' }).summary).toBe(
      'The goods deficit more than tripled, from $13.2B (2011) to $43.3B (2022).',
    );
    expect(text({ before: 2011, after: 2022, metrics: 'balance' }, 'ko').summary).toBe(
      '미국의 대한국 상품 무역적자는 2011년 132억 달러에서 2022년 433억 달러로 세 배 넘게 늘었습니다.',
    );
  });

  it('builds one table row per metric with before, after, change and change %', () => {
    const t = text();
    expect(t.table.columns).toEqual(['Trade', '2011', '2016', 'Change', 'Change %']);
    expect(t.table.rows.map((r) => r.key)).toEqual(['exports', 'imports', 'balance']);
    expect(rows(t)).toEqual({
      exports: ['Exports', '43.5', '42.3', `${MINUS}1.2`, `${MINUS}2.8%`],
      imports: ['Imports', '56.7', '69.9', '+13.2', '+23.3%'],
      balance: ['Balance', `${MINUS}13.2`, `${MINUS}27.6`, `${MINUS}14.4`, 'deficit +109.3%'],
    });
    expect(t.notes.join(' ')).toContain('below zero is a U.S. deficit');
  });

  it('writes natural Korean: 억 달러, years with 년, and chained clauses', () => {
    const t = text({}, 'ko');
    expect(t.title).toBe('미국의 대한국 상품 교역, 2011년과 2016년');
    expect(t.summary).toBe(
      '미국의 대한국 수출은 2011년 435억 달러에서 2016년 423억 달러로 2.8% 줄었고, ' +
        '수입은 567억 달러에서 699억 달러로 23.3% 늘었으며, 상품 무역적자는 132억 달러에서 276억 달러로 두 배 넘게 늘었습니다.',
    );
    expect(t.table.columns).toEqual(['구분', '2011년', '2016년', '변화', '변화율']);
    expect(rows(t).balance).toEqual(['무역수지', `${MINUS}132`, `${MINUS}276`, `${MINUS}144`, '적자 +109.3%']);
    expect(text({ before: 2016, after: 2024 }, 'ko').summary).toBe(
      '미국의 대한국 수출은 2016년 423억 달러에서 2024년 658억 달러로 55.6% 늘었고, ' +
        '수입은 699억 달러에서 1,315억 달러로 88.1% 늘었으며, 상품 무역적자는 276억 달러에서 657억 달러로 두 배 넘게 늘었습니다.',
    );
    expect(text({ before: 2015, after: 2018, metrics: 'balance' }, 'ko').summary).toBe(
      '미국의 대한국 상품 무역적자는 2015년 283억 달러에서 2018년 179억 달러로 36.7% 줄었습니다.',
    );
  });

  it('draws only the metrics asked for, in a fixed order, from spaces or commas', () => {
    expect(compare({ metrics: 'balance, exports' }).rows.map((r) => r.metric)).toEqual(['exports', 'balance']);
    expect(text({ metrics: 'exports imports' }).summary).toBe(
      'Exports fell 2.8% from $43.5B (2011) to $42.3B (2016) and imports rose 23.3% from $56.7B to $69.9B.',
    );
    expect(text({ metrics: 'exports imports' }).notes.join(' ')).not.toContain('deficit');
  });

  it('shows constant dollars of the first year by default, or of price-year', () => {
    const k = cpiFor(2011)! / cpiFor(2016)!;
    const real = compare({ dollars: 'real' });
    expect(real.priceYear).toBe(2011);
    expect(real.rows[0].beforeMusd).toBeCloseTo(43461.6, 6);
    expect(real.rows[0].afterMusd).toBeCloseTo(42262.2 * k, 6);
    const t = text({ dollars: 'real' });
    expect(t.subtitle).toContain('Billions of 2011 U.S. dollars, adjusted for inflation.');
    expect(compare({ dollars: 'real', priceYear: 2024 }).rows[0].afterMusd).toBeCloseTo(
      (42262.2 * cpiFor(2024)!) / cpiFor(2016)!,
      6,
    );
  });
});

describe('compareYears refuses options that do not fit the data', () => {
  it('before not earlier than after: bad-order, naming both attributes and the range', () => {
    const e = refused({ before: 2016, after: 2011 });
    expect(e.code).toBe('bad-order');
    expect(e.params).toMatchObject({ before: 'before', after: 'after', a: 2016, b: 2011, first: 1985, last: 2025 });
    expect(e.message).toBe('“before” (2016) must be earlier than “after” (2011). The data covers 1985–2025.');
    expect(refused({ before: 2016, after: 2016 }).code).toBe('bad-order');
    expect(refused({ after: 2010 }).params).toMatchObject({ a: 2011, b: 2010 });
  });

  it('a year outside the data: year-not-in-data, naming the range', () => {
    const e = refused({ before: 2011, after: 2030 });
    expect(e.code).toBe('year-not-in-data');
    expect(e.params).toEqual({ name: 'after', year: 2030, first: 1985, last: 2025 });
    expect(e.message).toBe('The after year 2030 is not in the data, which covers 1985–2025.');
    expect(refused({ before: 1980 }).params).toMatchObject({ name: 'before', year: 1980 });
    const gap = synthetic([
      [2010, 1, 2],
      [2012, 1, 2],
    ]);
    expect(refused({ before: 2011, after: 2012 }, gap).params).toEqual({
      name: 'before',
      year: 2011,
      first: 2010,
      last: 2012,
    });
    expect(refused({ before: 2011, after: 2030 }, census.years, 'ko').message).toBe(
      'after 연도(2030년)가 데이터에 없습니다. 데이터 범위는 1985~2025년입니다.',
    );
  });

  it('data without the default years compares its own first and last years', () => {
    const own = synthetic([
      [2014, 44649.6, 69676.9],
      [2015, 43484, 71775.3],
    ]);
    expect(compare({}, 'en', own)).toMatchObject({ before: 2014, after: 2015 });
  });

  it('an unknown metric or a bad dollars value: bad-attribute', () => {
    expect(refused({ metrics: 'exports services' }).message).toBe(
      'The attribute “metrics” must be one or more of exports, imports, balance; found “services”.',
    );
    expect(refused({ dollars: 'constant' }).message).toBe(
      'The attribute “dollars” must be nominal or real; found “constant”.',
    );
  });

  it('real dollars for a year without CPI-U: no-cpi', () => {
    const e = refused({ dollars: 'real', priceYear: 1950 });
    expect(e.code).toBe('no-cpi');
    expect(e.params).toMatchObject({ year: 1950 });
    const late = synthetic([
      [2024, 1, 2],
      [2030, 1, 2],
    ]);
    expect(refused({ dollars: 'real', before: 2024, after: 2030 }, late).params).toMatchObject({ year: 2030 });
  });
});
