import { describe, expect, it } from 'vitest';
import { censusSeries } from '../../../src/data/embedded.js';
import { DataError } from '../../../src/data/errors.js';
import { resolveSpan } from '../../../src/data/span.js';

const years = censusSeries().years;

describe('resolveSpan', () => {
  it('defaults to 2005 through the latest year in the data', () => {
    const s = resolveSpan(years, undefined, undefined, 2005);
    expect([s.from, s.to, s.years.length]).toEqual([2005, 2025, 21]);
  });

  it('clips a span reaching past the data to the data', () => {
    const s = resolveSpan(years, 1970, 2040, 2005);
    expect([s.from, s.to]).toEqual([1985, 2025]);
  });

  it('refuses a reversed span, an empty one and a non-year', () => {
    const codes = [
      () => resolveSpan(years, 2020, 2010, 2005),
      () => resolveSpan(years, 2030, 2040, 2005),
      () => resolveSpan(years, Number.NaN, undefined, 2005),
      () => resolveSpan(years, 2011.5, undefined, 2005),
    ].map((fn) => {
      try {
        fn();
        return 'none';
      } catch (e) {
        return (e as DataError).code;
      }
    });
    expect(codes).toEqual(['bad-range', 'no-years-in-range', 'bad-attribute', 'bad-attribute']);
  });
});
