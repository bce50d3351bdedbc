import { expect } from 'chai';
import { allChartsDraw, loadScript, recordProblems } from './helpers.js';

// The other order: an app's npm build defines the tags, then a pasted script tag loads the bundle.
const errors = recordProblems(window);

describe('the script-tag bundle after the npm build', () => {
  it('throws nothing, keeps the npm classes registered, and every chart draws', async () => {
    const url = '/dist/lib/define.js'; // by URL: the dev server resolves its bare imports
    const api = (await import(url)) as Record<string, CustomElementConstructor>;
    expect(customElements.get('korus-goods-balance')).to.equal(api.KorusGoodsBalance);
    await loadScript('/dist/korus-charts.iife.js');
    expect(errors).to.deep.equal([]);
    expect(customElements.get('korus-goods-balance')).to.equal(api.KorusGoodsBalance);
    expect(customElements.get('korus-export-promise')).to.equal(api.KorusExportPromise);
    expect(customElements.get('korus-before-after')).to.equal(api.KorusBeforeAfter);
    await allChartsDraw('lang="ko"', 600);
  });
});
