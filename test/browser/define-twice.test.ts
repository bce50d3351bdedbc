import { expect } from 'chai';
import { TAGS, allChartsDraw, loadScript, recordProblems } from './helpers.js';

// A CMS page may paste the script tag twice, or a theme may bundle the npm build while an author
// adds the CDN bundle: every copy after the first must neither throw nor break the charts.
const errors = recordProblems(window);

/** Imports by URL (the dev server resolves the npm build's bare `lit` and `d3-*` imports). */
const load = (url: string): Promise<unknown> => import(url);

describe('defining the tags more than once on one page', () => {
  it('the classic bundle loaded twice throws nothing and keeps the first definitions', async () => {
    await loadScript('/dist/korus-charts.iife.js');
    const first = TAGS.map((t) => customElements.get(t));
    expect(first.every(Boolean), 'every tag defined').to.equal(true);
    await loadScript('/dist/korus-charts.iife.js?second-copy');
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    await allChartsDraw();
  });

  it('then the ES module bundles and the npm build throw nothing, and the charts still draw', async () => {
    const first = TAGS.map((t) => customElements.get(t));
    await load('/dist/korus-charts.js');
    await load('/dist/korus-goods-balance.js');
    await load('/dist/lib/define.js');
    await load('/dist/lib/charts/before-after/define.js');
    expect(errors).to.deep.equal([]);
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    await allChartsDraw();
  });
});
