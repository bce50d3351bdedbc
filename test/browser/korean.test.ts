import { expect } from 'chai';
import { renderHTML } from '../../src/render/index.js';
import { cleanup, drawn, framePage, requestsTo, until } from './helpers.js';

// Korean strings load on first use from dist/ko.js, beside the script. These tests load the
// built one-chart bundle in fresh pages (test/server/middleware.mjs serves it from folders where
// ko.js is held back until the test releases it, or missing) to check what a reader sees.
type Chart = HTMLElement & { updateComplete: Promise<boolean>; lang: string };
const title = (el: Element) => el.shadowRoot?.querySelector('.title')?.textContent ?? null;
let holds = 0;
/** A folder whose ko.js (and other lazy files) arrive only when `release()` is called. */
function heldFolder() {
  const id = `k${Date.now()}${holds++}`;
  return {
    bundle: `/test-api/dist/held-${id}/korus-goods-balance.js`,
    release: () => fetch(`/test-api/release?id=${id}`),
  };
}

describe('Korean strings (dist/ko.js), loaded on first use', () => {
  afterEach(cleanup);

  it('a page in English never requests them', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="en"></korus-goods-balance><korus-goods-balance></korus-goods-balance>',
      '/dist/korus-goods-balance.js',
    );
    for (const el of page.doc.querySelectorAll('korus-goods-balance')) await drawn(el);
    expect(requestsTo('/ko.js', page.win)).to.equal(0);
    expect(title(page.doc.querySelector('korus-goods-balance')!)).to.contain('U.S. goods trade with South Korea');
  });

  it('Korean charts load them once per page; updateComplete resolves with the words and table in Korean', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="ko"></korus-goods-balance><div lang="ko"><korus-goods-balance></korus-goods-balance></div>',
      '/dist/korus-goods-balance.js',
    );
    const charts = [...page.doc.querySelectorAll<Chart>('korus-goods-balance')];
    for (const el of charts) {
      await el.updateComplete;
      expect(title(el)).to.contain('미국의 대한국 상품 교역');
      expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('ko');
      expect(el.shadowRoot!.querySelector('tbody th')!.textContent).to.match(/^\d{4}$/);
      await drawn(el);
    }
    expect(requestsTo('/ko.js', page.win)).to.equal(1);
    expect(page.errors).to.deep.equal([]);
  });

  it('while they are on their way: a new chart shows an empty box, a drawn one keeps its language; never mixed', async () => {
    const held = heldFolder();
    const page = await framePage(
      '<korus-goods-balance lang="ko" id="new"></korus-goods-balance><korus-goods-balance lang="en" id="old"></korus-goods-balance>' +
        '<korus-goods-balance lang="ko" id="with-fallback"><p style="height:300px">static copy</p></korus-goods-balance>',
      held.bundle,
    );
    const fresh = page.doc.getElementById('new') as Chart;
    const old = page.doc.getElementById('old') as Chart;
    await drawn(old);
    // ko.js is held back: the Korean chart waits in a box of its final height, with no English words.
    const busy = fresh.shadowRoot!.querySelector('figure')!;
    expect(busy.getAttribute('aria-busy')).to.equal('true');
    expect(title(fresh)).to.equal(null);
    expect(fresh.shadowRoot!.querySelector<HTMLElement>('.plot')!.getBoundingClientRect().height).to.be.greaterThan(
      200,
    );
    // A static fallback in the light DOM (renderHTML's no-JavaScript copy) stays in view meanwhile.
    const withFallback = page.doc.getElementById('with-fallback') as Chart;
    expect(withFallback.querySelector('p')!.getClientRects().length, 'fallback shown').to.equal(1);
    expect(withFallback.getBoundingClientRect().height).to.be.at.least(300);
    // Switching a drawn English chart to Korean keeps it whole in English until the strings arrive.
    old.lang = 'ko';
    await new Promise((r) => setTimeout(r, 50));
    expect(title(old)).to.contain('U.S. goods trade');
    expect(old.shadowRoot!.querySelector('figure')!.getAttribute('lang')).to.equal('en');
    await held.release();
    await until(() => title(fresh)?.includes('미국'), 'the Korean title', 5000);
    await old.updateComplete;
    expect(title(old)).to.contain('미국의 대한국 상품 교역');
    await withFallback.updateComplete;
    expect(title(withFallback)).to.contain('미국의 대한국 상품 교역');
    expect(withFallback.querySelector('p')!.getClientRects().length, 'fallback replaced by the chart').to.equal(0);
    expect(old.shadowRoot!.querySelector('button[part="button"]')!.textContent!.trim()).to.equal('데이터 보기');
    expect(page.errors).to.deep.equal([]);
  });

  it('while they are on their way, a no-JavaScript fallback (renderHTML) stays in view, styled, and the upgrade moves nothing', async () => {
    const fallback = renderHTML('goods-balance', { lang: 'ko', width: 640 }); // our own escaped output
    let before = 0;
    const held = heldFolder();
    const page = await framePage(`<div style="width:640px">${fallback}</div>`, held.bundle, (doc) => {
      before = doc.querySelector('korus-goods-balance')!.getBoundingClientRect().height;
    });
    const el = page.doc.querySelector<Chart>('korus-goods-balance')!;
    expect(page.win.customElements.get('korus-goods-balance'), 'defined').to.not.equal(undefined);
    const copyTitle = el.querySelector<HTMLElement>('.title')!;
    expect(copyTitle.getClientRects().length, 'the static copy is in view').to.equal(1);
    expect(page.win.getComputedStyle(copyTitle).fontSize, 'and keeps its styles').to.equal('19px');
    expect(el.getBoundingClientRect().height).to.equal(before);
    await held.release();
    await el.updateComplete;
    await drawn(el);
    expect(title(el)).to.contain('미국의 대한국 상품 교역');
    expect(copyTitle.getClientRects().length, 'the live chart replaced it').to.equal(0);
    expect(Math.abs(el.getBoundingClientRect().height - before), 'height change on upgrade').to.be.below(2);
  });

  it('when ko.js is missing beside the script, the chart speaks English and the console says why', async () => {
    const page = await framePage(
      '<korus-goods-balance lang="ko"></korus-goods-balance>',
      '/test-api/dist/alone/korus-goods-balance.js',
    );
    const el = page.doc.querySelector<Chart>('korus-goods-balance')!;
    await el.updateComplete;
    await drawn(el);
    expect(title(el)).to.contain('U.S. goods trade with South Korea');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang'), 'marked English for screen readers').to.equal(
      'en',
    );
    expect(page.warnings.join('\n')).to.contain('ko.js');
    expect(page.errors).to.deep.equal([]);
  });
});
