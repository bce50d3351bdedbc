// The export-promise chart's words against its figures (issue 18): labels, notes and the summary
// say only what the data and data/ say, in English and Korean.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivePromise, type PromiseOptions } from '../../../src/charts/export-promise/derive.js';
import { EXPORT_PROMISE_MESSAGES } from '../../../src/charts/export-promise/messages.js';
import { describeExportPromise, seriesNames } from '../../../src/charts/export-promise/text.js';
import { TRADE_MESSAGES } from '../../../src/charts/trade-messages.js';
import { censusSeries, fact } from '../../../src/data/embedded.js';
import { formatterFor } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';
import { FRAME_MESSAGES } from '../../../src/format/messages.js';

const MINUS = '\u2212';
const PROMISE = fact('obama2010_exports_promise');
const BAND = [
  fact('usitc2007_us_exports_gain_low').value! * 1000,
  fact('usitc2007_us_exports_gain_high').value! * 1000,
];

const chart = (over: Partial<PromiseOptions> = {}, locale: Locale = 'en') => {
  const o = { baseline: 2011, promiseMusd: PROMISE.value! * 1000, bandMusd: BAND as [number, number], ...over };
  const d = derivePromise(censusSeries().years, o);
  const m = EXPORT_PROMISE_MESSAGES[locale];
  const f = formatterFor(locale);
  return {
    ...describeExportPromise(d, o.priceYear, m, TRADE_MESSAGES[locale], FRAME_MESSAGES[locale], f),
    names: seriesNames(d, m, f),
  };
};

describe('export-promise labels', () => {
  it('labels the band as the USITC’s estimated increase, drawn on the baseline (point 3)', () => {
    expect(chart().names.band).toBe('USITC estimate: +$9.7B to +$10.9B on 2011');
    expect(chart({}, 'ko').names.band).toBe('USITC 추정 증가분: 2011년 + 97억\u2060~\u2060109억 달러');
  });

  it('labels the President’s line as the ceiling it is, not a target (point 6)', () => {
    expect(chart().names.target).toBe('Up to $11.0B on 2011');
    expect(chart({}, 'ko').names.target).toBe('2011년 + 최대 110억 달러');
    for (const l of ['en', 'ko'] as const) {
      const t = chart({}, l);
      expect(t.table.columns[2]).toBe(l === 'en' ? 'Line' : '기준선');
      expect(JSON.stringify([t.summary, t.notes, t.table, Object.values(t.names)])).not.toMatch(/Target|target|목표치/);
    }
  });

  it('labels a gain other than the President’s as the reader’s own yardstick, and never attributes it (point 5)', () => {
    const en = chart({ baseline: 2012, promiseMusd: 5000 });
    expect(en.names.target).toBe('+$5.0B on 2012 (chosen yardstick)');
    expect(en.summary).toContain('(2012 exports plus $5.0B)');
    const ko = chart({ baseline: 2012, promiseMusd: 5000 }, 'ko');
    expect(ko.names.target).toBe('2012년 + 50억 달러(사용자 지정)');
    expect(ko.summary).toContain('(2012년 수출액 + 50억 달러)');
    for (const t of [en, ko]) {
      expect(`${t.summary} ${t.names.target}`).not.toMatch(/up to|Up to|최대|KORUS promise/);
      // The President's words stay his: no note puts the chosen $5.0B in his mouth.
      for (const n of t.notes) if (/Obama|오바마/.test(n)) expect(n).not.toMatch(/\$5\.0B|50억/);
    }
  });

  it('writes label amounts with the label formatter, never an axis tick (point 12)', () => {
    expect(chart({ baseline: 2012, promiseMusd: 5000 }).names.band).toBe('USITC estimate: +$9.7B to +$10.9B on 2012');
    for (const over of [
      {},
      { baseline: 2012, promiseMusd: 5000 },
      { priceYear: 2024 },
      { baseline: 2016, promiseMusd: 9000 },
    ]) {
      const { target, band } = chart(over).names;
      for (const amount of `${target} ${band}`.match(/\$[\d.]+B/g)!) expect(amount).toMatch(/^\$\d+\.\dB$/);
    }
  });
});

describe('export-promise notes', () => {
  it('quotes the President exactly, with the figure he said from data/ and his source (point 6)', () => {
    const words = `“expected to boost annual exports of American goods by up to $${PROMISE.value} billion”`;
    const en = chart().notes.join(' ');
    expect(en).toContain(`On December 4, 2010, President Obama said the tariff cuts were ${words}`);
    expect(en).toContain('(Public Papers of the Presidents)');
    expect(en).not.toContain('$11.0 billion');
    expect(chart({}, 'ko').notes.join(' ')).toContain(
      `오바마 대통령은 2010년 12월 4일 관세 인하로 “미국 상품의 연간 수출이 최대 ${PROMISE.value! * 10}억 달러 늘어날 것으로 예상된다”\u2060고 말했습니다.`,
    );
  });

  it('says when amounts were rescaled: from what, in which year’s dollars, with which index (point 4)', () => {
    expect(chart({ priceYear: 2024 }).notes).toContain(
      'Rescaled with CPI-U: $11.0B and $9.7B–$10.9B in 2011 dollars are $15.3B and $13.5B–$15.2B in 2024 dollars.',
    );
    expect(chart({ priceYear: 2024 }).names.band).toBe('USITC estimate: +$13.5B to +$15.2B on 2011');
    expect(chart({ priceYear: 2024 }, 'ko').notes).toContain(
      '2024년 불변 달러 환산: 110억 달러와 97억\u2060~\u2060109억 달러를 2011년 달러로 보고 CPI-U로 환산해 153억 달러와 135억\u2060~\u2060152억 달러로 그렸습니다.',
    );
    // Nothing was rescaled in nominal dollars, nor in constant dollars of the baseline year itself.
    for (const l of ['en', 'ko'] as const)
      for (const over of [{}, { priceYear: 2011 }])
        expect(chart(over, l).notes.join(' ')).not.toMatch(/Rescaled|환산:/);
  });

  it('gives Korean readers Korean titles with the originals in parentheses, and judges nothing (point 18)', () => {
    const ko = chart({}, 'ko').notes.join(' ');
    expect(ko).toContain('미국 대통령 공문서집(Public Papers of the Presidents)');
    expect(ko).toContain('보고서 제3949호(Publication 3949)');
    expect(ko.replace(/\([^()]*\)/g, '')).not.toMatch(/[A-Za-z]{4,}/);
    expect(ko).not.toContain('단순한 잣대');
    expect(chart().notes.join(' ')).not.toMatch(/simple|yardstick/);
  });
});

describe('export-promise summary', () => {
  it('in real dollars, names the first year at the line and the years since below it (point 7)', () => {
    const t = chart({ priceYear: 2011 });
    expect(t.summary).toContain(
      'first reached the $54.5B line (2011 exports plus up to $11.0B) in 2021 but were below it in 2023, 2024, 2025;',
    );
    expect(chart({ priceYear: 2011 }, 'ko').summary).toContain(
      '2021년에 처음으로 기준선 545억 달러(2011년 수출액 + 최대 110억 달러)에 이르렀으나 2023년, 2024년, 2025년에는 다시 밑돌았으며',
    );
    const gaps = Object.fromEntries(t.table.rows.map((r) => [r.key, r.cells[3]]));
    expect([gaps['2021'], gaps['2022']].every((g) => !g.startsWith(MINUS))).toBe(true);
    expect([gaps['2023'], gaps['2024'], gaps['2025']].every((g) => g.startsWith(MINUS))).toBe(true);
  });
});

/** What the table shows, per year: exports, line and gap in the table's unit (tenths of a billion). */
function shown(t: ReturnType<typeof chart>) {
  const num = (s: string) => Number(s.replace(MINUS, '-').replace(/,/g, ''));
  return new Map(t.table.rows.map((r) => [Number(r.key), { line: num(r.cells[2]), gap: num(r.cells[3]) }]));
}

describe('export-promise words follow the figures as shown (property)', () => {
  // Every baseline 2008–2016, promises of $1–20 billion, both languages, nominal and real dollars.
  const cases = fc.record({
    baseline: fc.integer({ min: 2008, max: 2016 }),
    promise: fc.integer({ min: 1, max: 20 }),
    locale: fc.constantFrom<Locale>('en', 'ko'),
    price: fc.constantFrom<'nominal' | 'baseline' | 2024>('nominal', 'baseline', 2024),
  });

  it('claims only what the table shows, with the table’s own figures (fast-check)', () => {
    fc.assert(fc.property(cases, check), { numRuns: 1500 });
  });

  it('claims only what the table shows, for every case (exhaustive)', () => {
    for (let baseline = 2008; baseline <= 2016; baseline++)
      for (let promise = 1; promise <= 20; promise++)
        for (const locale of ['en', 'ko'] as const)
          for (const price of ['nominal', 'baseline', 2024] as const) check({ baseline, promise, locale, price });
  });
});

type Case = { baseline: number; promise: number; locale: Locale; price: 'nominal' | 'baseline' | 2024 };

/** One case: every claim of the summary (and the rescaling note) against the table as shown. */
function check({ baseline, promise, locale, price }: Case) {
  const priceYear = price === 'nominal' ? undefined : price === 'baseline' ? baseline : price;
  const t = chart({ baseline, promiseMusd: promise * 1000, priceYear }, locale);
  const rows = shown(t);
  const after = [...rows.keys()].filter((y) => y > baseline);
  const below = (y: number) => rows.get(y)!.gap < 0;
  // In table units: $54.5B is 54.5 in English, 545억 달러 is 545 in Korean.
  const en = locale === 'en';
  const amount = en ? /\$([\d.]+)B/g : /([\d,]+)억 달러/g;
  const value = (s: string) => Number(s.replace(/,/g, ''));
  const s = t.summary;

  // Every amount in the sentence is a figure of the table: the line, or a gap's size.
  const figures = new Set([...rows.values()].flatMap((r) => [r.line, Math.abs(r.gap)]));
  for (const [, a] of s.matchAll(amount)) expect(figures, `${a} in "${s}"`).toContain(value(a));
  const line = value((en ? /the \$([\d.]+)B line/ : /기준선 ([\d,]+)억 달러/).exec(s)![1]);
  expect(line).toBe(rows.get(after[0])!.line);
  const gain = value(
    (en ? /exports plus (?:up to )?\$([\d.]+)B\)/ : /수출액 \+ (?:최대 )?([\d,]+)억 달러\)/).exec(s)![1],
  );
  expect(gain).toBe(-rows.get(baseline)!.gap);

  const reached = (en ? /first reached .*? in (\d{4})/ : /(\d{4})년에 처음으로/).exec(s);
  const never = en ? /did not reach/.test(s) : /이르지 못했/.test(s);
  expect(!!reached).toBe(!never);
  if (reached) {
    const year = Number(reached[1]);
    expect(below(year)).toBe(false);
    for (const y of after) if (y < year) expect(below(y)).toBe(true);
    const list = (en ? /but were below it in ([\d, ]+)[;.]/ : /이르렀으나 (.*)에는 다시 밑돌았/).exec(s);
    const again = list ? [...list[1].matchAll(/\d{4}/g)].map((m) => Number(m[0])) : [];
    expect(again).toEqual(after.filter((y) => y > year && below(y)));
    const largest = (
      en ? /largest shortfall was \$([\d.]+)B, in (\d{4})/ : /가장 컸던 해는 (\d{4})년\(([\d,]+)억 달러 부족\)/
    ).exec(s);
    const lows = after.filter(below);
    expect(!!largest).toBe(lows.length > 0);
    if (largest) {
      const [musd, y] = en ? [largest[1], largest[2]] : [largest[2], largest[1]];
      expect(rows.get(Number(y))!.gap).toBe(-value(musd));
      expect(Math.min(...after.map((a) => rows.get(a)!.gap))).toBe(-value(musd));
    }
  } else {
    for (const y of after) expect(below(y)).toBe(true);
    const closest = (
      en ? /smallest shortfall was \$([\d.]+)B, in (\d{4})/ : /가장 근접한 해는 (\d{4})년\(([\d,]+)억 달러 부족\)/
    ).exec(s)!;
    const [musd, y] = en ? [closest[1], closest[2]] : [closest[2], closest[1]];
    expect(rows.get(Number(y))!.gap).toBe(-value(musd));
    expect(Math.max(...after.map((a) => rows.get(a)!.gap))).toBe(-value(musd));
  }

  // The rescaling note's drawn gain is the table's: the baseline year's gap to the line.
  const rescaled = t.notes.find((n) => /^Rescaled|환산:/.test(n));
  expect(!!rescaled).toBe(priceYear !== undefined && priceYear !== baseline);
  if (rescaled) {
    const drawn = en ? / are \$([\d.]+)B/.exec(rescaled)! : /환산해 ([\d,]+)억 달러/.exec(rescaled)!;
    expect(value(drawn[1])).toBe(gain);
  }
}
