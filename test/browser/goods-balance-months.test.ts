import { expect } from 'chai';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import { alertOf, cleanup, collidingLabels, drawn, mount, narrowTo, press, tableRows, until } from './helpers.js';

const MINUS = '\u2212';

/** data/korus-monthly.csv as rows, read here so the expectations come from the file, not the code. */
async function monthlyCsv(): Promise<{ month: string; exports: number; imports: number; balance: number }[]> {
  const text = await (await fetch('/data/korus-monthly.csv')).text();
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [month, e, i, b] = line.split(',');
      return { month, exports: Number(e), imports: Number(i), balance: Number(b) };
    });
}

/** A table cell as the chart shows millions of dollars: billions at one decimal, a true minus. */
const cell = (musd: number) => `${musd < 0 ? MINUS : ''}${(Math.round(Math.abs(musd) / 100) / 10).toFixed(1)}`;

describe('<korus-goods-balance> by month', () => {
  afterEach(cleanup);

  it('interval="month" draws every month through 2026-08, with the milestones at their dates and a table of months', async () => {
    const rows = await monthlyCsv();
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance interval="month" from="2011-01" to="2026"></korus-goods-balance>',
      1200,
    );
    const svg = await drawn(el);
    const shown = rows.filter((r) => r.month >= '2011-01');
    expect(svg.querySelectorAll('.exports-dot')).to.have.length(shown.length);
    expect(svg.querySelectorAll('.bar')).to.have.length(shown.length);
    const table = tableRows(el);
    expect(Object.keys(table)).to.have.length(shown.length);
    const aug = rows.find((r) => r.month === '2026-08')!;
    expect(table['2026-08']).to.deep.equal(['August 2026', cell(aug.exports), cell(aug.imports), cell(aug.balance)]);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(
      'U.S. goods trade with South Korea by month, January 2011–August 2026',
    );
    expect(root.querySelector('#summary')!.textContent).to.contain('In August 2026, U.S. exports to Korea were');
    // The entry-into-force rule stands inside March 2012's column (2012-03-15), the amendment at January 2019's start.
    const col = (month: string) =>
      [...svg.querySelectorAll<SVGRectElement>('.bar')][shown.findIndex((r) => r.month === month)];
    const rule = (id: string) => Number(svg.querySelector(`.milestone[data-id="${id}"] line`)!.getAttribute('x1'));
    const mar = col('2012-03');
    const left = Number(mar.getAttribute('x'));
    const feb = Number(col('2012-02').getAttribute('x'));
    const apr = Number(col('2012-04').getAttribute('x'));
    expect(rule('t_2012_entry_into_force')).to.be.within((feb + left) / 2, (left + apr) / 2 + 1);
    expect(rule('t_2019_amendment_in_force')).to.be.below(Number(col('2019-01').getAttribute('x')) + 1);
    expect(collidingLabels(el)).to.deep.equal([]);
  });

  it('interval="12-month" gives for 2026-08 the sum of 2025-09 to 2026-08, labelled as 12 months, not a year', async () => {
    const rows = await monthlyCsv();
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance interval="12-month" from="2024"></korus-goods-balance>',
      800,
    );
    await drawn(el);
    const window = rows.filter((r) => r.month >= '2025-09' && r.month <= '2026-08');
    expect(window).to.have.length(12);
    const sum = (k: 'exports' | 'imports' | 'balance') => window.reduce((t, r) => t + r[k], 0);
    const table = tableRows(el);
    expect(table['2026-08']).to.deep.equal([
      '12 months to Aug 2026',
      cell(sum('exports')),
      cell(sum('imports')),
      cell(sum('balance')),
    ]);
    expect(Object.keys(table)[0]).to.equal('2024-01');
    expect(Object.keys(table).at(-1)).to.equal('2026-08');
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(
      'U.S. goods trade with South Korea, 12-month totals, January 2024–August 2026',
    );
    expect(root.querySelector('.subtitle')!.textContent).to.contain('In the 12 months to Aug 2026');
    // The keyboard moves month by month; the tooltip names the 12 months.
    const plot = root.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    press(plot, 'End');
    await el.updateComplete;
    expect(root.querySelector('.tooltip')!.textContent).to.contain('12 months to Aug 2026');
    press(plot, 'ArrowLeft');
    await el.updateComplete;
    expect(root.querySelector('.tooltip')!.textContent).to.contain('12 months to Jul 2026');
  });

  it('says it in Korean, and keeps its month labels apart at 320 px', async () => {
    const el = mount<KorusGoodsBalance>(
      '<korus-goods-balance lang="ko" interval="month" from="2025-09"></korus-goods-balance>',
      1200,
    );
    await drawn(el);
    const root = el.shadowRoot!;
    await until(() => root.querySelector('.title')?.textContent?.startsWith('미국'), 'Korean');
    expect(root.querySelector('.title')!.textContent).to.equal('미국의 대한국 월별 상품 교역, 2025년 9월~2026년 8월');
    expect(tableRows(el)['2026-08'][0]).to.equal('2026년 8월');
    expect(collidingLabels(el)).to.deep.equal([]);
    await narrowTo(el, 320, 'svg text, .title, .subtitle, footer p, button');
    expect(collidingLabels(el)).to.deep.equal([]);
    expect(root.querySelectorAll('.x-axis text').length).to.be.at.least(3);
  });

  it('refuses an unknown interval with its own message, in English and Korean', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance interval="weekly"></korus-goods-balance>', 640);
    expect((await alertOf(el)).textContent).to.contain(
      'The attribute “interval” must be year, month or 12-month; found “weekly”.',
    );
    const ko = mount<KorusGoodsBalance>('<korus-goods-balance lang="ko" interval="weekly"></korus-goods-balance>', 640);
    await until(() => ko.shadowRoot!.querySelector('[role="alert"]')?.textContent?.includes('interval'), 'ko alert');
    expect(ko.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      '‘interval’ 속성은 year, month, 12-month 가운데 하나여야 하는데 ‘weekly’입니다.',
    );
  });

  it('the yearly view ends at 2025 and its footer says what January–August 2026 show', async () => {
    const rows = await monthlyCsv();
    const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 800);
    await drawn(el);
    expect(Object.keys(tableRows(el)).at(-1)).to.equal('2025');
    const sum = (y: string) =>
      rows.filter((r) => r.month >= `${y}-01` && r.month <= `${y}-08`).reduce((t, r) => t + r.exports, 0);
    const [a, b] = [Math.round(sum('2025') / 100) / 10, Math.round(sum('2026') / 100) / 10];
    const pct = (((b - a) / a) * 100).toFixed(1);
    const notes = [...el.shadowRoot!.querySelectorAll('footer .note')].map((n) => n.textContent);
    expect(notes).to.include(`January–August 2026: exports $${b.toFixed(1)}B, +${pct}% on the same months of 2025.`);
    expect(notes).to.include('January–August 2026: exports $55.0B, +21.4% on the same months of 2025.');
    el.lang = 'ko';
    await until(() => el.shadowRoot!.querySelector('.title')?.textContent?.startsWith('미국'), 'Korean');
    const ko = [...el.shadowRoot!.querySelectorAll('footer .note')].map((n) => n.textContent);
    expect(ko).to.include('2026년 1~8월 수출은 550억 달러로 2025년 같은 기간보다 21.4% 늘었습니다.');
  });

  it('draws a page’s monthly data by month and by complete year, and says how far it runs', async () => {
    const months: { month: string; exports: number; imports: number }[] = [];
    for (let k = 0; k < 20; k++) {
      const y = 2024 + Math.floor(k / 12);
      months.push({ month: `${y}-${String((k % 12) + 1).padStart(2, '0')}`, exports: 1000 + k, imports: 1500 });
    }
    const el = mount<KorusGoodsBalance>('<korus-goods-balance interval="month"></korus-goods-balance>', 800, (e) => {
      e.data = months;
    });
    await drawn(el);
    expect(Object.keys(tableRows(el))).to.have.length(20);
    expect(tableRows(el)['2025-08']).to.deep.equal(['August 2025', '1.0', '1.5', `${MINUS}0.5`]);
    expect([...el.shadowRoot!.querySelectorAll('footer .note')].map((n) => n.textContent)).to.include(
      'Data through August 2025.',
    );
    const yearly = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 800, (e) => {
      e.data = months;
    });
    await drawn(yearly);
    // 2025 has eight months: never drawn as a year.
    expect(Object.keys(tableRows(yearly))).to.deep.equal(['2024']);
    const total = months.slice(0, 12).reduce((t, d) => t + d.exports, 0);
    expect(tableRows(yearly)['2024'][1]).to.equal(cell(total));
    const notes = [...yearly.shadowRoot!.querySelectorAll('footer .note')].map((n) => n.textContent);
    expect(notes).to.include('Data through August 2025.');
    expect(notes.join(' ')).to.contain('2025 is not shown as a year: the data has only January–August 2025.');
  });

  it('refuses monthly data with a gap, naming the missing month', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance interval="month"></korus-goods-balance>', 640, (e) => {
      e.data = [
        { month: '2025-01', exports: 1, imports: 2 },
        { month: '2025-02', exports: 1, imports: 2 },
        { month: '2025-04', exports: 1, imports: 2 },
      ];
    });
    expect((await alertOf(el)).textContent).to.contain('The monthly data has no row for 2025-03');
  });
});
