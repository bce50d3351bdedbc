import { expect } from 'chai';
import '../../src/define.js';
import type { KorusBeforeAfter } from '../../src/index.js';
import { alertOf, cleanup, drawn, mount, tableRows } from './helpers.js';

const MINUS = '\u2212';
const root = (el: HTMLElement) => el.shadowRoot!;
const text = (el: HTMLElement, sel: string) => root(el).querySelector(sel)!.textContent!;
const keys = (el: HTMLElement) => [...root(el).querySelectorAll('.key-label')].map((t) => t.textContent);
const values = (el: HTMLElement, metric: string) => {
  const r = root(el).querySelector(`.row[data-metric="${metric}"]`)!;
  return [r.querySelector('.value.before')!.textContent, r.querySelector('.value.after')!.textContent];
};

/** data/korus-annual.csv's rows by year, millions. */
async function annual(): Promise<Map<number, { exports: number; imports: number; balance: number }>> {
  const csv = await (await fetch('/data/korus-annual.csv')).text();
  const rows = csv
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
  return new Map(rows.map(([y, e, i, b]) => [Number(y), { exports: +e, imports: +i, balance: +b }]));
}
const billions = (musd: number) => `${musd < 0 ? MINUS : ''}$${(Math.abs(musd) / 1000).toFixed(1)}B`;
const tenths = (musd: number) => `${musd < 0 ? MINUS : ''}${(Math.abs(musd) / 1000).toFixed(1)}`;

describe('<korus-before-after> periods (issue 19)', () => {
  afterEach(cleanup);

  it('before="2025" after="2026": January–August of both years, from the monthly data', async () => {
    const el = mount<KorusBeforeAfter>('<korus-before-after before="2025" after="2026"></korus-before-after>', 800);
    await drawn(el);
    expect(text(el, '.title')).to.equal(
      'U.S. goods trade with South Korea, January–August 2025 and January–August 2026',
    );
    expect(keys(el)).to.deep.equal(['January–August 2025', 'January–August 2026']);
    expect(values(el, 'exports')).to.deep.equal(['$45.3B', '$55.0B']);
    expect(values(el, 'imports')).to.deep.equal(['$85.9B', '$110.1B']);
    expect(values(el, 'balance')).to.deep.equal([`${MINUS}$40.5B`, `${MINUS}$55.1B`]);
    expect(text(el, '.row[data-metric="exports"] .change')).to.equal('rose $9.7B (+21.4%)');
    expect(text(el, '.row[data-metric="imports"] .change')).to.equal('rose $24.2B (+28.2%)');
    expect(tableRows(el)).to.deep.equal({
      exports: ['Exports', '45.3', '55.0', '+9.7', '+21.4%'],
      imports: ['Imports', '85.9', '110.1', '+24.2', '+28.2%'],
      balance: ['Balance', `${MINUS}40.5`, `${MINUS}55.1`, `${MINUS}14.6`, 'deficit +35.8%'],
    });
    const heads = [...root(el).querySelectorAll('thead th, table tr:first-child th')].map((t) => t.textContent);
    expect(heads).to.include.members(['January–August 2025', 'January–August 2026']);
    expect(text(el, '#summary')).to.equal(
      'Exports rose 21.4% from $45.3B (January–August 2025) to $55.0B (January–August 2026) and imports rose 28.2% ' +
        'from $85.9B to $110.1B, while the goods deficit grew 35.8%, from $40.5B to $55.1B.',
    );
    // USTR's earlier figures are of whole years: none applies to January–August.
    expect(text(el, 'footer')).not.to.contain('Figures published before');
  });

  it('in Korean: 2025년 1~8월 and 2026년 1~8월', async () => {
    const el = mount<KorusBeforeAfter>(
      '<korus-before-after lang="ko" before="2025" after="2026"></korus-before-after>',
      800,
    );
    await drawn(el);
    expect(text(el, '.title')).to.equal('미국의 대한국 상품 교역, 2025년 1~8월과 2026년 1~8월');
    expect(keys(el)).to.deep.equal(['2025년 1~8월', '2026년 1~8월']);
    expect(values(el, 'exports')).to.deep.equal(['453억 달러', '550억 달러']);
    expect(text(el, '#summary')).to.contain(
      '미국의 대한국 수출은 2025년 1~8월 453억 달러에서 2026년 1~8월 550억 달러로 21.4% 늘었',
    );
  });

  it('before="2009/2011" after="2014/2016": the annual averages, named in en and ko', async () => {
    const years = await annual();
    const avg = (a: number, b: number, f: 'exports' | 'imports' | 'balance') => {
      let t = 0;
      for (let y = a; y <= b; y++) t += years.get(y)![f];
      return t / (b - a + 1);
    };
    const el = mount<KorusBeforeAfter>(
      '<korus-before-after before="2009/2011" after="2014/2016"></korus-before-after>',
      800,
    );
    await drawn(el);
    expect(text(el, '.title')).to.equal('U.S. goods trade with South Korea, 2009–2011 average and 2014–2016 average');
    for (const f of ['exports', 'imports', 'balance'] as const) {
      expect(values(el, f), f).to.deep.equal([billions(avg(2009, 2011, f)), billions(avg(2014, 2016, f))]);
      expect(tableRows(el)[f].slice(1, 3), f).to.deep.equal([tenths(avg(2009, 2011, f)), tenths(avg(2014, 2016, f))]);
    }
    expect(text(el, '#summary')).to.contain('(2009–2011 average)');
    expect(text(el, 'footer')).not.to.contain('Figures published before');
    el.setAttribute('lang', 'ko');
    await drawn(el);
    await el.updateComplete;
    expect(text(el, '.title')).to.equal('미국의 대한국 상품 교역, 2009~2011년 평균과 2014~2016년 평균');
    expect(keys(el)).to.deep.equal(['2009~2011년 평균', '2014~2016년 평균']);
  });

  it('a range of months is their sum; a plain year is a number on the property', async () => {
    const el = mount<KorusBeforeAfter>(
      '<korus-before-after before="2025-01/2025-08" after="2026-01/2026-08"></korus-before-after>',
      800,
    );
    await drawn(el);
    expect(values(el, 'exports')).to.deep.equal(['$45.3B', '$55.0B']);
    expect(el.beforeYear).to.equal('2025-01/2025-08');
    el.setAttribute('before', '2011');
    el.setAttribute('after', '2016');
    await drawn(el);
    await el.updateComplete;
    expect(el.beforeYear).to.equal(2011);
    expect(values(el, 'exports')).to.deep.equal(['$43.5B', '$42.3B']);
    expect(keys(el)).to.deep.equal(['2011', '2016']);
  });

  const refusals: [string, string, string, string][] = [
    [
      'before="2025-08/2025-01"',
      'period-reversed',
      'The period “before” runs backwards: 2025-08 is later than 2025-01.',
      '‘before’ 기간의 순서가 거꾸로입니다. 2025-08이(가) 2025-01보다 늦습니다.',
    ],
    [
      'before="2025-01/2025-08" after="2025-06/2026-01"',
      'periods-overlap',
      'The periods overlap: “before” (2025-01/2025-08) must end before “after” (2025-06/2026-01) begins.',
      '두 기간이 겹칩니다. ‘before’(2025-01/2025-08)는 ‘after’(2025-06/2026-01)가 시작되기 전에 끝나야 합니다.',
    ],
    [
      'before="2024-01/2024-08" after="2026-01/2026-06"',
      'period-lengths-differ',
      'The periods differ in length: “before” (2024-01/2024-08) has 8 months, “after” (2026-01/2026-06) has 6. Compare periods of the same length.',
      '두 기간의 길이가 다릅니다. ‘before’(2024-01/2024-08)는 8개월, ‘after’(2026-01/2026-06)는 6개월입니다. 같은 길이의 기간을 비교하세요.',
    ],
    [
      'before="soon"',
      'bad-period',
      'The attribute “before” must be a year (2016), a range of years (2009/2011) or a range of months (2025-01/2025-08); found “soon”.',
      '‘before’ 속성은 연도(2016), 연도 범위(2009/2011) 또는 월 범위(2025-01/2025-08)여야 하는데 ‘soon’이(가) 있습니다.',
    ],
  ];
  for (const [attrs, code, en, ko] of refusals) {
    it(`refuses ${attrs} (${code}) inside the chart, in en and ko`, async () => {
      const el = mount<KorusBeforeAfter>(`<korus-before-after ${attrs}></korus-before-after>`, 700);
      const event = new Promise<CustomEvent>((r) => el.addEventListener('korus-error', (e) => r(e as CustomEvent)));
      expect((await alertOf(el)).textContent).to.equal(en);
      expect((await event).detail.code).to.equal(code);
      expect(root(el).querySelector('svg')).to.equal(null);
      const k = mount<KorusBeforeAfter>(`<korus-before-after lang="ko" ${attrs}></korus-before-after>`, 700);
      expect((await alertOf(k)).textContent).to.equal(ko);
    });
  }
});
