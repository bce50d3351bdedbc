import { expect } from 'chai';
import fc from 'fast-check';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import { cleanup } from './helpers.js';

describe('<korus-goods-balance> for any data and any width', () => {
  afterEach(cleanup);

  it('never throws to the page and never shows NaN or Infinity', async function () {
    this.timeout(60_000);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    const amount = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
    const box = document.createElement('div');
    document.body.append(box);
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.record({ year: fc.integer({ min: 1990, max: 2030 }), exports: amount, imports: amount }), {
            maxLength: 40,
            selector: (r) => r.year,
          }),
          fc.integer({ min: 0, max: 4000 }),
          async (data, width) => {
            box.style.width = `${width}px`;
            const el = document.createElement('korus-goods-balance') as KorusGoodsBalance;
            el.data = data;
            box.replaceChildren(el);
            await el.updateComplete;
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            await el.updateComplete;
            const text = el.shadowRoot!.innerHTML;
            expect(text).to.not.match(/NaN|Infinity/);
            // Empty data is refused with a message; anything else draws (or waits for a size).
            if (data.length === 0) expect(el.shadowRoot!.querySelector('[role="alert"]')).to.not.equal(null);
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});
