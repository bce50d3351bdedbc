import { expect } from 'chai';
import { cleanup, drawn, framePage, press, requestsTo, until } from './helpers.js';

// The script-tag bundles leave what the plot does on keyboard and pointer (focus moves, the live
// region's sentence, the tooltip) in dist/interact.js and load it on a reader's first event.
// These tests load the built bundle to check what a reader of a CMS page gets.
type Chart = HTMLElement & { updateComplete: Promise<boolean> };
const live = (el: Element) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
const plotOf = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;

afterEach(cleanup);

describe('the interaction code (dist/interact.js) of the script-tag bundles', () => {
  it('is not requested until a reader interacts, and keys pressed while it loads are not lost', async () => {
    const id = Math.random().toString(36).slice(2);
    const page = await framePage(
      '<korus-goods-balance lang="en" from="2011" to="2016"></korus-goods-balance>',
      `/test-api/dist/held-${id}/korus-goods-balance.js`,
    );
    const el = page.doc.querySelector<Chart>('korus-goods-balance')!;
    await drawn(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(requestsTo('interact.js', page.win), 'requested before any interaction').to.equal(0);

    const plot = plotOf(el);
    plot.focus();
    const keys = ['Home', 'ArrowRight'].map((key) => {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
      plot.dispatchEvent(e);
      return e.defaultPrevented;
    });
    // The page must not scroll while the code loads: the keys the plot handles are stopped at once.
    expect(keys, 'keys stopped from scrolling the page').to.deep.equal([true, true]);
    let settled = false;
    const done = el.updateComplete.then(() => (settled = true));
    await new Promise((r) => setTimeout(r, 200));
    expect(settled, 'updateComplete waits for the interaction code').to.equal(false);
    expect(live(el), 'nothing announced before the code arrives').to.equal('');

    await fetch(`/test-api/release?id=${id}`);
    await done;
    expect(requestsTo('interact.js', page.win)).to.equal(1);
    // Focus (2016), Home (2011), then ArrowRight: the first year after 2011.
    expect(live(el)).to.match(/^2012: exports \$[\d.]+ billion/);
    expect(el.shadowRoot!.querySelector('.tooltip strong')!.textContent).to.equal('2012');
    press(plot, 'ArrowRight');
    await el.updateComplete;
    expect(live(el)).to.match(/^2013: /);
    expect(page.errors).to.deep.equal([]);
  });

  it('when interact.js is missing, the chart stays readable, updateComplete settles, and the next interaction tries again', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="en" from="2011" to="2016"></korus-goods-balance>',
      '/test-api/dist/alone/korus-goods-balance.js',
    );
    const el = page.doc.querySelector<Chart>('korus-goods-balance')!;
    await drawn(el);
    const attempts = () => page.warnings.filter((w) => w.includes('interact.js')).length;
    const plot = plotOf(el);
    plot.focus();
    press(plot, 'ArrowLeft');
    await el.updateComplete;
    expect(attempts(), 'said in the console').to.equal(1);
    expect(el.shadowRoot!.querySelector('.plot svg'), 'the chart is still drawn').to.not.equal(null);
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
    press(plot, 'ArrowLeft');
    await el.updateComplete;
    // A second attempt (a browser may answer it from its record of the failed load, without a request).
    await until(() => attempts() === 2, 'a second attempt');
    expect(page.errors).to.deep.equal([]);
  });
});
