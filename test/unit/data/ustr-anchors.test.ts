import { describe, expect, it } from 'vitest';
import { censusSeries, fact } from '../../../src/data/embedded.js';
import { formatterFor } from '../../../src/format/format.js';

// USTR, 2017-07-12, comparing 2011 (the last full year before KORUS) with 2016.
const year = (y: number) => censusSeries().years.find((d) => d.year === y)!;
const tenthOfBillion = (musd: number) => Math.round(musd / 100) / 10;

describe('the Census figures behind the USTR comparison of 2011 and 2016', () => {
  it('give exports of $43.5B (2011) and $42.3B (2016) at the tenth of a billion', () => {
    expect(tenthOfBillion(year(2011).exportsMusd)).toBe(43.5);
    expect(tenthOfBillion(year(2016).exportsMusd)).toBe(42.3);
  });

  it('give goods deficits of $13.2B (2011) and $27.6B (2016)', () => {
    expect(tenthOfBillion(year(2011).balanceMusd)).toBe(-13.2);
    expect(tenthOfBillion(year(2016).balanceMusd)).toBe(-27.6);
  });

  it('agree with the USTR statements carried in data/korus-facts.csv', () => {
    expect(tenthOfBillion(year(2011).exportsMusd)).toBe(fact('ustr_goods_exports_2011').value);
    expect(tenthOfBillion(year(2016).exportsMusd)).toBe(fact('ustr_goods_exports_2016').value);
    expect(-tenthOfBillion(year(2011).balanceMusd)).toBe(fact('ustr2017_goods_deficit_2011').value);
    expect(-tenthOfBillion(year(2016).balanceMusd)).toBe(fact('ustr2017_goods_deficit_2016').value);
  });

  it('format as the charts show them', () => {
    const f = formatterFor('en');
    expect(f.money(year(2011).exportsMusd)).toBe('$43.5B');
    expect(f.money(year(2016).balanceMusd)).toBe('\u2212$27.6B');
    expect(formatterFor('ko').money(year(2011).exportsMusd)).toBe('435억 달러');
  });
});
