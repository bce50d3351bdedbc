// Server-rendered charts (korus-charts/ssr, `korus-charts render --format html`): Lit SSR writes
// each element's shadow root as Declarative Shadow DOM. Without any script the reader sees the
// chart; with dist/korus-charts-hydrate.js the element adopts that shadow root (its SVG stays the
// same node), with no layout shift, and works as a live chart.
import { expect } from 'chai';
import { until } from './helpers.js';

interface SSRWindow extends Window {
  __errors: string[];
  __shift?: number;
  __svgs: (SVGSVGElement | null)[];
}

async function page(query: string): Promise<{ win: SSRWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1000px;height:2400px;border:0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.src = `/test-api/ssr-page?${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as SSRWindow;
  return { win, doc: frame.contentDocument!, frame };
}

const charts = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('body > div > *')];
const marks = (root: ShadowRoot) => root.querySelectorAll('svg path, svg rect, svg circle, svg line').length;

afterEach(() => document.body.replaceChildren());

describe('server-rendered charts without JavaScript', () => {
  for (const lang of ['en', 'ko']) {
    it(`shows each chart from its declarative shadow root (${lang})`, async () => {
      const { win, doc } = await page(`charts=goods-balance:${lang},export-promise:${lang}:dark,before-after:${lang}`);
      const els = charts(doc);
      expect(els.map((e) => e.localName)).to.deep.equal([
        'korus-goods-balance',
        'korus-export-promise',
        'korus-before-after',
      ]);
      for (const el of els) {
        expect(win.customElements.get(el.localName), 'no script defined it').to.equal(undefined);
        const root = el.shadowRoot!;
        expect(root, `${el.localName} has an open shadow root`).to.not.equal(null);
        const svg = root.querySelector('svg')!;
        expect(svg.getBoundingClientRect().width).to.equal(640);
        expect(marks(root)).to.be.greaterThan(10);
        const title = root.querySelector('.title')!;
        expect(title.getBoundingClientRect().height).to.be.greaterThan(10);
        expect(title.textContent).to.match(lang === 'ko' ? /미국/ : /U\.S\. goods/);
        const footer = root.querySelector('[part=footer]')!;
        expect(footer.textContent).to.match(lang === 'ko' ? /출처/ : /Source/);
        expect(root.querySelector('figure')!.getAttribute('lang')).to.equal(lang);
      }
      // The dark chart is drawn dark by its own styles.
      const bg = win.getComputedStyle(els[1]).backgroundColor;
      expect(bg).to.equal('rgb(22, 24, 29)');
      expect(win.__errors).to.deep.equal([]);
    });
  }
});

describe('server-rendered charts with the hydrating bundle', () => {
  it('upgrades each chart in place: same SVG node, no console error, no layout shift, live', async () => {
    const { win, doc } = await page('charts=goods-balance:en,export-promise:ko,before-after:en&script=1');
    const els = charts(doc) as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await until(() => els.every((e) => win.customElements.get(e.localName)), 'the bundle to define the tags');
    for (const el of els) await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    els.forEach((el, i) => {
      const svg = el.shadowRoot!.querySelector('svg');
      expect(win.__svgs[i], `${el.localName} had an SVG before the script`).to.not.equal(null);
      expect(svg === win.__svgs[i], `${el.localName}'s SVG is the server's node`).to.equal(true);
    });
    expect(win.__errors).to.deep.equal([]);
    // Chromium measures layout shifts; the other engines do not expose them.
    if (win.__shift !== undefined) expect(win.__shift).to.equal(0);

    // Keyboard and tooltip.
    const el = els[0];
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('2025');
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('2005');
    // Show data.
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('table')!.getBoundingClientRect().height).to.be.greaterThan(100);
    // Download: the menu offers its files.
    const summary = el.shadowRoot!.querySelector<HTMLElement>('details summary')!;
    summary.click();
    await until(
      () => el.shadowRoot!.querySelectorAll('details[open] [part=menu] button, details[open] [part=menu] a').length,
      'the Download menu',
    );
    expect(win.__errors).to.deep.equal([]);
  });

  it('adopts in place a chart whose drawing took the monthly series (a partial year) and one whose labels the browser measures differently', async () => {
    const { win, doc } = await page(
      'charts=before-after:en::before=2025~after=2026,export-promise:en::baseline=2011~promise=11&script=1',
    );
    const els = charts(doc) as (HTMLElement & { updateComplete: Promise<boolean> })[];
    await until(() => els.every((e) => win.customElements.get(e.localName)), 'the bundle to define the tags');
    for (const el of els) await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    els.forEach((el, i) => {
      expect(win.__svgs[i], `${el.localName} had an SVG before the script`).to.not.equal(null);
      expect(
        el.shadowRoot!.querySelector('svg') === win.__svgs[i],
        `${el.localName}'s SVG is the server's node`,
      ).to.equal(true);
    });
    expect(els[0].shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('January–August 2026');
    expect(win.__errors).to.deep.equal([]);
    if (win.__shift !== undefined) expect(win.__shift).to.equal(0);
  });

  it('re-lays out in place at the real width, at the same height, when it differs from the rendered one', async () => {
    const { win, doc } = await page('charts=goods-balance:en&width=640&box=480&script=1');
    const [el] = charts(doc) as (HTMLElement & { updateComplete: Promise<boolean> })[];
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const before = plot.getBoundingClientRect().height;
    const after = doc.querySelector('#after')!.getBoundingClientRect().top;
    await until(() => win.customElements.get(el.localName), 'the bundle');
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelector('svg')!.getAttribute('width') === '480', 'the 480 px layout');
    expect(el.shadowRoot!.querySelector('svg') === win.__svgs[0]).to.equal(true);
    expect(plot.getBoundingClientRect().height).to.equal(before);
    expect(doc.querySelector('#after')!.getBoundingClientRect().top).to.equal(after);
    expect(win.__errors).to.deep.equal([]);
  });
});
