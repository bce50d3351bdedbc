import { describe, expect, it } from 'vitest';
import { censusSeries } from '../../../src/data/embedded.js';
import { relativeChange, toConstantDollars } from '../../../src/data/derive.js';
import { DataError } from '../../../src/data/errors.js';

const y = (year: number) => censusSeries().years.filter((d) => d.year === year);

describe('toConstantDollars', () => {
  it('rescales by the CPI-U ratio of the price year to each year', () => {
    const [d] = toConstantDollars(y(2018), 2011);
    // 2018 exports in 2011 dollars: 56,318.3 × 224.939 / 251.107.
    expect(d.exportsMusd).toBeCloseTo((56318.3 * 224.939) / 251.107, 6);
    expect(Math.round(d.exportsMusd / 100) / 10).toBe(50.4);
  });

  it('leaves the price year itself unchanged', () => {
    expect(toConstantDollars(y(2011), 2011)[0]).toEqual(y(2011)[0]);
  });

  it('refuses a year without CPI, naming it and the range', () => {
    try {
      toConstantDollars(y(2011), 1970);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DataError);
      expect((e as DataError).params).toEqual({ year: 1970, first: 1985, last: 2025 });
    }
  });
});

describe('relativeChange', () => {
  it('measures change against the magnitude of the start value', () => {
    expect(relativeChange(43461.6, 42262.2)).toBeCloseTo(-0.0276, 4);
    expect(relativeChange(-13199.7, -27624.6)).toBeCloseTo(-1.0928, 4);
    expect(relativeChange(0, 5)).toBeUndefined();
  });
});
