import { expect } from 'chai';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import fc from 'fast-check';
import { attributes, dataValue } from './fuzz-values.js';
import { TAGS, cleanup, drawn, mount, until } from './helpers.js';

type GcWindow = Window & { gc?: () => void };
const heapBytes = () => (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
async function collect(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    (window as GcWindow).gc!();
    await new Promise((r) => setTimeout(r, 20));
  }
  return heapBytes();
}

describe('lifecycle', () => {
  afterEach(cleanup);

  it('mounting and removing a chart 1,000 times leaves the heap within 2 MB and no ResizeObserver behind', async function () {
    this.timeout(60_000);
    expect((window as GcWindow).gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
    // Count observers through a subclass, so every one the charts create is seen.
    const RealRO = window.ResizeObserver;
    let observing = 0;
    window.ResizeObserver = class extends RealRO {
      private _live = false;
      override observe(target: Element, options?: ResizeObserverOptions) {
        if (!this._live) observing++;
        this._live = true;
        super.observe(target, options);
      }
      override disconnect() {
        if (this._live) observing--;
        this._live = false;
        super.disconnect();
      }
    };
    try {
      const box = document.createElement('div');
      box.style.width = '600px';
      document.body.append(box);
      const cycle = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const el = document.createElement('korus-goods-balance') as KorusGoodsBalance;
          el.setAttribute('from', String(2000 + (i % 20)));
          box.append(el);
          await el.updateComplete;
          // Every tenth one waits to draw, so sized layouts and SVG are created and dropped too.
          if (i % 10 === 0) await drawn(el);
          el.remove();
        }
      };
      await cycle(50); // warm up: code, styles and caches that are made once
      const start = await collect();
      await cycle(1000);
      const end = await collect();
      expect(observing, 'ResizeObservers still observing').to.equal(0);
      expect(end - start, `heap grew from ${start} to ${end} bytes`).to.be.below(2 * 1024 * 1024);
    } finally {
      window.ResizeObserver = RealRO;
    }
  });

  it('charts fed arbitrary data and attributes (the fuzz test’s values), then removed, leave the heap within 1 MB', async function () {
    this.timeout(90_000);
    const box = document.createElement('div');
    box.style.width = '480px';
    document.body.append(box);
    // Fixed seeds: the same values every run, so a leak reproduces.
    const cases = (n: number, seed: number) =>
      fc.sample(fc.tuple(fc.constantFrom(...TAGS), fc.option(dataValue, { nil: undefined }), fc.nat()), {
        numRuns: n,
        seed,
      });
    const cycle = async (list: ReturnType<typeof cases>) => {
      for (const [tag, data, pick] of list) {
        const el = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
        const attrs = fc.sample(attributes(tag), { numRuns: 1, seed: pick })[0];
        for (const [name, value] of Object.entries(attrs)) if (name !== 'timeout') el.setAttribute(name, value);
        if (data !== undefined) el.data = data;
        box.append(el);
        await el.updateComplete;
        el.remove();
      }
    };
    await cycle(cases(60, 1)); // warm up: code, the data reader, Korean strings, caches made once
    const start = await collect();
    await cycle(cases(400, 2));
    const end = await collect();
    expect(end - start, `heap grew from ${start} to ${end} bytes`).to.be.below(1024 * 1024);
  });

  it('a chart created inside a display:none container renders correctly when shown', async () => {
    const box = mount<HTMLElement>(
      '<div style="display:none"><korus-goods-balance from="2010"></korus-goods-balance></div>',
      700,
    );
    const el = box.querySelector('korus-goods-balance')!;
    await (el as KorusGoodsBalance).updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    box.style.display = 'block';
    const svg = await drawn(el);
    expect(svg.getAttribute('width')).to.equal('700');
    expect(svg.querySelectorAll('.bar')).to.have.length(16);
  });

  it('100 charts on one page all render', async function () {
    this.timeout(30_000);
    const box = mount<HTMLElement>(`<div>${'<korus-goods-balance></korus-goods-balance>'.repeat(100)}</div>`, 500);
    const charts = [...box.querySelectorAll('korus-goods-balance')];
    await until(() => charts.every((c) => c.shadowRoot?.querySelector('svg')), 'all 100 charts to draw', 20_000);
    for (const c of charts) expect(c.shadowRoot!.querySelectorAll('.bar')).to.have.length(21);
  });

  it('a chart moved to another parent keeps working and follows its new width', async () => {
    const a = mount<HTMLElement>('<div><korus-goods-balance></korus-goods-balance></div>', 800);
    const b = mount<HTMLElement>('<div></div>', 400);
    const el = a.querySelector('korus-goods-balance')!;
    await drawn(el);
    b.append(el);
    await until(
      () => el.shadowRoot!.querySelector('svg')?.getAttribute('width') === '400',
      'the moved chart to re-layout at 400 px',
    );
    b.style.width = '500px';
    await until(
      () => el.shadowRoot!.querySelector('svg')?.getAttribute('width') === '500',
      'the moved chart to follow its new parent',
    );
    el.setAttribute('lang', 'ko');
    await until(
      () => el.shadowRoot!.querySelector('.title')!.textContent!.includes('미국'),
      'the moved chart to switch language',
    );
  });
});
