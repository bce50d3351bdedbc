import { expect } from 'chai';
import '../../src/define.js';
import type { KorusExportPromise } from '../../src/index.js';
import { alertOf, cleanup, drawn, mount, narrowTo, overlappingTexts, tableRows } from './helpers.js';

const MINUS = '\u2212';
const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('#summary')!.textContent!;
const gapKind = (el: HTMLElement, year: number) => el.shadowRoot!.querySelector(`.gap[data-year="${year}"]`)!.classList;

describe('<korus-export-promise>', () => {
  afterEach(cleanup);

  it('renders exports from the baseline, gaps, the target line, the band, milestones and the table', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise></korus-export-promise>', 800);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('.exports-dot')).to.have.length(15);
    // One gap per year, and one for the latest 12 months (export-promise-latest.test.ts).
    expect(svg.querySelectorAll('.gap')).to.have.length(16);
    expect(svg.querySelectorAll('.gap.shortfall')).to.have.length(8);
    expect(svg.querySelectorAll('.gap.excess')).to.have.length(8);
    expect(gapKind(el, 2016).contains('shortfall')).to.equal(true);
    expect(gapKind(el, 2018).contains('excess')).to.equal(true);
    expect(svg.querySelectorAll('.target-line')).to.have.length(1);
    expect(svg.querySelectorAll('.band-area')).to.have.length(1);
    expect([...svg.querySelectorAll('.milestone')].map((m) => m.getAttribute('data-id'))).to.deep.equal([
      't_2012_entry_into_force',
      't_2019_amendment_in_force',
    ]);
    const labels = [...svg.querySelectorAll('.series-label')].map((t) => t.textContent);
    expect(labels).to.include('Up to $11.0B on 2011');
    expect(labels).to.include('USITC estimate: +$9.7B to +$10.9B on 2011');

    const rows = tableRows(el);
    expect(rows['2011']).to.deep.equal(['2011', '43.5', '54.5', `${MINUS}11.0`]);
    expect(rows['2016']).to.deep.equal(['2016', '42.3', '54.5', `${MINUS}12.2`]);
    expect(rows['2018']).to.deep.equal(['2018', '56.3', '54.5', '+1.8']);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal([
      'Year',
      'Exports',
      'Line',
      'Gap',
    ]);
    expect(root.querySelector('.title')!.textContent).to.equal(
      'U.S. goods exports to South Korea and the KORUS promise, 2011–2025',
    );
    expect(summary(el)).to.contain('first reached the $54.5B line (2011 exports plus up to $11.0B) in 2018');
    expect(root.querySelector('footer')!.textContent).to.contain(
      '“expected to boost annual exports of American goods by up to $11 billion”',
    );
  });

  it('recomputes chart, table and summary when dollars, price-year, baseline or promise change', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise></korus-export-promise>', 800);
    const svg = await drawn(el);
    const targetY = () => Number(svg.querySelector('.target-line')!.getAttribute('y1'));
    const dotY = (year: number) => Number(svg.querySelector(`.exports-dot[data-year="${year}"]`)!.getAttribute('cy'));
    // Nominal: 2018 is drawn above the target line.
    expect(dotY(2018)).to.be.lessThan(targetY());

    el.setAttribute('dollars', 'real');
    await el.updateComplete;
    expect(tableRows(el)['2018']).to.deep.equal(['2018', '50.4', '54.5', `${MINUS}4.1`]);
    expect(summary(el)).to.contain('in 2021');
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain(
      '2011 U.S. dollars, adjusted for inflation',
    );
    expect(svg.querySelector('.axis-label')!.textContent).to.equal('2011 dollars');
    expect(gapKind(el, 2018).contains('shortfall')).to.equal(true);
    expect(dotY(2018)).to.be.greaterThan(targetY());

    el.priceYear = 2024;
    await el.updateComplete;
    expect(tableRows(el)['2024'][1]).to.equal('65.8');
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain(
      '2024 U.S. dollars, adjusted for inflation',
    );
    expect(svg.querySelector('.axis-label')!.textContent).to.equal('2024 dollars');

    el.removeAttribute('dollars');
    el.removeAttribute('price-year');
    await el.updateComplete;
    expect(targetY()).to.be.greaterThan(dotY(2018));
    el.setAttribute('promise', '20');
    await el.updateComplete;
    expect(tableRows(el)['2018']).to.deep.equal(['2018', '56.3', '63.5', `${MINUS}7.2`]);
    expect(summary(el)).to.contain('first reached the $63.5B line (2011 exports plus $20.0B) in 2021');
    expect(targetY()).to.be.lessThan(dotY(2018));
    expect(svg.querySelector('.axis-label')).to.equal(null);

    el.baseline = 2016;
    await el.updateComplete;
    expect(Object.keys(tableRows(el))[0]).to.equal('2016');
    expect(tableRows(el)['2016']).to.deep.equal(['2016', '42.3', '62.3', `${MINUS}20.0`]);
    expect(svg.querySelectorAll('.exports-dot')).to.have.length(10);
    expect(el.shadowRoot!.querySelector('.title')!.textContent).to.contain('2016–2025');
  });

  it('shows a tooltip with exports, target and gap, and announces the focused year', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise to="2016"></korus-export-promise>', 800);
    await drawn(el);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('.tooltip')!;
    expect(tip.textContent).to.contain('2016');
    expect(tip.textContent).to.contain('Below line');
    expect(tip.textContent).to.contain('$12.2B');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal(
      '2016: exports $42.3 billion, line $54.5 billion, below line $12.2 billion',
    );
    expect(gapKind(el, 2016).contains('active')).to.equal(true);
  });

  it('explains a baseline outside the data, a price year without CPI and a bad promise in role="alert"', async () => {
    const cases: [string, string, string][] = [
      ['baseline="1970"', 'year-not-in-data', 'The baseline year 1970 is not in the data, which covers 1985–2025.'],
      ['dollars="real" price-year="1970"', 'no-cpi', 'There is no consumer price index (CPI-U) for 1970'],
      ['promise="-5"', 'bad-attribute', 'The attribute “promise” must be a number from 0 to 1,000,000; found “-5”.'],
      ['promise="lots"', 'bad-attribute', '“promise” must be a number from 0 to 1,000,000; found “lots”'],
      ['promise="1e308"', 'bad-attribute', '“promise” must be a number from 0 to 1,000,000; found “1e308”'],
      ['baseline="2025"', 'bad-order', '“baseline” (2025) must be earlier than “to” (2025)'],
    ];
    for (const [attrs, code, message] of cases) {
      const el = mount<KorusExportPromise>(`<korus-export-promise ${attrs}></korus-export-promise>`, 600);
      const event = new Promise<CustomEvent>((resolve) =>
        el.addEventListener('korus-error', (e) => resolve(e as CustomEvent)),
      );
      const alert = await alertOf(el);
      expect(alert.textContent, attrs).to.contain(message);
      expect((await event).detail.code, attrs).to.equal(code);
      expect(el.shadowRoot!.querySelector('svg'), attrs).to.equal(null);
      cleanup();
    }
  });

  it('recovers from a bad promise once it is fixed', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise promise="-1"></korus-export-promise>', 600);
    await alertOf(el);
    el.setAttribute('promise', '11');
    await drawn(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(tableRows(el)['2011'][2]).to.equal('54.5');
  });

  it('fits a container narrowed to 320 px without overflow, with a legend', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise dollars="real"></korus-export-promise>', 900);
    await drawn(el);
    await narrowTo(el, 320, 'svg text, svg rect, svg circle, svg line, .title, .subtitle, footer p, button', 1);
    // No two texts in the plot overlap.
    expect(overlappingTexts(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('.legend-item')).to.have.length(3);
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise lang="ko"></korus-export-promise>', 700);
    await drawn(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('미국의 대한국 상품 수출과 한미 FTA 약속, 2011~2025년');
    expect(summary(el)).to.contain('2018년에 처음으로 기준선 545억 달러');
    expect(tableRows(el)['2016']).to.deep.equal(['2016', '423', '545', `${MINUS}122`]);
    expect(root.querySelector('footer')!.textContent).to.contain(
      '미국 대통령 공문서집(Public Papers of the Presidents)',
    );
    el.setAttribute('dollars', 'real');
    await el.updateComplete;
    expect(summary(el)).to.contain('2021년에 처음으로');
    expect(tableRows(el)['2018']).to.deep.equal(['2018', '504', '545', `${MINUS}41`]);
  });

  it('draws the dark palette for the band and the gaps', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise theme="dark"></korus-export-promise>', 600);
    const svg = await drawn(el);
    expect(getComputedStyle(svg.querySelector('.band-area')!).fill).to.equal('rgb(92, 87, 38)');
    expect(getComputedStyle(svg.querySelector('.target-line')!).stroke).to.equal('rgb(242, 242, 242)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(svg.querySelector('.band-area')!).fill).to.equal('rgb(243, 230, 140)');
    expect(getComputedStyle(svg.querySelector('.target-line')!).stroke).to.equal('rgb(26, 26, 26)');
  });

  it('draws exports of another partner from the data property', async () => {
    const el = mount<KorusExportPromise>(
      '<korus-export-promise baseline="2020" promise="1"></korus-export-promise>',
      700,
    );
    await drawn(el);
    el.data = [
      { year: 2020, exports: 1000, imports: 2500 },
      { year: 2021, exports: 1500, imports: 2000 },
      { year: 2022, exports: 2500, imports: 2000 },
    ];
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal({
      2020: ['2020', '1.0', '2.0', `${MINUS}1.0`],
      2021: ['2021', '1.5', '2.0', `${MINUS}0.5`],
      2022: ['2022', '2.5', '2.0', '+0.5'],
    });
    expect(summary(el)).to.contain('in 2022');
  });
});
