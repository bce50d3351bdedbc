// Arbitrary values for the element's inputs (issue 20): the fuzz test and the lifecycle heap test.
import fc from 'fast-check';
import { attributeOf, type OptionSpec } from '../../src/pipeline/definition.js';

export const FRAME_ATTRIBUTES = ['lang', 'theme', 'timeout', 'chart-title', 'chart-subtitle', 'note'];
export const attributesOf = (tag: string): string[] => [
  ...FRAME_ATTRIBUTES,
  ...(customElements.get(tag) as unknown as { chart: { options: OptionSpec[] } }).chart.options.map(attributeOf),
];

/** The values the attack session found, and their neighbours. */
export const nasty = (() => {
  const circular: Record<string, unknown> = { year: 2011 };
  circular.self = circular;
  return [
    2011n,
    circular,
    () => 2011,
    Symbol('year'),
    1e308,
    -1e308,
    -0,
    Number.NaN,
    Infinity,
    '0x7DB',
    '',
    ' ',
    '[object Object]',
    '__proto__',
    '2011',
    '43,461.6',
    null,
    undefined,
  ];
})();
export const anyValue = fc.oneof(
  fc.constantFrom(...nasty),
  fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, maxDepth: 2 }),
  fc.integer({ min: 1980, max: 2030 }),
  fc.double(),
  fc.string(),
);
export const goodRow = fc.record({
  year: fc.integer({ min: 1990, max: 2030 }),
  exports: fc.double({ min: 0, max: 1e6, noNaN: true }),
  imports: fc.double({ min: 0, max: 1e6, noNaN: true }),
});
export const anyRow = fc.oneof(
  goodRow,
  fc.record({ year: anyValue, exports: anyValue, imports: anyValue }, { requiredKeys: [] }),
  fc.dictionary(
    fc.oneof(fc.constantFrom('year', 'exports', 'imports', ' Exports', '__proto__', 'balance'), fc.string()),
    anyValue,
  ),
  anyValue,
);
export const holey = (rows: unknown[]) => {
  const a = [...rows];
  delete a[0];
  return a;
};
export const dataValue = fc.oneof(
  fc.uniqueArray(goodRow, { minLength: 1, maxLength: 12, selector: (r) => r.year }),
  fc.array(anyRow, { maxLength: 8 }),
  fc.array(anyRow, { minLength: 1, maxLength: 4 }).map(holey),
  anyValue,
);
export const attributeValue = fc.oneof(
  fc.constantFrom('', ' ', '0x7DB', '1e308', '-0', '3000000000', 'NaN', 'Infinity', '2011', '2016', 'ko', 'en', 'dark'),
  fc.constantFrom('real', 'nominal', '[object Object]', '<img src=x onerror=alert(1)>', '2011.5', '+2011', '1e3'),
  fc.integer({ min: -10, max: 10_000 }).map(String),
  fc.double().map(String),
  fc.string({ maxLength: 30 }),
);
export const attributes = (tag: string) =>
  fc.dictionary(fc.constantFrom(...attributesOf(tag)), attributeValue, { maxKeys: 5 });
