import { expect } from 'chai';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import { alertOf, cleanup, drawn, mount, narrowTo, press, tableRows, until } from './helpers.js';

const MINUS = '\u2212';

describe('<korus-goods-balance>', () => {
  afterEach(cleanup);

  it('renders exports, imports and balance marks for every year, the milestones and the table', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2007" to="2025"></korus-goods-balance>', 800);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('.exports-dot')).to.have.length(19);
    expect(svg.querySelectorAll('.imports-dot')).to.have.length(19);
    expect(svg.querySelectorAll('.bar.deficit')).to.have.length(19);
    expect([...svg.querySelectorAll('.milestone')].map((m) => m.getAttribute('data-id'))).to.deep.equal([
      't_2012_entry_into_force',
      't_2019_amendment_in_force',
    ]);
    const rows = tableRows(el);
    expect(rows['2011']).to.deep.equal(['2011', '43.5', '56.7', `${MINUS}13.2`]);
    expect(rows['2024']).to.deep.equal(['2024', '65.8', '131.5', `${MINUS}65.7`]);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('U.S. goods trade with South Korea, 2007–2025');
    const link = root.querySelector<HTMLAnchorElement>('.source a')!;
    expect(link.href).to.equal('https://www.census.gov/foreign-trade/balance/c5800.html');
    expect(link.textContent).to.contain('U.S. Census Bureau');
  });

  it('accepts years set as numeric strings by frameworks (React 19, Vue, Svelte set properties)', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 800);
    (el as unknown as { from: string }).from = '2007';
    (el as unknown as { to: string }).to = ' 2025 ';
    await drawn(el);
    expect(Object.keys(tableRows(el))).to.have.length(19);
  });

  it('defaults to 2005 through the latest year', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 800);
    await drawn(el);
    expect(Object.keys(tableRows(el))).to.have.length(21);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('2005–2025');
  });

  it('fits a container narrowed to 320 px without overflow', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 900);
    await drawn(el);
    await narrowTo(el, 320, 'svg text, svg rect, svg circle, .title, .subtitle, footer p, button');
    expect(el.shadowRoot!.querySelectorAll('.legend-item')).to.have.length(3);
  });

  it('switches language with lang, and follows the nearest ancestor lang otherwise', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2011"></korus-goods-balance>', 800);
    await drawn(el);
    el.lang = 'ko';
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('미국의 대한국 상품 교역, 2011~2025년');
    expect(root.querySelector('button')!.textContent!.trim()).to.equal('데이터 보기');
    expect(tableRows(el)['2011']).to.deep.equal(['2011', '435', '567', `${MINUS}132`]);
    expect(root.querySelector('figure')!.getAttribute('lang')).to.equal('ko');

    const wrapped = mount<HTMLElement>(
      '<section lang="ko-KR"><div><korus-goods-balance></korus-goods-balance></div></section>',
      600,
    );
    const inner = wrapped.querySelector('korus-goods-balance')!;
    await drawn(inner);
    expect(inner.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('억 달러');

    // A page that changes an ancestor's lang later (an app's language switch) is followed.
    wrapped.setAttribute('lang', 'en');
    await until(
      () => inner.shadowRoot!.querySelector('figure')?.getAttribute('lang') === 'en',
      'the chart to follow lang="en"',
    );
    expect(inner.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('Billions of U.S. dollars');
    expect(el.shadowRoot!.querySelector('figure')!.getAttribute('lang'), 'its own lang wins').to.equal('ko');
    const before = document.documentElement.lang;
    document.documentElement.lang = 'ko';
    wrapped.removeAttribute('lang');
    try {
      await until(
        () => inner.shadowRoot!.querySelector('figure')?.getAttribute('lang') === 'ko',
        'the chart to follow <html lang="ko">',
      );
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('shows a tooltip on hover and on keyboard focus, and announces the focused year', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2011" to="2016"></korus-goods-balance>', 800);
    await drawn(el);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await el.updateComplete;
    let tip = el.shadowRoot!.querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('2016');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal(
      '2016: exports $42.3 billion, imports $69.9 billion, deficit $27.6 billion',
    );
    press(plot, 'Home');
    await el.updateComplete;
    tip = el.shadowRoot!.querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('2011');
    expect(tip.textContent).to.contain('$43.5B');
    press(plot, 'Escape');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);

    plot.blur();
    const bar = el.shadowRoot!.querySelector<SVGRectElement>('.bar[data-year="2014"]')!.getBoundingClientRect();
    plot.dispatchEvent(
      new PointerEvent('pointermove', { clientX: bar.left + bar.width / 2, clientY: bar.top, bubbles: true }),
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')!.textContent).to.contain('2014');
  });

  it('shows a specific alert for a missing file, fires korus-error, and leaves a second chart working', async () => {
    const box = mount<HTMLElement>(
      '<div><korus-goods-balance src="/test/fixtures/missing.csv"></korus-goods-balance><korus-goods-balance from="2010"></korus-goods-balance></div>',
      700,
    );
    const [bad, good] = box.querySelectorAll('korus-goods-balance');
    const event = new Promise<CustomEvent>((resolve) =>
      bad.addEventListener('korus-error', (e) => resolve(e as CustomEvent)),
    );
    const alert = await alertOf(bad as HTMLElement);
    expect(alert.textContent).to.contain('404');
    expect(alert.textContent).to.contain('/test/fixtures/missing.csv');
    expect((await event).detail.code).to.equal('fetch-status');
    await drawn(good as HTMLElement);
    expect(good.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('shows the line and column of a non-numeric cell in a CSV', async () => {
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance src="/test/fixtures/bad-cell.csv"></korus-goods-balance>',
      700,
    );
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('line 3');
    expect(alert.textContent).to.contain('column “imports”');
    expect(alert.textContent).to.contain('n/a');
  });

  it('draws a CSV from src and data from the data property, citing them instead of the Census', async () => {
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance src="/test/fixtures/good.csv"></korus-goods-balance>',
      700,
    );
    await drawn(el);
    expect(Object.keys(tableRows(el))).to.deep.equal(['2014', '2015', '2016']);
    expect(el.shadowRoot!.querySelector('.source')!.textContent).to.contain('good.csv');

    el.data = [
      { year: 2020, exports: 1000, imports: 2500 },
      { year: 2021, exports: 1500, imports: 2000 },
    ];
    await el.updateComplete;
    expect(tableRows(el)['2021']).to.deep.equal(['2021', '1.5', '2.0', `${MINUS}0.5`]);
  });

  it('links the source of an http(s) or relative src, and shows any other address (data:, blob:) as text', async () => {
    const csv = 'year,exports,imports\n2014,1000,2500\n2015,1500,2000\n';
    const blob = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const cases = [
      ['/test/fixtures/good.csv', true],
      [`data:text/csv,${encodeURIComponent(csv)}`, false],
      [blob, false],
    ] as const;
    for (const [src, linked] of cases) {
      const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 700, (e) => (e.src = src));
      await drawn(el);
      const source = el.shadowRoot!.querySelector('.source')!;
      expect(source.textContent, src).to.contain(src);
      const a = source.querySelector('a');
      if (linked) expect(a?.getAttribute('href')).to.equal(src);
      // (outerHTML: a failing check then reports markup, not an element the runner cannot serialize)
      else expect(a?.outerHTML ?? null, `${src.slice(0, 20)}… is no link`).to.equal(null);
      cleanup();
    }
    URL.revokeObjectURL(blob);
  });

  it('keeps the last good chart on screen when new data is bad', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2010"></korus-goods-balance>', 700);
    await drawn(el);
    el.data = [{ year: 2020, exports: -5, imports: 1 }];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be negative');
    expect(el.shadowRoot!.querySelector('svg')).to.not.equal(null);
  });

  it('explains a reversed year range instead of drawing', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2020" to="2010"></korus-goods-balance>', 700);
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('“from” (2020) must not be later than “to” (2010)');
  });

  it('themes: dark draws with the dark palette', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance theme="dark"></korus-goods-balance>', 600);
    const svg = await drawn(el);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(22, 24, 29)');
    expect(getComputedStyle(svg.querySelector('.exports-line')!).stroke).to.equal('rgb(86, 180, 233)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('shows the table when asked, and keeps it readable by screen readers when hidden', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 600);
    await drawn(el);
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!;
    expect(wrap.classList.contains('sr-only')).to.equal(true);
    expect(getComputedStyle(wrap).display).to.not.equal('none');
    const button = el.shadowRoot!.querySelector('button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(wrap.classList.contains('sr-only')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(200);
  });
});
