// One pipeline for every host (docs/architecture.md): the element derives once per input
// change, and a chart defined only here is drawn by the element, the static renderer's stages
// and the Download menu alike.
import { expect } from 'chai';
import '../../src/define.js';
import { goodsBalance } from '../../src/charts/goods-balance/chart.js';
import { censusSeries } from '../../src/data/embedded.js';
import { createTextMeasurer } from '../../src/layout/text.js';
import { chartCSV, chartParts } from '../../src/render/chart-parts.js';
import { cssOf, drawChart } from '../../src/render/draw.js';
import { FRAME_MESSAGES } from '../../src/format/messages.js';
import { parseSVGContent } from '../../src/render/markup.js';
import { writeSVG } from '../../src/render/write-svg.js';
import { captureDownloads, download } from './download-helpers.js';
import { exportBars, KorusTestExports } from './fixtures/fourth-chart.js';
import { alertOf, cleanup, drawn, mount, press, recordProblems, TAGS } from './helpers.js';

describe('the chart pipeline', () => {
  afterEach(cleanup);

  it('derives once per input change: not again for a new size, hover, focus or the table', async () => {
    const derive = goodsBalance.derive;
    let calls = 0;
    goodsBalance.derive = (...args) => (calls++, derive(...args));
    try {
      const el = mount<HTMLElement & { updateComplete: Promise<boolean> }>(
        '<korus-goods-balance from="2007"></korus-goods-balance>',
        640,
      );
      await drawn(el);
      expect(calls, 'first draw').to.equal(1);
      el.setAttribute('from', '2010');
      await el.updateComplete;
      expect(calls, 'one attribute change').to.equal(2);
      const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
      plot.focus();
      press(plot, 'ArrowLeft');
      el.shadowRoot!.querySelector<HTMLButtonElement>('footer button')!.click();
      await el.updateComplete;
      (el.parentElement as HTMLElement).style.width = '400px';
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')!.getAttribute('width')).to.equal('400');
      expect(calls, 'after focus, keys, the table and a resize').to.equal(2);
    } finally {
      goodsBalance.derive = derive;
    }
  });

  it('draws a fourth chart, defined only in the tests, as element, static SVG and downloads', async () => {
    const el = mount<KorusTestExports>('<korus-test-exports from="2021"></korus-test-exports>', 500);
    await drawn(el);
    const years = censusSeries().years.filter((d) => d.year >= 2021);
    const bars = el.shadowRoot!.querySelectorAll('rect.bar');
    expect(bars.length).to.equal(years.length);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal('U.S. exports to Korea');

    const box = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
    const input = {
      css: cssOf(KorusTestExports.styles),
      series: censusSeries(),
      locale: 'en' as const,
      frame: FRAME_MESSAGES.en,
      widthPx: Math.round(box.width),
      heightPx: Math.round(box.height),
      theme: 'light',
      measure: createTextMeasurer(getComputedStyle(el).fontFamily),
    };
    const options = { from: 2021 };
    const { words, plot } = chartParts(exportBars, input, options);
    const svgText = writeSVG(drawChart(input, words, parseSVGContent(plot)));
    expect(svgText.match(/class="bar/g)).to.have.length(years.length);

    const capture = captureDownloads();
    try {
      const svgFile = await download(el, 'svg', capture);
      expect(await svgFile.blob.text(), 'the downloaded SVG is the static one').to.equal(svgText);
      const csvFile = await download(el, 'csv', capture);
      const csv = (await csvFile.blob.text()).replace(/^\uFEFF/, '');
      expect(csv).to.equal(chartCSV(exportBars, input, options));
      expect(csv.split('\n').filter((l) => /^20\d\d,/.test(l))).to.have.length(years.length);
    } finally {
      capture.restore();
    }
  });

  it("keeps a refused option's message through a resize, with nothing thrown on the page", async () => {
    const problems = recordProblems();
    for (const tag of TAGS) {
      const attr = tag === 'korus-before-after' ? 'before' : 'from';
      const el = mount<HTMLElement & { updateComplete: Promise<boolean> }>(`<${tag} ${attr}="soon"></${tag}>`, 640);
      const alert = await alertOf(el);
      expect(alert.textContent, tag).to.contain('soon');
      (el.parentElement as HTMLElement).style.width = '400px';
      await new Promise((r) => setTimeout(r, 100));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent, `${tag} after the resize`).to.contain('soon');
      cleanup();
    }
    expect(problems).to.deep.equal([]);
  });
});
