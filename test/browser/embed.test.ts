import { expect } from 'chai';
import { drawn, tableRows, until } from './helpers.js';

// The plain-HTML page a CMS author would write: the classic script tag and the element, nothing else.
describe('demo/embed.html with the classic script bundle', () => {
  it('renders 19 years, two milestones and the 2011 and 2024 table rows', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    // On screen: Chromium throttles rendering (and so ResizeObserver) in off-screen iframes.
    frame.style.cssText += 'position:fixed;top:0;left:0;border:0';
    frame.src = '/demo/embed.html';
    document.body.append(frame);
    const chart = await until(() => frame.contentDocument?.querySelector('korus-goods-balance'), 'the page to load');
    const svg = await drawn(chart, 8000);
    expect(svg.querySelectorAll('.exports-dot')).to.have.length(19);
    expect(svg.querySelectorAll('.imports-dot')).to.have.length(19);
    expect(svg.querySelectorAll('.bar')).to.have.length(19);
    expect(svg.querySelectorAll('.milestone')).to.have.length(2);
    const rows = tableRows(chart);
    expect(rows['2011']).to.deep.equal(['2011', '43.5', '56.7', '\u221213.2']);
    expect(rows['2024']).to.deep.equal(['2024', '65.8', '131.5', '\u221265.7']);
    expect((frame.contentWindow as Window & { KorusCharts?: object }).KorusCharts).to.have.property(
      'KorusGoodsBalance',
    );
    frame.remove();
  });
});
