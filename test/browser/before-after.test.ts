import { expect } from 'chai';
import '../../src/define.js';
import type { KorusBeforeAfter } from '../../src/index.js';
import { alertOf, cleanup, drawn, mount, narrowTo, overlappingTexts, press, tableRows } from './helpers.js';

const MINUS = '\u2212';

/** What each row says on the marks: heading, then the first and second year's value labels. */
function marks(el: HTMLElement): Record<string, { heading: string; before: string; after: string }> {
  const rows = [...el.shadowRoot!.querySelectorAll('.row')];
  return Object.fromEntries(
    rows.map((r) => [
      r.getAttribute('data-metric')!,
      {
        heading: `${r.querySelector('.name')!.textContent} ${r.querySelector('.change')!.textContent}`,
        before: r.querySelector('.value.before')!.textContent!,
        after: r.querySelector('.value.after')!.textContent!,
      },
    ]),
  );
}
const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('#summary')!.textContent;
const plotOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
const key = async (el: KorusBeforeAfter, k: string) => {
  press(plotOf(el), k);
  await el.updateComplete;
};

describe('<korus-before-after>', () => {
  afterEach(cleanup);

  it('compares 2011 with 2016 by default, on the marks and in the table', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 800);
    const svg = await drawn(el);
    expect(svg.querySelectorAll('.row')).to.have.length(3);
    expect(svg.querySelectorAll('.dot.before')).to.have.length(4); // three rows and the key
    expect(marks(el)).to.deep.equal({
      exports: { heading: `Exports fell $1.2B (${MINUS}2.8%)`, before: '$43.5B', after: '$42.3B' },
      imports: { heading: 'Imports rose $13.2B (+23.3%)', before: '$56.7B', after: '$69.9B' },
      balance: { heading: 'Deficit grew $14.4B (+109.3%)', before: `${MINUS}$13.2B`, after: `${MINUS}$27.6B` },
    });
    expect(tableRows(el)).to.deep.equal({
      exports: ['Exports', '43.5', '42.3', `${MINUS}1.2`, `${MINUS}2.8%`],
      imports: ['Imports', '56.7', '69.9', '+13.2', '+23.3%'],
      balance: ['Balance', `${MINUS}13.2`, `${MINUS}27.6`, `${MINUS}14.4`, 'deficit +109.3%'],
    });
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('U.S. goods trade with South Korea, 2011 and 2016');
    expect(summary(el)).to.equal(
      'Exports fell 2.8% from $43.5B (2011) to $42.3B (2016) and imports rose 23.3% from $56.7B to $69.9B, ' +
        'while the goods deficit more than doubled, from $13.2B to $27.6B.',
    );
    expect(root.querySelector('#hint')!.textContent).to.equal('Use the arrow keys to move between rows.');
    expect([...root.querySelectorAll('.key-label')].map((t) => t.textContent)).to.deep.equal(['2011', '2016']);
  });

  it('draws the deficit left of the zero line and exports and imports right of it', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 800);
    const svg = await drawn(el);
    const zero = svg.querySelector('.zero')!.getBoundingClientRect().left;
    const xs = (metric: string) =>
      [...svg.querySelectorAll(`.row[data-metric="${metric}"] .dot`)].map((d) => d.getBoundingClientRect().right);
    for (const x of xs('balance')) expect(x).to.be.below(zero);
    for (const metric of ['exports', 'imports']) for (const x of xs(metric)) expect(x - 10).to.be.above(zero);
    expect(svg.querySelectorAll('.row[data-metric="balance"] .dot.deficit')).to.have.length(2);
  });

  it('recomputes marks, table and summary when before and after change on a live element', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 800);
    await drawn(el);
    el.setAttribute('before', '2016');
    el.setAttribute('after', '2024');
    await el.updateComplete;
    expect(el.beforeYear).to.equal(2016);
    expect(marks(el).exports).to.deep.equal({
      heading: 'Exports rose $23.5B (+55.6%)',
      before: '$42.3B',
      after: '$65.8B',
    });
    expect(marks(el).balance).to.deep.equal({
      heading: 'Deficit grew $38.1B (+137.8%)',
      before: `${MINUS}$27.6B`,
      after: `${MINUS}$65.7B`,
    });
    expect(tableRows(el).imports).to.deep.equal(['Imports', '69.9', '131.5', '+61.6', '+88.1%']);
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.contain('2024');
    expect(summary(el)).to.equal(
      'Exports rose 55.6% from $42.3B (2016) to $65.8B (2024) and imports rose 88.1% from $69.9B to $131.5B, ' +
        'while the goods deficit more than doubled, from $27.6B to $65.7B.',
    );
    el.afterYear = 2018;
    el.beforeYear = 2015;
    await el.updateComplete;
    expect(marks(el).balance.heading).to.equal(`Deficit narrowed $10.4B (${MINUS}36.7%)`);
  });

  it('shows only the metrics asked for, and constant dollars when asked', async () => {
    const el = mount<KorusBeforeAfter>(
      '<korus-before-after metrics="exports, balance" dollars="real"></korus-before-after>',
      700,
    );
    const svg = await drawn(el);
    expect([...svg.querySelectorAll('.row')].map((r) => r.getAttribute('data-metric'))).to.deep.equal([
      'exports',
      'balance',
    ]);
    expect(Object.keys(tableRows(el))).to.deep.equal(['exports', 'balance']);
    expect(el.shadowRoot!.querySelector('.subtitle')!.textContent).to.contain('Billions of 2011 U.S. dollars');
    expect(marks(el).exports.after).to.equal('$39.6B');
  });

  it('explains before not earlier than after, naming the range, and fires korus-error', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after before="2016" after="2011"></korus-before-after>', 700);
    const event = new Promise<CustomEvent>((resolve) =>
      el.addEventListener('korus-error', (e) => resolve(e as CustomEvent)),
    );
    const alert = await alertOf(el);
    expect(alert.textContent).to.equal(
      '“before” (2016) must be earlier than “after” (2011). The data covers 1985–2025.',
    );
    expect((await event).detail.code).to.equal('bad-order');
    expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
  });

  it('explains a year missing from the data, and draws again once the year is fixed', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after after="2030"></korus-before-after>', 700);
    const alert = await alertOf(el);
    expect(alert.textContent).to.equal('The after year 2030 is not in the data, which covers 1985–2025.');
    el.setAttribute('after', '2016');
    await drawn(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    el.setAttribute('metrics', 'exports services');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      '“metrics” must be one or more of exports, imports, balance',
    );
  });

  it('quotes a badly written year back as written', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after before="20l1"></korus-before-after>', 700);
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('“before”');
    expect(alert.textContent).to.contain('“20l1”');
  });

  it('fits a container narrowed to 320 px without overflow', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 900);
    await drawn(el);
    await narrowTo(el, 320, 'svg text, svg circle, .title, .subtitle, footer p, button');
    // Drawn text, measured in the real font: no two labels overlap.
    expect(overlappingTexts(el, 2)).to.deep.equal([]);
    expect(marks(el).balance.after).to.equal(`${MINUS}$27.6B`);
  });

  it('speaks Korean with lang="ko"', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after lang="ko"></korus-before-after>', 700);
    await drawn(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal('미국의 대한국 상품 교역, 2011년과 2016년');
    expect(marks(el).exports).to.deep.equal({
      heading: `미국 수출 12억 달러 감소(${MINUS}2.8%)`,
      before: '435억 달러',
      after: '423억 달러',
    });
    expect(marks(el).balance.heading).to.equal('적자 144억 달러 확대(+109.3%)');
    expect(tableRows(el).balance).to.deep.equal([
      '무역수지',
      `${MINUS}132`,
      `${MINUS}276`,
      `${MINUS}144`,
      '적자 +109.3%',
    ]);
    expect(summary(el)).to.contain('상품 무역적자는 132억 달러에서 276억 달러로 두 배 넘게 늘었습니다.');
    expect(root.querySelector('#hint')!.textContent).to.equal('화살표 키로 항목 사이를 이동할 수 있습니다.');
  });

  it('moves between metrics with the keyboard, with a tooltip and an announcement for each', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 800);
    await drawn(el);
    plotOf(el).focus();
    await el.updateComplete;
    const root = el.shadowRoot!;
    // "Heading | label: value | …"
    const tip = () =>
      [
        root.querySelector('.tooltip strong')!.textContent,
        ...[...root.querySelectorAll('.tooltip-row')].map((r) => [...r.children].map((c) => c.textContent).join(': ')),
      ].join(' | ');
    expect(tip()).to.equal(
      `Balance | 2011: ${MINUS}$13.2B | 2016: ${MINUS}$27.6B | Change: deficit grew $14.4B (+109.3%)`,
    );
    expect(root.querySelector('[aria-live]')!.textContent).to.equal(
      'Deficit grew $14.4 billion (+109.3%), from $13.2 billion in 2011 to $27.6 billion in 2016',
    );
    expect(root.querySelector('.row.active')!.getAttribute('data-metric')).to.equal('balance');
    await key(el, 'ArrowUp');
    expect(tip()).to.contain('Imports');
    expect(root.querySelector('[aria-live]')!.textContent).to.equal(
      'Imports rose $13.2 billion (+23.3%), from $56.7 billion in 2011 to $69.9 billion in 2016',
    );
    await key(el, 'Home');
    expect(tip()).to.contain('fell $1.2B (−2.8%)');
    await key(el, 'Escape');
    expect(root.querySelector('.tooltip')).to.equal(null);
  });

  it('picks the row under the pointer', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after></korus-before-after>', 800);
    await drawn(el);
    const plot = plotOf(el);
    for (const metric of ['imports', 'exports', 'balance']) {
      const dot = el.shadowRoot!.querySelector(`.row[data-metric="${metric}"] .dot.after`)!.getBoundingClientRect();
      plot.dispatchEvent(
        new PointerEvent('pointermove', { clientX: dot.left + 2, clientY: dot.top + 2, bubbles: true }),
      );
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.row.active')!.getAttribute('data-metric')).to.equal(metric);
    }
    expect(el.shadowRoot!.querySelector('.tooltip strong')!.textContent).to.equal('Balance');
  });
});
