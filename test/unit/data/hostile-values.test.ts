import { describe, expect, it } from 'vitest';
import type { DataError } from '../../../src/data/errors.js';
import { MAX_DATA_BYTES, MAX_DATA_ROWS } from '../../../src/data/limits.js';
import { parseTable } from '../../../src/data/parse.js';
import { validateInputs, validateTable } from '../../../src/data/validate.js';
import { DATA_ERROR_MESSAGES } from '../../../src/format/data-errors.js';
import { readOptions } from '../../../src/pipeline/options.js';
import type { OptionSpec } from '../../../src/pipeline/definition.js';
import { refusal } from './refusal.js';

const load = (text: string, type = '') => validateTable(parseTable(text, type));
/** The refusal's words in both languages: each must exist and quote nothing undefined. */
const words = (e: DataError) => {
  const en = DATA_ERROR_MESSAGES.en(e);
  const ko = DATA_ERROR_MESSAGES.ko(e);
  expect(en, `English for ${e.code}`).toBeTypeOf('string');
  expect(ko, `Korean for ${e.code}`).toBeTypeOf('string');
  // "undefined" only where the value itself was undefined (a hole), never an unfilled parameter.
  const filled = `${en} ${ko}`.replaceAll('found undefined', '').replaceAll('undefined이(가)', '');
  expect(filled).not.toMatch(/undefined|NaN|\[object/);
  return { en: en!, ko: ko! };
};

describe('the `data` property: every JavaScript value is drawn or refused with a message, never thrown', () => {
  const row = (extra: Record<string, unknown>) => ({ year: 2011, exports: 1, imports: 2, ...extra });
  const circular: Record<string, unknown> = { a: 1 };
  circular.self = circular;

  const cases: [string, unknown, string, string | RegExp][] = [
    ['a BigInt year', [row({ year: 2011n })], 'not-a-year', '2011n'],
    ['a BigInt amount', [row({ exports: 5n })], 'not-a-number', '5n'],
    ['a circular object in a cell', [row({ imports: circular })], 'not-a-number', 'object'],
    ['an object holding a BigInt', [row({ exports: { n: 1n } })], 'not-a-number', 'object'],
    ['a function', [row({ exports: () => 1 })], 'not-a-number', 'function'],
    ['a Symbol', [row({ year: Symbol('y') })], 'not-a-year', 'Symbol(y)'],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in the array', [, row({})], 'json-not-object', 'undefined'],
    ['a sparse array of a billion rows', Object.assign([], { length: 1e9 }), 'too-many-rows', '10,000'],
  ];
  for (const [what, data, code, shown] of cases) {
    it(what, () => {
      const e = refusal(() => validateInputs(data));
      expect(e.code).toBe(code);
      const { en } = words(e);
      if (typeof shown === 'string') expect(en).toContain(shown);
    });
  }

  it('a getter that throws, or a Proxy that throws, is refused as unreadable', () => {
    const getter = Object.defineProperty({}, 'year', {
      enumerable: true,
      get() {
        throw new TypeError('no');
      },
    });
    const proxy = new Proxy([row({})], {
      get() {
        throw new RangeError('trap');
      },
    });
    for (const data of [[getter], proxy]) {
      const e = refusal(() => validateInputs(data));
      expect(e.code).toBe('unreadable');
      words(e);
    }
  });

  it('a "__proto__" key is a column of its own, never a row’s prototype', () => {
    const json = '[{"year":2011,"exports":1,"imports":2},{"__proto__":{"year":2012,"exports":1,"imports":2}}]';
    const e = refusal(() => load(json));
    expect([e.code, e.line, e.column]).toEqual(['not-a-year', 2, 'year']);
  });

  it('two keys that trim to one column in a JSON row', () => {
    const e = refusal(() => validateInputs([{ year: 2011, exports: 1, ' exports': 3, imports: 2 }]));
    expect([e.code, e.params.column, e.line]).toEqual(['duplicate-column', 'exports', 1]);
    expect(words(e).en).toContain('“exports” appears more than once');
  });
});

describe('values a chart cannot draw sensibly are refused', () => {
  it('amounts past 1e9 millions of USD (1e308 drew "$NaNB")', () => {
    for (const text of ['year,exports,imports\n2011,1e308,2\n', 'year,exports,imports\n2011,1,1000000001\n']) {
      const e = refusal(() => load(text));
      expect(e.code).toBe('out-of-range');
      expect(words(e).en).toContain('at most 1,000,000,000');
    }
    const e = refusal(() => load('year,exports,imports,balance\n2011,1,2,-2e9\n'));
    expect([e.code, e.column]).toEqual(['out-of-range', 'balance']);
    expect(load('year,exports,imports\n2011,1000000000,0\n')[0].balanceMusd).toBe(1e9);
  });

  it('-0 is read as 0 (it drew "−0.0")', () => {
    const [d] = validateInputs([{ year: 2011, exports: -0, imports: '-0' }]);
    expect(Object.is(d.exportsMusd, 0) && Object.is(d.importsMusd, 0) && Object.is(d.balanceMusd, 0)).toBe(true);
  });

  it('a CSV with a column twice (it took the last one in silence)', () => {
    for (const header of ['year,exports,imports,exports', 'year,Exports,imports,EXPORTS ']) {
      const e = refusal(() => load(`${header}\n2011,1,2,3\n`));
      expect(e.code).toBe('duplicate-column');
      expect(e.params.column.toString().toLowerCase()).toBe('exports');
      words(e);
    }
    // A column the chart does not read may repeat (a trailing comma makes two empty names).
    expect(load('year,exports,imports,,\n2011,1,2,,\n')).toHaveLength(1);
  });
});

describe('limits on a page’s own data, checked before the work', () => {
  it(`more than ${MAX_DATA_ROWS} CSV rows are refused, naming the limit; blank lines do not count`, () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `${1000 + (i % 9000)},1,2`).join('\n');
    const e = refusal(() => load(`year,exports,imports\n${rows(MAX_DATA_ROWS + 1)}\n`));
    expect(e.code).toBe('too-many-rows');
    expect(words(e).en).toBe('The data has more than 10,000 rows, the most a chart reads.');
    // Exactly the limit is read (here refused for its repeated years, not for its size).
    expect(refusal(() => load(`year,exports,imports\n${rows(MAX_DATA_ROWS)}\n\n\n`)).code).toBe('duplicate-year');
  });

  it(`more than ${MAX_DATA_ROWS} JSON rows are refused`, () => {
    const json = JSON.stringify(Array.from({ length: MAX_DATA_ROWS + 1 }, () => ({})));
    expect(refusal(() => load(json)).code).toBe('too-many-rows');
  });

  it('a text longer than 5 MB is refused, naming the limit', () => {
    const e = refusal(() => load(`year,exports,imports\n${'2011,1,2\n'.repeat(MAX_DATA_BYTES / 9 + 1)}`));
    expect(e.code).toBe('too-large');
    expect(words(e)).toEqual({
      en: 'The data file is larger than 5 MB, the most a chart reads.',
      ko: '데이터 파일이 5 MB를 넘습니다. 차트는 5 MB까지만 읽습니다.',
    });
  });
});

describe('attribute values: decimal numbers within bounds, an empty attribute unset', () => {
  const specs: OptionSpec[] = [
    { prop: 'from', kind: 'year' },
    { prop: 'to', kind: 'year' },
    { prop: 'promise', kind: 'nonnegative' },
  ];
  /** As Lit gives them: each attribute converted with Number, and what the page wrote. */
  const read = (attrs: Record<string, string>) =>
    readOptions(
      specs,
      (p) => (p in attrs ? Number(attrs[p]) : undefined),
      (a) => attrs[a],
    );

  it('to="" is unset, not year 0', () => {
    expect(read({ from: '2011', to: '' })).toEqual({ from: 2011 });
    expect(read({ to: '  ' })).toEqual({});
  });

  it('from="0x7DB" (2011 in hexadecimal) is refused, quoting it', () => {
    for (const from of ['0x7DB', '0b11111011011', '0o3733']) {
      const e = refusal(() => read({ from }));
      expect(e.params).toMatchObject({ name: 'from', value: from, expected: 'year' });
    }
    expect(read({ from: ' 2011 ', to: '2.012e3' })).toEqual({ from: 2011, to: 2012 });
  });

  it('promise=1e308 is refused (it showed "$∞B"); -0 is 0', () => {
    const e = refusal(() => read({ promise: '1e308' }));
    expect(e.params).toMatchObject({ name: 'promise', value: '1e308', expected: 'nonnegative' });
    expect(words(e).en).toBe('The attribute “promise” must be a number from 0 to 1,000,000; found “1e308”.');
    expect(Object.is(read({ promise: '-0' }).promise, 0)).toBe(true);
    expect(read({ promise: '1000000' }).promise).toBe(1e6);
  });

  it('a property a framework set to a string is read as the attribute is', () => {
    const v = { from: '0x7DB', to: '' } as Record<string, unknown>;
    expect(refusal(() => readOptions(specs, (p) => v[p], () => null)).params.value).toBe('0x7DB');
    v.from = '2011';
    expect(readOptions(specs, (p) => v[p], () => null)).toEqual({ from: 2011 });
  });
});
