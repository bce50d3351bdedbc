// Accessibility checks that need nothing beyond the page: axe-core scans (en/ko, light/dark through
// the theme attribute), names and descriptions, keyboard, focus and live region, text at 200% zoom.
// They run in Chromium, Firefox and WebKit; a11y.test.ts holds the ones that emulate CSS media
// features over the DevTools protocol (Chromium only).
import { expect } from 'chai';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import { axeViolations } from './a11y-helpers.js';
import { TAGS, cleanup, collidingLabels, drawn, expectInside, mount, press } from './helpers.js';

const live = (el: HTMLElement) => el.shadowRoot!.querySelector('[aria-live]')!.textContent;
const tooltip = (el: HTMLElement) => {
  const tip = el.shadowRoot!.querySelector('.tooltip');
  return tip ? [...tip.querySelectorAll('strong, span')].map((n) => n.textContent!.trim()).join(' ') : null;
};

describe('accessibility: <korus-goods-balance> by keyboard', () => {
  afterEach(cleanup);

  it('is one tab stop; arrows move between years and between exports, imports and balance (en)', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance from="2011" to="2016"></korus-goods-balance>', 800);
    await drawn(el);
    const focusable = el.shadowRoot!.querySelectorAll('[tabindex="0"], button, a[href]');
    expect([...focusable].filter((n) => n.getAttribute('tabindex') === '0')).to.have.length(1);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(plot);
    expect(getComputedStyle(plot).outlineStyle).to.not.equal('none');
    expect(live(el)).to.equal('2016: exports $42.3 billion, imports $69.9 billion, deficit $27.6 billion');
    expect(tooltip(el)).to.equal('2016 Exports $42.3B Imports $69.9B Deficit $27.6B');

    press(plot, 'ArrowLeft');
    await el.updateComplete;
    expect(live(el)).to.equal('2015: exports $43.5 billion, imports $71.8 billion, deficit $28.3 billion');
    press(plot, 'ArrowDown');
    await el.updateComplete;
    expect(live(el)).to.equal('2015, exports: $43.5 billion');
    expect(el.shadowRoot!.querySelector('.focus-ring')).to.not.equal(null);
    press(plot, 'ArrowDown');
    press(plot, 'ArrowDown');
    await el.updateComplete;
    expect(live(el)).to.equal('2015, deficit: $28.3 billion');
    expect(el.shadowRoot!.querySelector('.tooltip-row.current')!.textContent).to.contain('Deficit');
    press(plot, 'Home');
    await el.updateComplete;
    expect(live(el)).to.equal('2011, deficit: $13.2 billion');
    press(plot, 'End');
    await el.updateComplete;
    expect(tooltip(el)).to.contain('2016');
    press(plot, 'Escape');
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('speaks Korean in Korean', async () => {
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance lang="ko" from="2011" to="2016"></korus-goods-balance>',
      800,
    );
    await drawn(el);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await el.updateComplete;
    expect(live(el)).to.equal('2016년: 수출 423억 달러, 수입 699억 달러, 적자 276억 달러');
    expect(tooltip(el)).to.equal('2016 미국 수출 423억 달러 미국 수입 699억 달러 적자 276억 달러');
    press(plot, 'ArrowUp');
    await el.updateComplete;
    expect(live(el)).to.equal('2016년 미국 수출: 423억 달러');
  });

  it('the show-data button is keyboard operable and the table has a caption and headers', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 600);
    await drawn(el);
    const button = el.shadowRoot!.querySelector('button')!;
    button.focus();
    button.click(); // a native button: Enter and Space activate it
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const table = el.shadowRoot!.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('billions of U.S. dollars');
    expect(table.querySelectorAll('thead th[scope="col"]')).to.have.length(4);
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(21);
  });
});

describe('accessibility: the other charts by keyboard, in Korean', () => {
  afterEach(cleanup);

  it('<korus-export-promise> moves between years and announces exports, target and gap', async () => {
    const el = mount<HTMLElement>('<korus-export-promise lang="ko"></korus-export-promise>', 800);
    await drawn(el);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await (el as KorusGoodsBalance).updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(plot);
    // The last stop is the latest 12 months, named by its label (not as a year, "…년").
    expect(live(el)).to.equal('2026년 8월까지 12개월: 미국 수출 788억 달러, 기준선 545억 달러, 기준선 초과 243억 달러');
    press(plot, 'ArrowLeft');
    await (el as KorusGoodsBalance).updateComplete;
    expect(live(el)).to.equal('2025년: 미국 수출 691억 달러, 기준선 545억 달러, 기준선 초과 146억 달러');
    press(plot, 'ArrowLeft');
    await (el as KorusGoodsBalance).updateComplete;
    expect(live(el)).to.equal('2024년: 미국 수출 658억 달러, 기준선 545억 달러, 기준선 초과 113억 달러');
    expect(tooltip(el)).to.equal('2024 미국 수출 658억 달러 기준선 545억 달러 기준선 초과 113억 달러');
  });

  it('<korus-before-after> moves between rows and announces each change', async () => {
    const el = mount<HTMLElement>('<korus-before-after lang="ko"></korus-before-after>', 800);
    await drawn(el);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    await (el as KorusGoodsBalance).updateComplete;
    expect(live(el)).to.equal('적자 144억 달러 확대(+109.3%): 2011년 132억 달러, 2016년 276억 달러');
    press(plot, 'ArrowUp');
    await (el as KorusGoodsBalance).updateComplete;
    expect(live(el)).to.equal('미국 수입 132억 달러 증가(+23.3%): 2011년 567억 달러, 2016년 699억 달러');
    expect(tooltip(el)).to.contain('미국 수입 2011년 567억 달러 2016년 699억 달러');
  });
});

describe('accessibility: every chart', () => {
  afterEach(cleanup);

  for (const tag of TAGS) {
    for (const lang of ['en', 'ko']) {
      for (const theme of ['light', 'dark']) {
        it(`${tag} has no axe-core violations (${lang}, ${theme})`, async () => {
          const el = mount<HTMLElement>(`<${tag} lang="${lang}" theme="${theme}"></${tag}>`, 720);
          await drawn(el);
          (el.shadowRoot!.querySelector('.plot') as HTMLElement).focus();
          expect(await axeViolations(el)).to.deep.equal([]);
        });
      }
    }

    it(`${tag} is named by its title, described by its summary, and hides its marks from the accessibility tree`, async () => {
      const el = mount<HTMLElement>(`<${tag}></${tag}>`, 720);
      const svg = await drawn(el);
      const root = el.shadowRoot!;
      const plot = root.querySelector('.plot')!;
      expect(root.getElementById(plot.getAttribute('aria-labelledby')!)!.textContent).to.equal(
        root.querySelector('.title')!.textContent,
      );
      const summary = root.getElementById('summary')!.textContent!;
      expect(summary.length).to.be.greaterThan(40);
      expect(plot.getAttribute('aria-describedby')).to.contain('summary');
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });

    // WCAG 1.4.12: a reader's style sheet (or bookmarklet) may raise letter, word and line spacing.
    // They are inherited, so they reach the chart's shadow tree and its SVG labels.
    for (const [lang, widthPx] of [
      ['en', 720],
      ['ko', 720],
      ['en', 320],
      ['ko', 320],
    ] as const) {
      it(`${tag} keeps labels apart and inside with WCAG text spacing (${lang}, ${widthPx} px)`, async () => {
        const el = mount<HTMLElement>(`<${tag} lang="${lang}"></${tag}>`, widthPx, (e) => {
          e.style.cssText = 'letter-spacing:0.12em;word-spacing:0.16em;line-height:1.5';
        });
        await drawn(el);
        const label = el.shadowRoot!.querySelector('svg text')!;
        expect(parseFloat(getComputedStyle(label).letterSpacing), 'spacing reaches the labels').to.be.greaterThan(1);
        expectInside(el, widthPx, 'svg text, .title, .subtitle, footer p, button', 1);
        expect(collidingLabels(el)).to.deep.equal([]);
      });
    }

    it(`${tag} shows all text unclipped at 200% zoom on a 320 px screen (160 CSS px wide)`, async () => {
      const el = mount<HTMLElement>(`<${tag}></${tag}>`, 160);
      await drawn(el);
      expectInside(el, 160, 'svg text, .title, .subtitle, footer p, button', 1);
    });
  }
});
