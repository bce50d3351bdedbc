// The no-JavaScript embed (renderHTML, `korus-charts render --format html`): a static copy of the
// chart in the element's light DOM until the element is defined. This file never imports
// define.ts, so each test defines its element itself, after the fallback has been laid out.
import { expect } from 'chai';
import { KorusBeforeAfter } from '../../src/charts/before-after/element.js';
import { KorusExportPromise } from '../../src/charts/export-promise/element.js';
import { KorusGoodsBalance } from '../../src/charts/goods-balance/element.js';
import { renderHTML, type ChartName, type RenderOptions } from '../../src/render/index.js';
import { cleanup, drawn } from './helpers.js';

const CLASSES = {
  'goods-balance': KorusGoodsBalance,
  'export-promise': KorusExportPromise,
  'before-after': KorusBeforeAfter,
} as unknown as Record<ChartName, CustomElementConstructor>;
const frames = (n: number) =>
  new Promise<void>((r) => (n <= 0 ? r() : requestAnimationFrame(() => frames(n - 1).then(r))));

let defined = 0;

/**
 * Lays out the fallback HTML in a box `widthPx` wide, followed by a paragraph. With `tag`, the
 * markup names a fresh tag (a page can define each name once), to be defined by the test.
 */
async function place(chart: ChartName, options: RenderOptions, widthPx: number, tag = `korus-${chart}`) {
  const box = document.createElement('div');
  box.style.width = `${widthPx}px`;
  const html = renderHTML(chart, { ...options, width: widthPx }).replaceAll(`korus-${chart}`, tag);
  box.innerHTML = `${html}<p id="after">Text after the chart.</p>`; // our own escaped output
  document.body.append(box);
  await document.fonts.ready;
  await frames(2);
  return { el: box.firstElementChild as HTMLElement, after: box.querySelector('#after')! };
}

/** Cumulative layout shift reported while `action` runs and the page settles (Chromium reports it). */
async function layoutShift(action: () => Promise<void>): Promise<number | undefined> {
  if (!PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
    await action();
    return undefined;
  }
  let total = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
      if (!e.hadRecentInput) total += e.value;
  });
  observer.observe({ type: 'layout-shift' });
  await action();
  await frames(3);
  observer.takeRecords().forEach((e) => (total += (e as PerformanceEntry & { value: number }).value));
  observer.disconnect();
  return total;
}

const CASES: [ChartName, RenderOptions, number][] = [
  ['goods-balance', { from: 2007 }, 640],
  ['goods-balance', { lang: 'ko' }, 360],
  ['export-promise', {}, 720],
  ['export-promise', { lang: 'ko', theme: 'dark' }, 480],
  ['before-after', { before: 2011, after: 2016 }, 640],
  ['before-after', { lang: 'ko', metrics: 'exports imports' }, 320],
];

describe('the no-JavaScript fallback', () => {
  afterEach(cleanup);

  it('shows the chart before any script: title, plot, source, notes and the table behind Show data', async () => {
    const { el } = await place('goods-balance', { from: 2007 }, 640);
    expect(customElements.get('korus-goods-balance')).to.equal(undefined);
    const title = el.querySelector('.title')!;
    expect(title.textContent).to.equal('U.S. goods trade with South Korea, 2007–2025');
    expect(title.getBoundingClientRect().height).to.be.greaterThan(15);
    const svg = el.querySelector('.plot svg')!;
    expect(svg.querySelectorAll('.bar.deficit')).to.have.length(19);
    expect(svg.getBoundingClientRect().width).to.equal(640);
    expect(getComputedStyle(svg.querySelector('.exports-dot')!).fill).to.equal('rgb(0, 114, 178)');
    expect(el.querySelector('.source a')!.getAttribute('href')).to.equal(
      'https://www.census.gov/foreign-trade/balance/c5800.html',
    );
    const details = el.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Show data');
    expect(details.querySelectorAll('tbody tr')).to.have.length(19);
    expect(details.querySelector('tbody tr th')!.textContent).to.equal('2007');
    // The summary is for screen readers (and print), as on the live chart.
    expect(el.querySelector('.summary')!.getBoundingClientRect().height).to.be.at.most(1);
  });

  for (const [chart, options, widthPx] of CASES) {
    it(`${chart} ${JSON.stringify(options)} at ${widthPx} px: defining the element causes no layout shift`, async () => {
      const tag = `korus-${chart}-${++defined}`;
      const { el, after } = await place(chart, options, widthPx, tag);
      const fallback = el.querySelector('figure')!;
      const [height, top] = [el.getBoundingClientRect().height, after.getBoundingClientRect().top];
      const plotBefore = el.querySelector('.plot')!.getBoundingClientRect();
      const shift = await layoutShift(async () => {
        customElements.define(tag, class extends CLASSES[chart] {});
        await drawn(el);
        await (el as KorusGoodsBalance).updateComplete;
      });
      if (shift !== undefined) expect(shift, 'cumulative layout shift').to.equal(0);
      expect(el.getBoundingClientRect().height, 'the element keeps its height').to.be.closeTo(height, 0.01);
      expect(after.getBoundingClientRect().top, 'what follows stays put').to.be.closeTo(top, 0.01);
      const plot = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      expect([plot.top, plot.width, plot.height]).to.deep.equal([plotBefore.top, plotBefore.width, plotBefore.height]);
      // The shadow root replaced the light DOM on screen: unslotted, it is not rendered.
      expect(fallback.getBoundingClientRect().height).to.equal(0);
      expect(el.shadowRoot!.querySelector('.title')!.textContent).to.equal(el.querySelector('.title')!.textContent);
    });
  }

  it('escapes everything it writes', async () => {
    const hostile = '<img src=x onerror="alert(1)"> & "quotes"';
    const html = renderHTML('goods-balance', { chartTitle: hostile, note: hostile });
    expect(html).to.not.contain('<img');
    const box = document.createElement('div');
    box.innerHTML = html; // our own escaped output
    document.body.append(box);
    expect(box.querySelector('.title')!.textContent).to.equal(hostile);
    expect(box.querySelectorAll('img')).to.have.length(0);
  });

  it('in print, shows the summary and hides the Show data control', async () => {
    const { el } = await place('goods-balance', {}, 640);
    const summary = el.querySelector<HTMLElement>('.summary')!;
    expect(summary.getBoundingClientRect().height).to.be.at.most(1);
    // The page's print rules, applied on screen (engines differ in how tests can emulate print).
    const style = el.querySelector('style')!;
    style.textContent = style.textContent!.replace('@media print', '@media all');
    expect(summary.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(getComputedStyle(el.querySelector('summary')!).display).to.equal('none');
  });
});
