// Every sentence true of the figures as shown (issue 18): the verbs, "unchanged", the figures in
// the words, the source and CPI credits, in English and Korean.
import { describe, expect, it } from 'vitest';
import { compareYears, type BeforeAfterOptions } from '../../../src/charts/before-after/derive.js';
import { BEFORE_AFTER_MESSAGES } from '../../../src/charts/before-after/messages.js';
import { describeBeforeAfter } from '../../../src/charts/before-after/text.js';
import { GOODS_BALANCE_MESSAGES } from '../../../src/charts/goods-balance/messages.js';
import { describeGoodsBalance } from '../../../src/charts/goods-balance/text.js';
import { REAL_MESSAGES } from '../../../src/charts/real-messages.js';
import { TRADE_MESSAGES } from '../../../src/charts/trade-messages.js';
import { censusSeries, EARLIER } from '../../../src/data/embedded.js';
import { resolveSpan } from '../../../src/data/span.js';
import { formatterFor, shown, shownDirection } from '../../../src/format/format.js';
import type { Locale } from '../../../src/format/locale.js';
import { FRAME_MESSAGES } from '../../../src/format/messages.js';
import { renderCSV } from '../../../src/render/index.js';
import { exportPromise } from '../../../src/charts/export-promise/chart.js';
import { chartContext, describeChart } from '../../../src/pipeline/run.js';
import { estimateTextWidth } from '../../../src/layout/text.js';

const census = censusSeries();
const years = census.years.map((y) => y.year);
const LOCALES: Locale[] = ['en', 'ko'];
const goods = (from: number, to: number, locale: Locale = 'en') =>
  describeGoodsBalance(
    resolveSpan(census.years, from, to, 2005),
    census.source,
    GOODS_BALANCE_MESSAGES[locale],
    FRAME_MESSAGES[locale],
    formatterFor(locale),
  );
const beforeAfter = (o: BeforeAfterOptions, locale: Locale = 'en') =>
  describeBeforeAfter(
    compareYears(census.years, o, BEFORE_AFTER_MESSAGES[locale].expected),
    census.source,
    locale,
    formatterFor(locale),
  );
const yearOf = (y: number) => census.years.find((d) => d.year === y)!;

/** Every amount a sentence writes, in tenths of a billion, unsigned: "$13.2B" / "132억 달러" → 132. */
const amounts = (s: string, locale: Locale): number[] =>
  [...s.matchAll(locale === 'en' ? /\$([\d,]+\.\d)B/g : /([\d,]+)억 달러/g)].map((m) =>
    Math.round(Number(m[1].replace(/,/g, '')) * (locale === 'en' ? 10 : 1)),
  );
/** Every figure of a table, in the same unit (tenths), unsigned. */
const tableFigures = (rows: { cells: string[] }[], locale: Locale) =>
  new Set(
    rows.flatMap((r) =>
      r.cells
        .filter((c) => /^[+\u2212]?[\d,]+(\.\d)?$/.test(c))
        .map((c) => Math.round(Number(c.replace(/[+\u2212,]/g, '')) * (locale === 'en' ? 10 : 1))),
    ),
  );

describe('goods-balance: verbs and figures as shown, every span of 1985–2025', () => {
  const verbs = {
    en: { balance: ['grew', 'narrowed'], trade: ['rose', 'fell'], same: ['in both', 'were unchanged'] },
    ko: { balance: ['늘었', '줄었'], trade: ['늘었', '줄었'], same: ['모두', '변함이 없었'] },
  };

  for (const locale of LOCALES)
    it(`in ${locale}: a verb of growth or decline only when the figures shown differ that way; every figure in the table`, () => {
      const m = GOODS_BALANCE_MESSAGES[locale];
      const f = formatterFor(locale);
      let checked = 0;
      for (const from of years)
        for (const to of years) {
          if (to < from) continue;
          const t = goods(from, to, locale);
          const figures = tableFigures(t.table.rows, locale);
          for (const n of [...amounts(t.summary, locale), ...amounts(t.subtitle, locale)])
            expect(figures.has(n), `${from}–${to} ${locale}: ${n} in "${t.summary}"`).toBe(true);
          if (from === to) continue;
          const [a, b] = [yearOf(from), yearOf(to)];
          // The trade sentence: one clause per series, its verb from the figures shown.
          const trade = m.tradeChange(
            {
              from,
              to,
              exportsFrom: a.exportsMusd,
              exportsTo: b.exportsMusd,
              importsFrom: a.importsMusd,
              importsTo: b.importsMusd,
            },
            f,
          );
          const clauses = locale === 'en' ? trade.split(' and imports ') : trade.split(', 한국으로부터의 수입은 ');
          expect(clauses).toHaveLength(2);
          [
            [a.exportsMusd, b.exportsMusd],
            [a.importsMusd, b.importsMusd],
          ].forEach(([x, y], i) => {
            const d = shownDirection(x, y);
            const v = verbs[locale];
            const clause = clauses[i];
            if (d > 0) expect(clause, clause).toContain(v.trade[0]);
            if (d < 0) expect(clause, clause).toContain(v.trade[1]);
            if (d !== 0) expect(clause, clause).not.toContain(v.same[1]);
            if (d === 0) {
              expect(clause, clause).toContain(v.same[1]);
              for (const w of v.trade) expect(clause, clause).not.toContain(w);
            }
          });
          // The balance sentence, in the same sign on both ends.
          if (a.balanceMusd < 0 !== b.balanceMusd < 0) continue;
          const s = m.balanceChange({ fromYear: from, toYear: to, fromMusd: a.balanceMusd, toMusd: b.balanceMusd }, f);
          const d = shownDirection(Math.abs(a.balanceMusd), Math.abs(b.balanceMusd));
          const [up, down] = verbs[locale].balance;
          expect(s.includes(up), s).toBe(d > 0);
          expect(s.includes(down), s).toBe(d < 0);
          expect(s.includes(verbs[locale].same[0]), s).toBe(d === 0);
          checked++;
        }
      expect(checked).toBeGreaterThan(300);
    });

  it('2007–2011 and 2003–2007: the deficit shows the same at both ends, so it neither grew nor narrowed (en, ko)', () => {
    for (const [from, to] of [
      [2007, 2011],
      [2003, 2007],
    ]) {
      expect(goods(from, to).subtitle).toContain(
        `was ${formatterFor('en').money(Math.abs(yearOf(to).balanceMusd))} in both`,
      );
      expect(goods(from, to).subtitle).not.toMatch(/grew|narrowed/);
      expect(goods(from, to, 'ko').subtitle).not.toMatch(/늘었|줄었/);
    }
  });

  it('Korean trade sentence says 늘었고/늘었습니다, not the literal 바뀌었습니다', () => {
    const s = goods(2005, 2025, 'ko').summary;
    expect(s).not.toContain('바뀌었');
    expect(s).toContain('로 늘었고, 한국으로부터의 수입은');
  });

  it('a single-year span titles itself with the year once (not "2012–2012")', () => {
    expect(goods(2012, 2012).title).toBe('U.S. goods trade with South Korea, 2012');
    expect(goods(2012, 2012, 'ko').title).toBe('미국의 대한국 상품 교역, 2012년');
    expect(goods(2011, 2012, 'ko').title).toBe('미국의 대한국 상품 교역, 2011~2012년');
  });
});

describe('before-after: verbs, changes and percents as shown, every pair of years 1985–2025', () => {
  const words = {
    en: { up: ['rose', 'grew'], down: ['fell', 'narrowed'], same: 'unchanged' },
    ko: { up: ['증가', '확대'], down: ['감소', '축소'], same: '변화 없음' },
  };
  for (const locale of LOCALES)
    it(`in ${locale}: each row's verb from the figures shown, its change their difference, every figure in the table`, () => {
      const m = BEFORE_AFTER_MESSAGES[locale];
      const f = formatterFor(locale);
      for (const before of years)
        for (const after of years) {
          if (after <= before) continue;
          const t = beforeAfter({ before, after }, locale);
          const figures = tableFigures(t.table.rows, locale);
          for (const n of amounts(t.summary, locale))
            expect(figures.has(n), `${before}→${after}: ${n} in "${t.summary}"`).toBe(true);
          for (const r of t.table.rows) {
            const [, va, vb, change] = r.cells;
            const num = (c: string) => Number(c.replace(/,/g, '').replace('\u2212', '-').replace('+', ''));
            // The change shown is what a reader gets by subtracting the two figures shown.
            expect(num(change), `${before}→${after} ${r.key}`).toBeCloseTo(num(vb) - num(va), 6);
          }
          const [a, b] = [yearOf(before), yearOf(after)];
          for (const metric of ['exports', 'imports', 'balance'] as const) {
            const [x, y] = [a[`${metric}Musd`], b[`${metric}Musd`]];
            if (metric === 'balance' && x < 0 !== y < 0) continue;
            const w = m.row(metric, x, y, f).change;
            const d = shownDirection(Math.abs(x), Math.abs(y));
            const v = words[locale];
            expect(
              v.up.some((u) => w.includes(u)),
              w,
            ).toBe(d > 0);
            expect(
              v.down.some((u) => w.includes(u)),
              w,
            ).toBe(d < 0);
            expect(w.includes(v.same), w).toBe(d === 0);
          }
          // "Unchanged" in the summary only where the figures shown are equal.
          const same = (['exports', 'imports', 'balance'] as const).filter(
            (k) => shown(Math.abs(a[`${k}Musd`])) === shown(Math.abs(b[`${k}Musd`])),
          );
          const marker = locale === 'en' ? /in both/g : /모두/g;
          expect((t.summary.match(marker) ?? []).length, t.summary).toBe(
            same.filter((k) => k !== 'balance' || a.balanceMusd < 0 === b.balanceMusd < 0).length,
          );
        }
    });

  it('2007 → 2011: the deficit reads "$13.2B in both years", not "changed little, from $13.2B to $13.2B"', () => {
    const en = beforeAfter({ before: 2007, after: 2011 });
    expect(en.summary).toContain('the goods deficit was $13.2B in both years');
    expect(en.summary).not.toContain('changed little');
    expect(beforeAfter({ before: 2007, after: 2011 }, 'ko').summary).toContain(
      '상품 무역적자는 두 해 모두 132억 달러였습니다.',
    );
  });

  it('2024 → 2025: imports shown 131.5 → 125.5 change by −6.0, the difference of the figures shown', () => {
    const rows = Object.fromEntries(beforeAfter({ before: 2024, after: 2025 }).table.rows.map((r) => [r.key, r.cells]));
    const [, a, b, change] = rows.imports;
    expect(Number(b) - Number(a)).toBeCloseTo(Number(change.replace('\u2212', '-')), 6);
  });

  it("2011 → 2016: notes the figures USTR and the USITC published before revisions, and the change on them (USTR's −2.7%)", () => {
    const e = EARLIER.find((x) => x.year === 2016 && x.metric === 'exports')!;
    const then = (e.musd - yearOf(2011).exportsMusd) / yearOf(2011).exportsMusd;
    for (const locale of LOCALES) {
      const f = formatterFor(locale);
      const note = beforeAfter({ before: 2011, after: 2016 }, locale).notes.at(-1)!;
      expect(note).toContain(BEFORE_AFTER_MESSAGES[locale].millions(e.musd));
      expect(note).toContain(BEFORE_AFTER_MESSAGES[locale].millions(yearOf(2016).exportsMusd));
      expect(note).toContain(f.percent(then));
      expect(note).toContain(e.by);
    }
    expect(formatterFor('en').percent(then)).toBe('\u22122.7%');
    // Years no such publication covers get no such note.
    expect(beforeAfter({ before: 2007, after: 2011 }).notes.join(' ')).not.toContain('revised');
    expect(beforeAfter({ before: 2011, after: 2016, dollars: 'real' }).notes.join(' ')).not.toContain('revised');
  });

  it('says percents are computed from unrounded values', () => {
    expect(beforeAfter({}).notes).toContain(REAL_MESSAGES.en.percentNote);
    expect(beforeAfter({}, 'ko').notes).toContain('변화율은 반올림하기 전의 수치로 계산했습니다.');
  });
});

describe('units and credits', () => {
  it('Korean f.a.s. is 선측인도가격 (본선인도가격 is FOB)', () => {
    expect(TRADE_MESSAGES.ko.censusNote).toContain('선측인도가격');
    expect(TRADE_MESSAGES.ko.censusNote).not.toContain('본선인도가격');
  });

  it('the source line gives the last year and each run of years with the year it was published', () => {
    if (census.source.kind !== 'census') throw new Error('census source expected');
    const { asOf } = census.source;
    const en = FRAME_MESSAGES.en.censusSource.after(asOf);
    const ko = FRAME_MESSAGES.ko.censusSource.after(asOf);
    expect(en).toContain(`annual data through ${asOf.through}, monthly through August 2026`);
    expect(ko).toContain(`연간 자료는 ${asOf.through}년까지, 월별 자료는 2026년 8월까지`);
    expect(asOf.latestMonth).toBe('2026-08');
    for (const v of asOf.vintages) {
      expect(en).toContain(`${v.from}–${v.to} as published in ${v.published}`);
      expect(ko).toContain(`${v.from}~${v.to}년은 ${v.published}년 발표치`);
    }
    expect(en).not.toContain('as of');
  });

  it('real dollars: one unit line, CPI-U credited to BLS, and a year averaged over fewer months says so', () => {
    for (const locale of LOCALES) {
      const t = beforeAfter({ dollars: 'real' }, locale);
      expect(t.subtitle).toContain(REAL_MESSAGES[locale].realUnit(2011));
      const cpi = t.notes.find((n) => n.includes('CPI-U'));
      expect(cpi, locale).toContain(locale === 'en' ? 'U.S. Bureau of Labor Statistics' : '미국 노동통계국');
      expect(cpi).not.toMatch(/2025/);
      const with2025 = beforeAfter({ dollars: 'real', after: 2025 }, locale).notes.find((n) => n.includes('CPI-U'));
      expect(with2025).toContain(
        locale === 'en'
          ? 'the 2025 index is the mean of the 11 monthly indexes'
          : '2025년 지수는 발표된 11개월 지수의 평균',
      );
    }
    expect(beforeAfter({}).notes.some((n) => n.includes('CPI-U'))).toBe(false);
  });

  it('export-promise in real dollars: the same unit line as before-after, CPI-U credited; gaps as shown', () => {
    for (const locale of LOCALES) {
      const t = describeChart(exportPromise, chartContext(census, locale, estimateTextWidth), { dollars: 'real' }).text;
      expect(t.subtitle).toContain(REAL_MESSAGES[locale].realUnit(2011));
      expect(
        t.notes.find((n) => n.includes('CPI-U') && n.includes(locale === 'en' ? 'Bureau of Labor' : '노동통계국')),
      ).toContain(locale === 'en' ? 'the 2025 index is the mean of the 11' : '2025년 지수는 발표된 11개월');
      for (const r of t.table.rows) {
        const [, exp, line, gap] = r.cells.map((c) => Number(c.replace(/,/g, '').replace('\u2212', '-')));
        expect(gap, r.key).toBeCloseTo(exp - line, 6);
      }
    }
    const one = describeChart(exportPromise, chartContext(census, 'en', estimateTextWidth), { from: 2016, to: 2016 });
    expect(one.text.title).toMatch(/, 2016$/);
  });

  it('the CSV writes one minus sign, ASCII, in every column', () => {
    const csv = renderCSV('before-after', {});
    expect(csv).not.toContain('\u2212');
    expect(csv).toContain('Exports,43.5,42.3,-1.2,-2.8%');
  });
});
