import { describe, expect, it } from 'vitest';
import { formatterFor } from '../../../src/format/format.js';
import { matchLocale } from '../../../src/format/locale.js';

const en = formatterFor('en');
const ko = formatterFor('ko');
const MINUS = '\u2212';

describe('formatting amounts in millions of USD', () => {
  it('shows one decimal in billions with a true minus sign in English', () => {
    expect(en.money(43461.6)).toBe('$43.5B');
    expect(en.money(-13199.7)).toBe(`${MINUS}$13.2B`);
    expect(en.moneyLong(42262.2)).toBe('$42.3 billion');
    expect(en.tableValue(-65686)).toBe(`${MINUS}65.7`);
    expect(en.tableValue(131457.3)).toBe('131.5');
    expect(en.money(-20)).toBe('$0.0B');
  });

  it('shows the same precision as whole 억 달러 in Korean', () => {
    expect(ko.money(43461.6)).toBe('435억 달러');
    expect(ko.money(131457.3)).toBe('1,315억 달러');
    expect(ko.tableValue(-13199.7)).toBe(`${MINUS}132`);
    expect(ko.axisTick(50000)).toBe('500억');
  });

  it('labels axis ticks compactly', () => {
    expect(en.axisTick(0)).toBe('0');
    expect(en.axisTick(50000)).toBe('$50B');
    expect(en.axisTick(-25000)).toBe(`${MINUS}$25B`);
    expect(en.axisTick(2500)).toBe('$2.5B');
  });

  it('gives percentages one decimal and an explicit sign', () => {
    expect(en.percent(42262.2 / 43461.6 - 1)).toBe(`${MINUS}2.8%`);
    expect(en.percent(69886.8 / 56661.4 - 1)).toBe('+23.3%');
    expect(ko.percent(0.233)).toBe('+23.3%');
    expect(en.moneyChange(12200)).toBe('+$12.2B');
    expect(en.moneyChange(-1200)).toBe(`${MINUS}$1.2B`);
  });

  it('signs table changes, and writes a change that rounds to zero as zero, never −0.0', () => {
    expect(en.tableChange(1900)).toBe('+1.9');
    expect(en.tableChange(-12200)).toBe(`${MINUS}12.2`);
    expect(en.tableChange(-40)).toBe('0.0');
    expect(en.tableChange(40)).toBe('0.0');
    expect(ko.tableChange(-14400)).toBe(`${MINUS}144`);
    expect(ko.tableChange(-40)).toBe('0');
  });

  it('writes dates and years for each language', () => {
    expect(en.date('2012-03-15')).toBe('March 15, 2012');
    expect(ko.date('2012-03-15')).toBe('2012년 3월 15일');
    expect(ko.monthYear('2012-03-15')).toBe('2012년 3월');
    expect(en.year(2012, true)).toBe('\u201912');
  });
});

describe('matching a lang attribute', () => {
  it('maps regional tags to the base language and refuses unsupported ones', () => {
    expect(matchLocale('ko-KR')).toBe('ko');
    expect(matchLocale('EN_gb')).toBe('en');
    expect(matchLocale('fr')).toBeUndefined();
    expect(matchLocale('')).toBeUndefined();
  });
});
