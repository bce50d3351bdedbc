import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/data/errors.js';
import { parseTable } from '../../../src/data/parse.js';
import { toNumber } from '../../../src/data/number.js';
import { validateInputs, validateTable } from '../../../src/data/validate.js';
import { refusal } from './refusal.js';

const load = (text: string, type = '') => validateTable(parseTable(text, type));


describe('parse and validate: good input', () => {
  it('reads year, exports, imports and computes the balance', () => {
    expect(load('year,exports,imports\n2011,43461.6,56661.4\n')).toEqual([
      { year: 2011, exportsMusd: 43461.6, importsMusd: 56661.4, balanceMusd: 43461.6 - 56661.4 },
    ]);
  });

  it("reads data/'s own columns and keeps its balance, computed before rounding", () => {
    const [d] = load('year,exports_musd,imports_musd,balance_musd,source_id\n2011,43461.6,56661.4,-13199.7,X\n');
    expect(d.balanceMusd).toBe(-13199.7);
  });

  it('accepts a byte-order mark, CRLF line ends, spaces in headers and mixed-case column names', () => {
    const rows = load('\uFEFFYear , Exports,IMPORTS\r\n2012,1,2\r\n2011,3,4\r\n');
    expect(rows.map((d) => d.year)).toEqual([2011, 2012]);
  });

  it('accepts quoted numbers with thousands separators', () => {
    expect(load('year,exports,imports\n2011,"43,461.6","56,661.4"\n')[0].exportsMusd).toBe(43461.6);
  });

  it('sorts unsorted years and keeps missing years missing', () => {
    expect(load('year,exports,imports\n2015,1,1\n2011,1,1\n2012,1,1\n').map((d) => d.year)).toEqual([2011, 2012, 2015]);
  });

  it('reads a JSON array, detected by content or by content type', () => {
    const json = '[{"year":2011,"exports":43461.6,"imports":"56661.4"}]';
    expect(load(json)[0].importsMusd).toBe(56661.4);
    expect(load(` \n${json}`, 'application/json')).toHaveLength(1);
  });

  it('takes the data property as {year, exports, imports} objects', () => {
    expect(validateInputs([{ year: 2020, exports: 5, imports: 7 }])[0]).toEqual({ year: 2020, exportsMusd: 5, importsMusd: 7, balanceMusd: -2 });
  });
});

describe('parse and validate: each kind of bad input gets a specific refusal', () => {
  it('empty file', () => {
    expect(refusal(() => load('')).code).toBe('empty');
    expect(refusal(() => load('  \n ')).code).toBe('empty');
    expect(refusal(() => load('[]')).code).toBe('empty');
  });

  it('header only, naming the columns found', () => {
    const e = refusal(() => load('year,exports,imports\n'));
    expect(e.code).toBe('header-only');
    expect(e.params.columns).toBe('year, exports, imports');
  });

  it('an HTML page served instead of data', () => {
    expect(refusal(() => load('<!doctype html><html><body>Not found</body></html>')).code).toBe('html');
  });

  it('a missing column, naming it and the columns found', () => {
    const e = refusal(() => load('year,exports\n2011,1\n'));
    expect(e.code).toBe('missing-column');
    expect(e.params).toMatchObject({ column: 'imports', found: 'year, exports' });
  });

  it('a non-numeric cell, with its line, column and value', () => {
    const e = refusal(() => load('year,exports,imports\n2011,1,2\n2012,n/a,3\n'));
    expect(e.code).toBe('not-a-number');
    expect(e.line).toBe(3);
    expect(e.column).toBe('exports');
    expect(e.params.value).toBe('n/a');
  });

  it('an empty cell', () => {
    const e = refusal(() => load('year,exports,imports\n2011,1,\n'));
    expect([e.code, e.line, e.column]).toEqual(['not-a-number', 2, 'imports']);
  });

  it('badly placed thousands separators are not guessed at', () => {
    expect(toNumber('4,34,61.6')).toBeUndefined();
    expect(toNumber('1e3')).toBe(1000);
    expect(toNumber('\u22125')).toBe(-5);
  });

  it('negative exports or imports', () => {
    const e = refusal(() => load('year,exports,imports\n2011,-1,2\n'));
    expect([e.code, e.line, e.column]).toEqual(['negative', 2, 'exports']);
  });

  it('a year that is not a four-digit integer', () => {
    const e = refusal(() => load('year,exports,imports\n2011.5,1,2\n'));
    expect([e.code, e.line, e.column]).toEqual(['not-a-year', 2, 'year']);
  });

  it('a duplicate year, naming both lines', () => {
    const e = refusal(() => load('year,exports,imports\n2011,1,2\n2012,1,2\n2011,3,4\n'));
    expect(e.code).toBe('duplicate-year');
    expect(e.params).toMatchObject({ year: 2011, first: 2 });
    expect(e.line).toBe(4);
  });

  it('a balance column that disagrees with exports minus imports', () => {
    const e = refusal(() => load('year,exports,imports,balance\n2011,10,4,-6\n'));
    expect([e.code, e.params.expected]).toEqual(['balance-mismatch', 6]);
  });

  it('JSON that is malformed, not an array, or holds non-objects', () => {
    expect(refusal(() => load('[{"year":')).code).toBe('json-syntax');
    expect(refusal(() => load('{"year":2011}')).params.found).toBe('object');
    const e = refusal(() => load('[{"year":2011,"exports":1,"imports":1}, 5]'));
    expect([e.code, e.line]).toEqual(['json-not-object', 2]);
    expect(refusal(() => validateInputs('nope')).code).toBe('json-not-array');
  });

  it('a cell nested 100,000 deep, or a cycle, BigInt or function in the `data` property, is named by its kind', () => {
    let deep = '1';
    for (let i = 0; i < 100_000; i++) deep = `[${deep}]`;
    const file = refusal(() => load(`[{"year":${deep},"exports":1,"imports":2}]`));
    expect([file.code, file.params.value, file.line, file.column]).toEqual(['not-a-year', 'array', 1, 'year']);
    const nested = refusal(() => load(`[{"year":2011,"exports":${deep.replace(/\[/g, '{"a":').replace(/\]/g, '}')},"imports":2}]`));
    expect([nested.code, nested.params.value]).toEqual(['not-a-number', 'object']);
    const cycle: unknown[] = [];
    cycle.push(cycle);
    const row = (year: unknown) => [{ year, exports: 1, imports: 2 }];
    for (const [year, value] of [
      [cycle, 'array'],
      [2011n, '2011n'],
      [{ n: 2011n }, 'object'],
      [() => 2011, 'function'],
      [Symbol('y'), 'Symbol(y)'],
    ] as const) {
      const e = refusal(() => validateInputs(row(year)));
      expect([e.code, e.params.value], String(value)).toEqual(['not-a-year', value]);
    }
    // What JSON.stringify() can write is still quoted as before, cut at 40 characters.
    expect(refusal(() => validateInputs(row({ y: 2011 }))).params.value).toBe('{"y":2011}');
    expect(refusal(() => validateInputs(row([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]))).params.value).toBe(
      '[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]',
    );
  });

  it('reads the `data` property exactly as a JSON file with the same rows', () => {
    const cases: unknown[] = [
      [{ ' year ': 2011, exports: 43461.6, imports: 56661.4 }],
      [[2011, 43461.6, 56661.4]],
      [{ year: 2011, exports: 1, imports: 1 }, 'x'],
      { rows: [] },
      [],
    ];
    const outcome = (f: () => unknown) => {
      try {
        return { years: f() };
      } catch (e) {
        return { code: (e as DataError).code, params: (e as DataError).params, line: (e as DataError).line };
      }
    };
    for (const value of cases) expect(outcome(() => validateInputs(value)), JSON.stringify(value)).toEqual(outcome(() => load(JSON.stringify(value))));
    expect(validateInputs(cases[0])[0].year).toBe(2011);
  });
});
