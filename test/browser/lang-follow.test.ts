import { expect } from 'chai';
import '../../src/define.js';
import { cleanup, drawn, framePage, mount, until } from './helpers.js';

// A chart without a lang of its own speaks the language it inherits, and follows it whichever way
// it changes: an ancestor's lang attribute (in the page or inside a shadow root), the chart moving
// under another ancestor, or the <html lang> of the frame it is in.
const title = (el: Element) => el.shadowRoot?.querySelector('.title')?.textContent ?? '';
const KOREAN = '미국의 대한국 상품 교역';
const ENGLISH = 'U.S. goods trade with South Korea';

async function speaks(el: Element, words: string, what: string): Promise<void> {
  await until(() => title(el).includes(words), what, 8000);
}

describe('a chart follows its inherited language', () => {
  afterEach(() => {
    cleanup();
    document.querySelectorAll('iframe').forEach((f) => f.remove());
  });

  it('when it moves from <div lang="en"> into <div lang="ko">, and back', async () => {
    const en = mount<HTMLElement>('<div lang="en"><korus-goods-balance></korus-goods-balance></div>', 600);
    const ko = mount<HTMLElement>('<div lang="ko"></div>', 600);
    const el = en.querySelector('korus-goods-balance')!;
    await drawn(el);
    expect(title(el)).to.contain(ENGLISH);
    ko.append(el);
    await speaks(el, KOREAN, 'Korean after the move into <div lang="ko">');
    en.append(el);
    await speaks(el, ENGLISH, 'English after the move back');
  });

  it('when lang changes on a wrapper inside a shadow root', async () => {
    const host = mount<HTMLElement>('<div></div>', 600);
    const root = host.attachShadow({ mode: 'open' });
    const wrapper = document.createElement('div');
    wrapper.setAttribute('lang', 'en');
    const el = document.createElement('korus-goods-balance');
    wrapper.append(el);
    root.append(wrapper);
    await drawn(el);
    expect(title(el)).to.contain(ENGLISH);
    wrapper.setAttribute('lang', 'ko');
    await speaks(el, KOREAN, 'Korean after the wrapper in the shadow root says lang="ko"');
    // Nested: a shadow root inside that shadow root.
    const inner = document.createElement('div');
    wrapper.append(inner);
    const el2 = document.createElement('korus-goods-balance');
    const innerRoot = inner.attachShadow({ mode: 'open' });
    const innerWrapper = document.createElement('div');
    innerRoot.append(innerWrapper);
    innerWrapper.append(el2);
    await speaks(el2, KOREAN, 'the nested chart to inherit Korean');
    innerWrapper.setAttribute('lang', 'en');
    await speaks(el2, ENGLISH, 'English after the nested wrapper says lang="en"');
    wrapper.setAttribute('lang', 'en');
    innerWrapper.removeAttribute('lang');
    wrapper.setAttribute('lang', 'ko');
    await speaks(el2, KOREAN, 'Korean again from the outer wrapper');
  });

  it("in an iframe whose <html lang> changes (the chart made by the frame's own script)", async () => {
    const page = await framePage('<korus-goods-balance></korus-goods-balance>', '/dist/korus-goods-balance.js');
    page.doc.documentElement.setAttribute('lang', 'en');
    const el = page.doc.querySelector('korus-goods-balance')!;
    await drawn(el);
    expect(title(el)).to.contain(ENGLISH);
    page.doc.documentElement.setAttribute('lang', 'ko');
    await speaks(el, KOREAN, 'Korean after the frame says <html lang="ko">');
  });

  it('in an iframe whose <html> element is replaced, then says another lang', async () => {
    const page = await framePage('<korus-goods-balance></korus-goods-balance>', '/dist/korus-goods-balance.js');
    const el = page.doc.querySelector('korus-goods-balance')!;
    await drawn(el);
    const html = page.doc.createElement('html');
    html.setAttribute('lang', 'en');
    html.append(page.doc.body);
    page.doc.replaceChild(html, page.doc.documentElement);
    await drawn(el);
    expect(title(el)).to.contain(ENGLISH);
    html.setAttribute('lang', 'ko');
    await speaks(el, KOREAN, 'Korean after the new <html> says lang="ko"');
  });
});
