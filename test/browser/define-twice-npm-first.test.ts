import { expect } from 'chai';
import { cleanup, drawn, mount } from './helpers.js';

// The other order: an app's npm build defines the tags, then a pasted script tag loads the bundle.
const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(String(e.message)));

describe('the script-tag bundle after the npm build', () => {
  it('throws nothing, keeps the npm classes registered, and every chart draws', async () => {
    const url = '/dist/lib/define.js'; // by URL: the dev server resolves its bare imports
    const api = (await import(url)) as Record<string, CustomElementConstructor>;
    expect(customElements.get('korus-goods-balance')).to.equal(api.KorusGoodsBalance);
    await new Promise<void>((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/dist/korus-charts.iife.js';
      s.onload = () => resolve();
      s.onerror = () => reject(new Error('could not load the bundle'));
      document.head.append(s);
    });
    expect(errors).to.deep.equal([]);
    expect(customElements.get('korus-goods-balance')).to.equal(api.KorusGoodsBalance);
    expect(customElements.get('korus-export-promise')).to.equal(api.KorusExportPromise);
    expect(customElements.get('korus-before-after')).to.equal(api.KorusBeforeAfter);
    for (const tag of ['korus-goods-balance', 'korus-export-promise', 'korus-before-after']) {
      const el = mount(`<${tag} lang="ko"></${tag}>`, 600);
      expect((await drawn(el)).querySelectorAll('*').length, tag).to.be.greaterThan(10);
    }
    cleanup();
  });
});
