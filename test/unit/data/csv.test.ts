import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRows } from '../../../src/data/csv.js';

describe('parseCsvRows', () => {
  it('reads quoted fields, doubled quotes, and delimiters and line breaks inside quotes', () => {
    expect(parseCsvRows('a,"b,c","say ""hi""","x\ny"\n1,2,3,4')).toEqual([
      ['a', 'b,c', 'say "hi"', 'x\ny'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('accepts LF, CRLF and CR line ends, and ignores one trailing line break', () => {
    expect(parseCsvRows('a,b\r\n1,2\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(parseCsvRows('a\r1\n2')).toEqual([['a'], ['1'], ['2']]);
    expect(parseCsvRows('')).toEqual([]);
  });

  it('reads back any table written by d3-dsv, exactly as d3-dsv reads it', () => {
    const field = fc.string({ unit: fc.constantFrom('a', '1', ',', '"', '\n', '\r', ' ', '.', '가'), maxLength: 8 });
    const table = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(table, fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = csvFormatRows(rows).replace(/\n(?=(?:[^"]*"[^"]*")*[^"]*$)/g, eol);
        expect(parseCsvRows(text)).toEqual(csvParseRows(text));
        expect(parseCsvRows(text)).toEqual(rows);
      }),
      { numRuns: 2000 },
    );
  });
});
