import { describe, expect, it } from 'vitest';
import { derivePromise, type PromiseOptions } from '../../../src/charts/export-promise/derive.js';
import { EXPORT_PROMISE_MESSAGES } from '../../../src/charts/export-promise/messages.js';
import { describeExportPromise } from '../../../src/charts/export-promise/text.js';
import { GOODS_BALANCE_MESSAGES } from '../../../src/charts/goods-balance/messages.js';
import { censusSeries } from '../../../src/data/embedded.js';
import type { TradeYear } from '../../../src/data/types.js';
import { formatterFor } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';
import { FRAME_MESSAGES } from '../../../src/format/messages.js';

const MINUS = '\u2212';

const text = (
  over: Partial<PromiseOptions> = {},
  locale: Locale = 'en',
  years: readonly TradeYear[] = censusSeries().years,
) => {
  const o = { baseline: 2011, promiseMusd: 11000, bandMusd: [9700, 10900] as const, ...over };
  return describeExportPromise(
    derivePromise(years, o),
    o.priceYear,
    EXPORT_PROMISE_MESSAGES[locale],
    GOODS_BALANCE_MESSAGES[locale],
    FRAME_MESSAGES[locale],
    formatterFor(locale),
  );
};
const row = (t: ReturnType<typeof text>, year: number) => t.table.rows.find((r) => r.key === String(year))!.cells;

describe('describeExportPromise', () => {
  it('titles the default chart from the baseline to the latest year', () => {
    expect(text().title).toBe('U.S. goods exports to South Korea and the KORUS promise, 2011–2025');
  });

  it('summarises, in nominal dollars, the first year at the target (2018) and the largest shortfall', () => {
    const t = text();
    expect(t.summary).toBe(
      'Exports first reached the $54.5B line (2011 exports plus up to $11.0B) in 2018 but were below it in 2020; the largest shortfall was $12.9B, in 2013.',
    );
    expect(t.subtitle).toBe(`${t.summary} Billions of U.S. dollars, not adjusted for inflation.`);
  });

  it('names 2021 as the first year at the target in constant 2011 dollars, and says so in the subtitle', () => {
    const t = text({ priceYear: 2011 });
    expect(t.summary).toBe(
      'Exports first reached the $54.5B line (2011 exports plus up to $11.0B) in 2021 but were below it in 2023, 2024, 2025; the largest shortfall was $14.9B, in 2016.',
    );
    expect(t.subtitle).toContain('Billions of 2011 U.S. dollars, adjusted for inflation.');
    expect(t.table.caption).toContain('Billions of 2011 U.S. dollars');
  });

  it('says how close exports came when they never reached the target', () => {
    expect(text({ to: 2017 }).summary).toBe(
      'Exports did not reach the $54.5B line (2011 exports plus up to $11.0B) from 2012 to 2017; the smallest shortfall was $6.1B, in 2017.',
    );
  });

  it('omits the shortfall when exports never fell short after the baseline', () => {
    expect(text({ baseline: 2020, promiseMusd: 0 }).summary).toBe(
      'Exports first reached the $51.0B line (2020 exports plus $0.0B) in 2021.',
    );
  });

  it('writes the findings in natural Korean with 억 달러 amounts', () => {
    const t = text({}, 'ko');
    expect(t.title).toBe('미국의 대한국 상품 수출과 한미 FTA 약속, 2011~2025년');
    expect(t.summary).toBe(
      '수출은 2018년에 처음으로 기준선 545억 달러(2011년 수출액 + 최대 110억 달러)에 이르렀으나 2020년에는 다시 밑돌았으며, 부족분이 가장 컸던 해는 2013년(129억 달러 부족)이었습니다.',
    );
    expect(text({ priceYear: 2011 }, 'ko').summary).toMatch(/^수출은 2021년에 처음으로 기준선 545억 달러/);
    expect(text({ priceYear: 2011 }, 'ko').subtitle).toContain('단위: 억 달러(2011년 달러 기준 실질 금액, 물가 반영)');
    expect(text({ to: 2017 }, 'ko').summary).toBe(
      '수출은 2012~2017년 중 기준선 545억 달러(2011년 수출액 + 최대 110억 달러)에 이르지 못했으며, 가장 근접한 해는 2017년(61억 달러 부족)이었습니다.',
    );
  });

  it('builds the table: Year, Exports, Target, Gap with signed gaps in $ billions', () => {
    const t = text();
    expect(t.table.columns).toEqual(['Year', 'Exports', 'Line', 'Gap']);
    expect(t.table.rows.map((r) => r.key)).toEqual(Array.from({ length: 15 }, (_, i) => String(2011 + i)));
    expect(row(t, 2011)).toEqual(['2011', '43.5', '54.5', `${MINUS}11.0`]);
    expect(row(t, 2016)).toEqual(['2016', '42.3', '54.5', `${MINUS}12.2`]);
    expect(row(t, 2018)).toEqual(['2018', '56.3', '54.5', '+1.8']);
  });

  it('shows constant 2011 dollars in the table when asked: 2018 is 50.4, 4.1 short', () => {
    const t = text({ priceYear: 2011 });
    expect(row(t, 2011)).toEqual(['2011', '43.5', '54.5', `${MINUS}11.0`]);
    expect(row(t, 2018)).toEqual(['2018', '50.4', '54.5', `${MINUS}4.1`]);
    expect(row(t, 2021)[3]).toBe('+0.1'); // 54.6 − 54.5, as shown (issue 18 point 17)
  });

  it('uses 억 달러 units and signs in the Korean table', () => {
    const t = text({}, 'ko');
    expect(t.table.columns).toEqual(['연도', '미국 수출', '기준선', '차이']);
    expect(row(t, 2016)).toEqual(['2016', '423', '545', `${MINUS}122`]);
    expect(row(t, 2018)).toEqual(['2018', '563', '545', '+18']);
  });

  it('writes a zero gap without a sign', () => {
    const years = [
      { year: 2010, exportsMusd: 1000, importsMusd: 0, balanceMusd: 1000 },
      { year: 2011, exportsMusd: 2000, importsMusd: 0, balanceMusd: 2000 },
    ];
    expect(row(text({ baseline: 2010, promiseMusd: 1000 }, 'en', years), 2011)[3]).toBe('0.0');
  });

  it('cites the President, the USITC estimate and the milestones in the notes, with the caveat', () => {
    const notes = text().notes.join(' ');
    expect(notes).toContain('On December 4, 2010, President Obama said');
    expect(notes).toContain(
      '$9.7B–$10.9B a year, the increase estimated by the U.S. International Trade Commission on September 20, 2007 (Publication 3949)',
    );
    expect(notes).toContain('effects against no agreement');
    expect(notes).toContain('March 15, 2012');
    expect(notes).toContain('January 1, 2019');
    const ko = text({}, 'ko').notes.join(' ');
    expect(ko).toContain('2010년 12월 4일');
    expect(ko).toContain('97억\u2060~\u2060109억 달러');
  });
});
