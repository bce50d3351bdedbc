import { expect } from 'chai';
import { cleanup, drawn, mount } from './helpers.js';

// A CMS page may paste the script tag twice, or a theme may bundle the npm build while an author
// adds the CDN bundle: every copy after the first must neither throw nor break the charts.
const TAGS = ['korus-goods-balance', 'korus-export-promise', 'korus-before-after'];
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));

function classicScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(s);
  });
}

/** Imports by URL (the dev server resolves the npm build's bare `lit` and `d3-*` imports). */
const load = (url: string): Promise<unknown> => import(url);

async function allChartsDraw(): Promise<void> {
  for (const tag of TAGS) {
    const el = mount(`<${tag}></${tag}>`, 640);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('*').length, `${tag} marks`).to.be.greaterThan(10);
  }
  cleanup();
}

describe('defining the tags more than once on one page', () => {
  it('the classic bundle loaded twice throws nothing and keeps the first definitions', async () => {
    await classicScript('/dist/korus-charts.iife.js');
    const first = TAGS.map((t) => customElements.get(t));
    expect(first.every(Boolean), 'every tag defined').to.equal(true);
    await classicScript('/dist/korus-charts.iife.js?second-copy');
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
