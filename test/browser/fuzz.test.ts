// Fuzz test (issue 20): the element's `data` property, `src` bodies (served by the test server) and
// every attribute get arbitrary JavaScript values and strings. Whatever they hold, nothing reaches
// the page as an exception, and the chart shows either a drawn chart or a role="alert" message.
// A fixed seed per engine makes a failure reproduce; tens of runs keep it to seconds.
import { expect } from 'chai';
import fc from 'fast-check';
import '../../src/define.js';
import { TAGS, cleanup, recordProblems, until } from './helpers.js';

const SEED = 20;
import type { OptionSpec } from '../../src/pipeline/definition.js';
import { anyValue, attributes, attributeValue, dataValue } from './fuzz-values.js';

const row = (cells: string[]) => cells.join(',');
const csvBody = fc.oneof(
  fc
    .array(fc.tuple(attributeValue, attributeValue, attributeValue).map(row), { maxLength: 6 })
    .map((rows) => ['year,exports,imports', ...rows].join('\n')),
  fc.constantFrom(
    'year,exports,imports,exports\n2011,1,2,3\n',
    '[{"year":2011,"exports":1,"imports":2},{"__proto__":{"year":2012,"exports":1,"imports":2}}]',
    'year,exports,imports\n2011,1e308,2\n',
    'year,exports,imports\n2011,-0,0\n',
  ),
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 3 }),
);

/** The chart settled: an SVG with marks, or a message. */
async function outcome(el: HTMLElement & { updateComplete: Promise<boolean> }): Promise<'drawn' | 'alert'> {
  await el.updateComplete;
  return until(
    () => {
      const root = el.shadowRoot;
      if (root?.querySelector('[role="alert"]')?.textContent?.trim()) return 'alert' as const;
      const svg = root?.querySelector('svg');
      return svg && svg.querySelectorAll('*').length > 10 ? ('drawn' as const) : null;
    },
    `${el.localName} to draw or show a message`,
    6000,
  );
}

describe('fuzz: any data, file or attribute is drawn or refused with a message, never thrown', () => {
  let problems: string[] = [];
  let box: HTMLElement;
  beforeEach(() => {
    problems = recordProblems();
    box = document.createElement('div');
    box.style.width = '600px';
    document.body.append(box);
  });
  afterEach(cleanup);

  const check = async (tag: string, setup: (el: HTMLElement & Record<string, unknown>) => void) => {
    const el = document.createElement(tag) as HTMLElement &
      Record<string, unknown> & { updateComplete: Promise<boolean> };
    setup(el);
    box.replaceChildren(el);
    const seen = await outcome(el);
    expect(problems, 'exceptions on the page').to.deep.equal([]);
    // A message may quote what the page wrote ("NaN"); the marks never show such a number.
    if (seen === 'drawn') expect(el.shadowRoot!.querySelector('svg')!.innerHTML).to.not.match(/NaN|Infinity|∞/);
    return seen;
  };

  for (const tag of TAGS) {
    it(`${tag}: the data property and the attributes`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(dataValue, attributes(tag), async (data, attrs) => {
          await check(tag, (el) => {
            for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
            el.data = data;
          });
        }),
        { seed: SEED, numRuns: 25, endOnFailure: true },
      );
    });

    it(`${tag}: every option as a property holding any JavaScript value`, async function () {
      this.timeout(120_000);
      const props = [
        'lang',
        'theme',
        'timeout',
        'chartTitle',
        'chartSubtitle',
        'note',
        ...(customElements.get(tag) as unknown as { chart: { options: OptionSpec[] } }).chart.options.map(
          (o) => o.prop,
        ),
      ];
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...props), anyValue, { maxKeys: 4 }), async (values) => {
          await check(tag, (el) => Object.assign(el, values));
        }),
        { seed: SEED, numRuns: 25, endOnFailure: true },
      );
    });

    it(`${tag}: src bodies from the test server, with attributes`, async function () {
      this.timeout(120_000);
      await fc.assert(
        fc.asyncProperty(
          csvBody,
          fc.constantFrom('text/csv', 'application/json', 'text/plain', 'text/html'),
          attributes(tag).map((a) => ({ ...a, timeout: '5000' })),
          async (body, type, attrs) => {
            await check(tag, (el) => {
              for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
              el.setAttribute(
                'src',
                `/test-api/echo?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`,
              );
            });
          },
        ),
        { seed: SEED, numRuns: 15, endOnFailure: true },
      );
    });
  }

  it('the cases the attack session found, each a message', async () => {
    const circular: Record<string, unknown> = { year: 2011, exports: 1, imports: 2 };
    circular.imports = circular;
    const cases: [string, unknown][] = [
      ['a BigInt year', [{ year: 2011n, exports: 1, imports: 2 }]],
      ['a circular object', [circular]],
      ['a function', [{ year: 2011, exports: () => 1, imports: 2 }]],
      ['a Symbol', [{ year: Symbol('y'), exports: 1, imports: 2 }]],
      // eslint-disable-next-line no-sparse-arrays
      ['a holey array', [, { year: 2011, exports: 1, imports: 2 }]],
      ['exports of 1e308', [{ year: 2011, exports: 1e308, imports: 2 }]],
    ];
    for (const [what, data] of cases) {
      expect(await check('korus-goods-balance', (el) => (el.data = data)), what).to.equal('alert');
    }
    const attrs: [string, string, string][] = [
      ['korus-export-promise', 'promise', '1e308'],
      ['korus-goods-balance', 'from', '0x7DB'],
    ];
    for (const [tag, name, value] of attrs) {
      expect(await check(tag, (el) => el.setAttribute(name, value)), `${name}="${value}"`).to.equal('alert');
    }
    expect(await check('korus-goods-balance', (el) => el.setAttribute('to', '')), 'to=""').to.equal('drawn');
    // Values that String() or a template cannot turn into text, in every frame property.
    const circularArray: unknown[] = [];
    circularArray.push(circularArray);
    for (const value of [Symbol('x'), 2011n, circularArray, { toString: () => 'x' }, () => 1]) {
      for (const prop of ['lang', 'theme', 'timeout', 'chartTitle', 'chartSubtitle', 'note', 'from', 'to']) {
        await check('korus-goods-balance', (el) => (el[prop] = value));
      }
    }
  });
});
