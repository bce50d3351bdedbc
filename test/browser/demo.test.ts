import { expect } from 'chai';
import { censusLatest, censusSeries } from '../../src/data/embedded.js';
import { formatterFor } from '../../src/format/format.js';
import { TAGS, drawn, tableRows, until } from './helpers.js';

// demo/index.html, the front page: the story, a settings panel per chart and its embed code. Each
// test changes settings, checks the live chart and its code, then pastes the script-tag code into
// a blank page and checks that it draws the same chart.
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/korus-charts@[^/"]+\/dist\/korus-charts\.iife\.js/;

type Demo = { frame: HTMLIFrameElement; doc: Document; section: (chart: string) => HTMLElement };

async function openDemo(query = ''): Promise<Demo> {
  const frame = document.createElement('iframe');
  // On screen: Chromium throttles rendering (and so ResizeObserver) in off-screen iframes.
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:1000px;height:800px';
  frame.src = `/demo/${query}`;
  document.body.append(frame);
  const doc = await until(
    () => (frame.contentDocument?.documentElement?.hasAttribute('data-ready') ? frame.contentDocument : null),
    'the demo to load',
    15000,
  );
  const section = (chart: string) => doc.querySelector<HTMLElement>(`section[data-chart="${chart}"]`)!;
  // Every chart, the latest months' too (it waits for dist/monthly.js).
  for (const chart of doc.querySelectorAll('main .stage > *')) await drawn(chart, 15000);
  return { frame, doc, section };
}

const titleOf = (chart: Element) => chart.shadowRoot!.querySelector('[part="title"]')!.textContent!.trim();
const code = (section: HTMLElement, form: 'script' | 'jsx' | 'static') =>
  section.querySelector(`.snippet[data-form="${form}"] code`)!.textContent!;

/** Sets a control as a reader would, firing the change event the page listens to. */
function set(section: HTMLElement, name: string, value: string) {
  const control = section.querySelector<HTMLInputElement | HTMLSelectElement>(`form [name="${name}"]`)!;
  control.value = value;
  const win = section.ownerDocument.defaultView!;
  control.dispatchEvent(new win.Event('change', { bubbles: true }));
}

/** The script-tag code with the CDN URL swapped for the local bundle, in a blank page. */
async function paste(snippet: string, tag: string): Promise<HTMLElement> {
  expect(snippet).to.match(CDN);
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;top:0;left:0;border:0;width:800px;height:800px';
  frame.srcdoc = `<!doctype html><meta charset="utf-8"><title>pasted</title><body>${snippet.replace(CDN, '/dist/korus-charts.iife.js')}</body>`;
  document.body.append(frame);
  const chart = await until(
    () => frame.contentDocument?.querySelector<HTMLElement>(tag),
    `${tag} in the blank page`,
    15000,
  );
  await until(() => frame.contentWindow?.customElements.get(tag), `the pasted script to define ${tag}`, 15000);
  await drawn(chart, 15000);
  return chart;
}

async function expectSameChart(pasted: HTMLElement, live: HTMLElement) {
  await until(
    () => titleOf(pasted) === titleOf(live),
    `the pasted chart's title "${titleOf(pasted)}" to be "${titleOf(live)}"`,
  );
  expect(tableRows(pasted)).to.deep.equal(tableRows(live));
}

/** Console errors and warnings, uncaught errors and rejections in a window from now on. */
function listenForProblems(win: Window & typeof globalThis): string[] {
  const seen: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      seen.push(`console.${level}: ${args.join(' ')}`);
      original(...args);
    };
  }
  win.addEventListener('error', (e) => seen.push(`error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => seen.push(`unhandled rejection: ${e.reason}`));
  return seen;
}

describe('the demo page', function () {
  this.timeout(60000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('tells the story in order: three charts, each after a paragraph whose figures come from the data', async () => {
    const { doc } = await openDemo();
    const tags = [...doc.querySelectorAll('main section[data-chart]')].map(
      (s) => s.querySelector('[class="stage"] > *')!.localName,
    );
    expect(tags).to.deep.equal(TAGS);
    const years = censusSeries().years;
    const y = (year: number) => years.find((d) => d.year === year)!;
    const last = years[years.length - 1];
    const en = formatterFor('en');
    const story = (chart: string) => doc.querySelector(`[data-story="${chart}"]`)!.textContent!;
    expect(story('goods-balance'))
      .to.include(`${en.moneyLong(y(2011).exportsMusd)} in 2011`)
      .and.include(`${en.moneyLong(last.exportsMusd)} in ${last.year}`);
    expect(story('export-promise'))
      .to.include(en.moneyLong(y(2011).exportsMusd + 11000))
      .and.include('“expected to boost annual exports of American goods by up to $11 billion”')
      // In constant 2011 dollars exports reached the line in 2021, then fell short of it again.
      .and.include(
        'in constant 2011 dollars (CPI-U), they first reached it in 2021 but were below it again in 2023, 2024 and 2025',
      );
    expect(story('before-after')).to.include(
      `from ${en.moneyLong(-y(2011).balanceMusd)} to ${en.moneyLong(-y(2016).balanceMusd)}`,
    );
  });

  it('tells the export-promise story in Korean with the chart’s words and units', async () => {
    const { doc } = await openDemo('?lang=ko');
    const story = doc.querySelector('[data-story="export-promise"]')!.textContent!;
    expect(story)
      .to.include('“미국 상품의 연간 수출이 최대 110억 달러 늘어날 것으로 예상된다”')
      .and.include('2021년에 처음 기준선에 이르렀으나 2023년, 2024년, 2025년에는 다시 밑돌았습니다');
    expect(doc.querySelector('[data-i18n="promise"]')!.textContent).to.equal(
      '기준 연도 대비 연간 증가분(입력 단위: 10억 달러)',
    );
  });

  it('ends with the latest months: the partial year against the same months a year before, in words from the data and in before-after, in both languages', async () => {
    const { toDate, month } = censusLatest();
    const [previous, current] = toDate!;
    const year = Number(month.slice(0, 4));
    for (const lang of ['en', 'ko'] as const) {
      const { doc } = await openDemo(`?lang=${lang}`);
      const section = doc.querySelector<HTMLElement>('main > section:last-of-type')!;
      expect(section.dataset.chapter).to.equal('latest');
      const f = formatterFor(lang);
      const story = section.querySelector('[data-story="latest"]')!.textContent!;
      const chart = section.querySelector('korus-before-after')!;
      expect(chart.getAttribute('before')).to.equal(String(year - 1));
      expect(chart.getAttribute('after')).to.equal(String(year));
      await drawn(chart, 15000);
      if (lang === 'en') {
        expect(section.querySelector('h2')!.textContent).to.equal(`${year} so far`);
        expect(story)
          .to.include(`In January–August ${year}, U.S. goods exports to Korea were ${f.moneyLong(current)}`)
          .and.include(`21.4% more than in the same months of ${year - 1} (${f.moneyLong(previous)})`);
        await until(() => titleOf(chart).includes(`January–August ${year - 1}`), 'the chart to name the months');
      } else {
        expect(section.querySelector('h2')!.textContent).to.equal(`${year}년 1~8월`);
        expect(story)
          .to.include(`${year}년 1~8월 미국의 대한국 상품 수출은 ${f.moneyLong(current)}로`)
          .and.include(`${year - 1}년 같은 기간(${f.moneyLong(previous)})보다 21.4% 늘었습니다`);
        await until(() => titleOf(chart).includes(`${year - 1}년 1~8월`), 'the chart to name the months in Korean');
      }
      // The chart's own figures are the paragraph's: exports as shown in its table.
      expect(tableRows(chart).exports).to.include(f.tableValue(current));
      document.querySelectorAll('iframe').forEach((fr) => fr.remove());
    }
  });

  it('goods balance: years, language and width change the chart and its code; the pasted code draws the same chart', async () => {
    const { section } = await openDemo();
    const gb = section('goods-balance');
    const chart = gb.querySelector('korus-goods-balance')!;
    expect(code(gb, 'script')).to.include('<korus-goods-balance from="2007"></korus-goods-balance>');

    set(gb, 'from', '2010');
    set(gb, 'to', '2020');
    set(gb, 'lang', 'ko');
    set(gb, 'width', '480');
    expect(chart.getAttribute('from')).to.equal('2010');
    expect(chart.getAttribute('to')).to.equal('2020');
    expect(chart.getAttribute('lang')).to.equal('ko');
    await until(() => titleOf(chart).includes('2010~2020'), 'the Korean title for 2010–2020');
    expect(Object.keys(tableRows(chart))).to.deep.equal([
      '2010',
      '2011',
      '2012',
      '2013',
      '2014',
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
    ]);
    await until(() => Math.round(chart.getBoundingClientRect().width) === 480, 'the chart to be 480 px wide');

    expect(code(gb, 'script')).to.include(
      '<korus-goods-balance from="2010" to="2020" lang="ko" style="max-width: 480px"></korus-goods-balance>',
    );
    expect(code(gb, 'jsx')).to.equal(
      `import 'korus-charts';\n\n<korus-goods-balance from={2010} to={2020} lang="ko" style={{ maxWidth: 480 }} />`,
    );
    expect(code(gb, 'static')).to.equal(
      'npx korus-charts render goods-balance --format html --from 2010 --to 2020 --lang ko --width 480 > goods-balance.html',
    );

    const pasted = await paste(code(gb, 'script'), 'korus-goods-balance');
    await expectSameChart(pasted, chart);
    expect(Math.round(pasted.getBoundingClientRect().width)).to.equal(480);
  });

  it('export promise: baseline, promise, dollars and price year change the chart and its code; the pasted code draws the same chart', async () => {
    const { section } = await openDemo();
    const ep = section('export-promise');
    const chart = ep.querySelector('korus-export-promise')!;
    const priceYear = ep.querySelector<HTMLSelectElement>('[name="price-year"]')!;
    expect(priceYear.disabled, 'price year is off in nominal dollars').to.equal(true);

    set(ep, 'baseline', '2012');
    set(ep, 'promise', '12.5');
    set(ep, 'dollars', 'real');
    expect(priceYear.disabled).to.equal(false);
    set(ep, 'price-year', '2015');
    expect(chart.getAttribute('baseline')).to.equal('2012');
    expect(chart.getAttribute('promise')).to.equal('12.5');
    expect(chart.getAttribute('dollars')).to.equal('real');
    expect(chart.getAttribute('price-year')).to.equal('2015');
    await until(() => titleOf(chart).includes('2012–'), 'the title to start in 2012');
    expect(Object.keys(tableRows(chart))[0]).to.equal('2012');
    expect(chart.shadowRoot!.querySelector('[part="subtitle"]')!.textContent).to.include('2015');

    expect(code(ep, 'script')).to.include(
      '<korus-export-promise baseline="2012" promise="12.5" dollars="real" price-year="2015"></korus-export-promise>',
    );
    expect(code(ep, 'jsx')).to.include(
      '<korus-export-promise baseline={2012} promise={12.5} dollars="real" priceYear={2015} />',
    );
    expect(code(ep, 'static')).to.include('--baseline 2012 --promise 12.5 --dollars real --price-year 2015');

    await expectSameChart(await paste(code(ep, 'script'), 'korus-export-promise'), chart);

    set(ep, 'dollars', '');
    expect(chart.hasAttribute('price-year'), 'no price year in nominal dollars').to.equal(false);
    expect(code(ep, 'script')).not.to.include('price-year');
  });

  it('before and after: years and rows change the chart and its code; the pasted code draws the same chart', async () => {
    const { section } = await openDemo();
    const ba = section('before-after');
    const chart = ba.querySelector('korus-before-after')!;
    expect(Object.keys(tableRows(chart))).to.deep.equal(['exports', 'imports', 'balance']);

    set(ba, 'after', '2017');
    ba.querySelector<HTMLInputElement>('[name="metrics"][value="imports"]')!.click();
    expect(chart.getAttribute('after')).to.equal('2017');
    expect(chart.getAttribute('metrics')).to.equal('exports balance');
    await until(() => titleOf(chart).includes('2017'), 'the title to name 2017');
    await until(() => Object.keys(tableRows(chart)).join() === 'exports,balance', 'two rows');

    expect(code(ba, 'script')).to.include(
      '<korus-before-after before="2011" after="2017" metrics="exports balance"></korus-before-after>',
    );
    expect(code(ba, 'jsx')).to.include(
      '<korus-before-after beforeYear={2011} afterYear={2017} metrics="exports balance" />',
    );
    expect(code(ba, 'static')).to.include(`--before 2011 --after 2017 --metrics 'exports balance'`);

    await expectSameChart(await paste(code(ba, 'script'), 'korus-before-after'), chart);

    // The last row cannot be switched off (no rows would mean the default, all three).
    ba.querySelector<HTMLInputElement>('[name="metrics"][value="exports"]')!.click();
    ba.querySelector<HTMLInputElement>('[name="metrics"][value="balance"]')!.click();
    expect(ba.querySelector<HTMLInputElement>('[name="metrics"][value="balance"]')!.checked).to.equal(true);
    expect(chart.getAttribute('metrics')).to.equal('balance');
  });

  it('the page switches translate the page and the charts without their own lang, and set the theme, with nothing in the console', async () => {
    const { frame, doc, section } = await openDemo('?theme=light');
    const problems = listenForProblems(frame.contentWindow as Window & typeof globalThis);
    const gb = section('goods-balance');
    const chart = gb.querySelector('korus-goods-balance')!;
    const before = code(gb, 'script');
    expect(chart.getAttribute('theme')).to.equal('light');

    doc.querySelector<HTMLInputElement>('input[name="page-lang"][value="ko"]')!.click();
    doc.querySelector<HTMLInputElement>('input[name="page-theme"][value="dark"]')!.click();
    expect(doc.documentElement.lang).to.equal('ko');
    expect(doc.documentElement.dataset.theme).to.equal('dark');
    expect(doc.querySelector('h1')!.textContent).to.match(/[\uac00-\ud7a3]/);
    expect(doc.querySelector('[data-story="export-promise"]')!.textContent).to.match(/[\uac00-\ud7a3]/);
    for (const c of doc.querySelectorAll('main [class="stage"] > *')) {
      expect(c.hasAttribute('lang'), `${c.localName} has no lang of its own`).to.equal(false);
      expect(c.getAttribute('theme')).to.equal('dark');
      await until(() => /[\uac00-\ud7a3]/.test(titleOf(c)), `${c.localName} to follow the page into Korean`);
    }
    expect(code(gb, 'script'), 'the page settings are not the chart settings').to.equal(before);

    // A chart's own setting wins over the page's.
    set(gb, 'lang', 'en');
    set(gb, 'theme', 'light');
    expect(chart.getAttribute('theme')).to.equal('light');
    await until(() => titleOf(chart).startsWith('U.S. goods trade'), 'the chart to keep English');
    expect(problems, 'console errors and warnings').to.deep.equal([]);
  });

  it('every control has a label, and a copy button copies or selects its code', async () => {
    const { doc, section } = await openDemo();
    for (const control of doc.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
      const text = [...control.labels!].map((l) => l.textContent!.trim()).join(' ');
      expect(text, `a label for ${control.name}`).not.to.equal('');
    }
    for (const button of doc.querySelectorAll('button')) expect(button.textContent!.trim()).not.to.equal('');

    const box = section('export-promise').querySelector('.snippet[data-form="jsx"]')!;
    box.querySelector('button')!.click();
    const status = await until(() => box.querySelector('.status')!.textContent, 'a copy status');
    if (status !== 'Copied.') {
      expect(status).to.match(/^Selected/);
      expect(doc.getSelection()!.toString()).to.equal(box.querySelector('code')!.textContent);
    }
  });
});
