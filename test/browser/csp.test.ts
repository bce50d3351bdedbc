import { expect } from 'chai';
import { TAGS, drawn, until } from './helpers.js';

// test/csp/index.html is served by test/server/middleware.mjs with
// default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'.
describe('a page with a strict Content-Security-Policy and Trusted Types', () => {
  it('renders all three charts with no policy violation', async () => {
    const policy = (await fetch('/test/csp/index.html')).headers.get('content-security-policy');
    expect(policy).to.contain("require-trusted-types-for 'script'");
    const frame = document.createElement('iframe');
    // On screen: Chromium throttles rendering (and so ResizeObserver) in off-screen iframes.
    frame.style.cssText = 'position:fixed;top:0;left:0;width:900px;height:900px;border:0';
    frame.src = '/test/csp/index.html';
    document.body.append(frame);
    const doc = await until(
      () => frame.contentDocument?.querySelector('korus-before-after') && frame.contentDocument,
      'the page',
    );
    for (const tag of TAGS) {
      const el = doc.querySelector(tag)!;
      const svg = await drawn(el, 8000);
      expect(svg.querySelectorAll('*').length, tag).to.be.greaterThan(20);
      expect(el.shadowRoot!.querySelector('[role="alert"]'), tag).to.equal(null);
    }
    // Hover to show a positioned tooltip: its position must not need an inline style attribute.
    const chart = doc.querySelector('korus-goods-balance')!;
    const plot = chart.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await until(() => chart.shadowRoot!.querySelector<HTMLElement>('.tooltip'), 'the tooltip');
    expect(chart.shadowRoot!.querySelector<HTMLElement>('.tooltip')!.style.top).to.match(/px$/);
    expect((frame.contentWindow as Window & { __violations: string[] }).__violations).to.deep.equal([]);
    frame.remove();
  });
});
