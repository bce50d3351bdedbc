import { expect } from 'chai';
import '../../src/define.js';
import type { KorusExportPromise } from '../../src/index.js';
import { cleanup, drawn, framePage, mount, tableRows, until } from './helpers.js';

// Issue 19: after its last complete year the chart shows the 12 months to the latest month as a
// point of its own (a hollow marker with its own label, its own table row, stop and sentence).
// The figure is embedded (gen-data's LATEST.last12): drawn in the first paint, with no monthly.js.
const MINUS = '\u2212';
const summary = (el: HTMLElement) => el.shadowRoot!.querySelector('#summary')!.textContent!;
const footer = (el: HTMLElement) => el.shadowRoot!.querySelector('footer')!.textContent!;

/** From data/korus-monthly.csv, not from the code: exports 2025-09…2026-08, $ billions as shown. */
async function expected() {
  const csv = await (await fetch('/data/korus-monthly.csv')).text();
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  const months = rows.filter(([m]) => m >= '2025-09' && m <= '2026-08');
  expect(months.map(([m]) => m)).to.have.length(12);
  expect(rows[rows.length - 1][0], 'the latest month').to.equal('2026-08');
  const musd = months.reduce((t, r) => t + Number(r[1]), 0);
  const shown = (Math.round(musd / 100) / 10).toFixed(1);
  // The default line: 2011 exports plus $11.0B, as the table shows it (tested in export-promise.test.ts).
  const line = 54.5;
  const gap = Math.round((Number(shown) - line) * 10) / 10;
  return { shown, gap, gapCell: gap < 0 ? `${MINUS}${Math.abs(gap).toFixed(1)}` : `+${gap.toFixed(1)}` };
}

describe('<korus-export-promise>: the latest 12 months', () => {
  afterEach(cleanup);

  it('draws a hollow point after 2025 labelled "12 months to Aug 2026", with its row, stop and sentence', async () => {
    const want = await expected();
    const el = mount<KorusExportPromise>('<korus-export-promise></korus-export-promise>', 800);
    const svg = await drawn(el);
    await el.updateComplete;
    const rows = tableRows(el);
    expect(rows.latest).to.deep.equal(['12 months to Aug 2026', want.shown, '54.5', want.gapCell]);
    // The years are unchanged, and no calendar year 2026 appears anywhere.
    expect(Object.keys(rows)).to.have.length(16);
    expect(rows['2026']).to.equal(undefined);
    expect([...svg.querySelectorAll('.tick text, text')].map((t) => t.textContent)).not.to.include('2026');
    // Drawn apart: a hollow marker off the yearly line, with its own label, after 2025's dot.
    const dot = svg.querySelector<SVGCircleElement>('circle.latest-dot')!;
    expect(dot).to.not.equal(null);
    const last = svg.querySelector('.exports-dot[data-year="2025"]')!;
    expect(Number(dot.getAttribute('cx'))).to.be.greaterThan(Number(last.getAttribute('cx')));
    expect(getComputedStyle(dot).fill, 'hollow').to.not.equal(getComputedStyle(last).fill);
    expect(svg.querySelector('.exports-line')!.getAttribute('d')!.split(/[ML]/).filter(Boolean)).to.have.length(15);
    expect([...svg.querySelectorAll('.series-label')].map((t) => t.textContent)).to.include('12 months to Aug 2026');
    expect(svg.querySelectorAll('.gap')).to.have.length(16);
    // Words true as shown: the same exports and gap as the table.
    const words = `12 months to Aug 2026 (a running total, not a calendar year): exports $${want.shown}B, $${Math.abs(want.gap).toFixed(1)}B ${want.gap < 0 ? 'below' : 'above'} the $54.5B line.`;
    expect(summary(el)).to.contain(words);
    // Keyboard: End goes to the point, whose tooltip is headed by its label.
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    const tip = await until(() => el.shadowRoot!.querySelector('.tooltip'), 'the tooltip');
    expect(tip.textContent).to.contain('12 months to Aug 2026');
    expect(tip.textContent).to.contain(`$${want.shown}B`);
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.contain(
      `12 months to Aug 2026: exports $${want.shown} billion`,
    );
  });

  it('speaks Korean: "2026년 8월까지 12개월" in table, label and summary', async () => {
    const want = await expected();
    const el = mount<KorusExportPromise>('<korus-export-promise lang="ko"></korus-export-promise>', 800);
    const svg = await drawn(el);
    await until(() => tableRows(el).latest, 'the Korean row');
    expect(tableRows(el).latest[0]).to.equal('2026년 8월까지 12개월');
    // Korean tables count 억 달러 (tenths of a billion): the same gap.
    const tenths = Math.round(Math.abs(want.gap) * 10);
    expect(tableRows(el).latest[3]).to.equal(`${want.gap < 0 ? MINUS : '+'}${tenths}`);
    expect([...svg.querySelectorAll('.series-label')].map((t) => t.textContent)).to.include('2026년 8월까지 12개월');
    expect(summary(el)).to.contain('2026년 8월까지 12개월(달력 연도가 아닌 12개월 합계) 수출은');
    expect(summary(el)).to.contain(want.gap < 0 ? '적습니다' : '많습니다');
  });

  it('in real dollars leaves the point out and says why (en, ko)', async () => {
    const el = mount<KorusExportPromise>('<korus-export-promise dollars="real"></korus-export-promise>', 800);
    const svg = await drawn(el);
    await el.updateComplete;
    expect(svg.querySelector('circle.latest-dot')).to.equal(null);
    expect(tableRows(el).latest).to.equal(undefined);
    expect(footer(el)).to.contain(
      'The 12 months to Aug 2026 are not shown in constant dollars: there are no monthly CPI-U figures here to adjust them with.',
    );
    el.lang = 'ko';
    await until(() => footer(el).includes('월별 CPI-U'), 'the Korean note');
    expect(footer(el)).to.contain(
      '2026년 8월까지 12개월 수치는 불변 달러로 환산할 월별 CPI-U 자료가 없어 보여 주지 않습니다.',
    );
  });

  it('only when the chart runs to the data’s last complete year; a page’s monthly data has its own', async () => {
    const short = mount<KorusExportPromise>('<korus-export-promise to="2020"></korus-export-promise>', 800);
    await drawn(short);
    expect(tableRows(short).latest).to.equal(undefined);
    expect(short.shadowRoot!.querySelector('circle.latest-dot')).to.equal(null);
    // A page's yearly rows have no months after them.
    const years = mount<KorusExportPromise>('<korus-export-promise></korus-export-promise>', 800, (el) => {
      el.data = [2011, 2012, 2013].map((year) => ({ year, exports: 40000 + year, imports: 50000 }));
    });
    await drawn(years);
    expect(tableRows(years).latest).to.equal(undefined);
    expect(years.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    // A page's months, 2010-01 to 2012-03: complete years 2010 and 2011, then the 12 months to
    // March 2012 (April–December 2011 at 4,000 and January–March 2012 at 5,000: $51.0B).
    const months: { month: string; exports: number; imports: number }[] = [];
    for (let i = 0; i < 27; i++) {
      const month = `${2010 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      months.push({ month, exports: month >= '2012-01' ? 5000 : 4000, imports: 6000 });
    }
    const own = mount<KorusExportPromise>(
      '<korus-export-promise baseline="2010" promise="2"></korus-export-promise>',
      800,
      (el) => {
        el.data = months;
      },
    );
    await drawn(own);
    await until(() => tableRows(own).latest, 'the page data’s latest row');
    // The line: 2010's $48.0B plus $2.0B = $50.0B; the 12 months are $1.0B above it.
    expect(tableRows(own).latest).to.deep.equal(['12 months to Mar 2012', '51.0', '50.0', '+1.0']);
  });

  it('is embedded: drawn with no monthly.js beside the script', async () => {
    const page = await framePage(
      '<korus-export-promise lang="en"></korus-export-promise>',
      '/test-api/dist/no-monthly/korus-export-promise.js',
    );
    const el = page.doc.querySelector<HTMLElement>('korus-export-promise')!;
    const svg = await drawn(el);
    expect(svg.querySelector('circle.latest-dot')).to.not.equal(null);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(
      page.win.performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('/monthly.js')),
    ).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
