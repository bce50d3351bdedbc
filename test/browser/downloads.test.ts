import { expect } from 'chai';
import { csvParseRows } from 'd3-dsv';
import '../../src/define.js';
import { censusSeries } from '../../src/data/embedded.js';
import type { KorusChartBase } from '../../src/frame/base-element.js';
import { PALETTE } from '../../src/frame/palette.js';
import { frameStyles } from '../../src/frame/styles.js';
import { createTextMeasurer } from '../../src/layout/text.js';
import { renderSVG, type ChartName, type RenderOptions } from '../../src/render/index.js';
import { captureDownloads, download, type Capture } from './download-helpers.js';
import { cleanup, drawn, mount, until } from './helpers.js';

type Chart = KorusChartBase<unknown>;
const census = new Map(censusSeries().years.map((d) => [d.year, d]));
/** Billions with one decimal, as the table and the CSV show them. */
const billions = (musd: number) => Math.round(musd / 100) / 10;

/** What the element was drawn with: its plot size and its font's text widths. */
function sameAs(el: Chart): RenderOptions {
  const box = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
  return {
    width: Math.round(box.width),
    height: Math.round(box.height),
    measure: createTextMeasurer(getComputedStyle(el).fontFamily),
  };
}

// The last complete year of the embedded series: the charts' default end.
const LAST = Math.max(...census.keys());
const CASES: { chart: ChartName; markup: string; options: RenderOptions; years: string }[] = [
  {
    chart: 'goods-balance',
    markup: '<korus-goods-balance from="2007"></korus-goods-balance>',
    options: { from: 2007 },
    years: `2007-${LAST}`,
  },
  {
    chart: 'export-promise',
    markup: '<korus-export-promise></korus-export-promise>',
    options: {},
    years: `2011-${LAST}`,
  },
  { chart: 'before-after', markup: '<korus-before-after></korus-before-after>', options: {}, years: '2011-2016' },
];

describe('downloads', () => {
  let capture: Capture;
  beforeEach(() => (capture = captureDownloads()));
  afterEach(() => {
    capture.restore();
    cleanup();
  });

  it('goods-balance CSV parses back to the plotted values, with units in the header and the source line', async () => {
    const el = mount<Chart>('<korus-goods-balance from="2007"></korus-goods-balance>', 640);
    await drawn(el);
    const file = await download(el, 'csv', capture);
    expect(file.name, 'chart, years shown, language').to.equal(`korus-goods-balance-2007-${LAST}-en.csv`);
    expect(file.blob.type).to.contain('text/csv');
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte-order mark, for spreadsheets').to.deep.equal([0xef, 0xbb, 0xbf]);
    const rows = csvParseRows(await file.blob.text()); // text() drops the mark
    expect(rows[0]).to.deep.equal([
      'Year',
      'Exports (US$ billions)',
      'Imports (US$ billions)',
      'Balance (US$ billions)',
    ]);
    const data = rows.slice(
      1,
      rows.findIndex((r) => r.length === 1 && r[0] === ''),
    );
    expect(data.map((r) => +r[0])).to.deep.equal(Array.from({ length: 19 }, (_, i) => 2007 + i));
    for (const [year, exports, imports, balance] of data.map((r) => r.map(Number))) {
      const d = census.get(year)!;
      expect([exports, imports, balance], String(year)).to.deep.equal([
        billions(d.exportsMusd),
        billions(d.importsMusd),
        billions(d.balanceMusd),
      ]);
    }
    expect(rows.at(-1)![0]).to.equal(
      'Source: U.S. Census Bureau, trade in goods with Korea, South; annual data through 2025, monthly through August 2026 (1985–2021 as published in 2024; 2022–2025 as published in 2026).',
    );
  });

  it('export-promise and before-after CSVs carry their plotted values, in Korean too', async () => {
    const ep = mount<Chart>('<korus-export-promise lang="ko"></korus-export-promise>', 640);
    await drawn(ep);
    const epFile = await download(ep, 'csv', capture);
    expect(epFile.name).to.equal(`korus-export-promise-2011-${LAST}-ko.csv`);
    const epRows = csvParseRows(await epFile.blob.text());
    expect(epRows[0][0]).to.equal('연도');
    for (const c of epRows[0].slice(1)) expect(c).to.match(/ \(억 달러\)$/);
    const y2016 = epRows.find((r) => r[0] === '2016')!;
    expect(+y2016[1], 'exports in 억 달러').to.equal(Math.round(census.get(2016)!.exportsMusd / 100));
    expect(epRows.at(-1)![0]).to.contain('출처');

    const ba = mount<Chart>('<korus-before-after before="2011" after="2016"></korus-before-after>', 640);
    await drawn(ba);
    const baFile = await download(ba, 'csv', capture);
    expect(baFile.name, 'the two years compared').to.equal('korus-before-after-2011-2016-en.csv');
    const baRows = csvParseRows(await baFile.blob.text());
    expect(baRows[0].slice(1, 4)).to.deep.equal([
      '2011 (US$ billions)',
      '2016 (US$ billions)',
      'Change (US$ billions)',
    ]);
    const exportsRow = baRows.find((r) => r[0] === 'Exports')!;
    expect(+exportsRow[1]).to.equal(billions(census.get(2011)!.exportsMusd));
    expect(+exportsRow[2]).to.equal(billions(census.get(2016)!.exportsMusd));
    expect(baRows.find((r) => r[0] === 'Balance')![1], 'a true minus becomes a CSV minus').to.match(/^-\d/);
  });

  for (const { chart, markup, options, years } of CASES) {
    it(`${chart} SVG opens standalone, has the title and source, and equals renderSVG() at the same size`, async () => {
      const el = mount<Chart>(markup, 640);
      await drawn(el);
      const file = await download(el, 'svg', capture);
      expect(file.name).to.equal(`korus-${chart}-${years}-en.svg`);
      expect(file.blob.type).to.equal('image/svg+xml');
      const text = await file.blob.text();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror'), 'well-formed XML').to.equal(null);
      const svg = doc.documentElement;
      expect(svg.localName).to.equal('svg');
      const title = el.shadowRoot!.querySelector('.title')!.textContent!;
      expect(svg.querySelector('title')!.textContent).to.equal(title);
      expect(svg.textContent).to.contain('Source: U.S. Census Bureau');
      expect(doc.querySelector('style'), 'styles are resolved into attributes').to.equal(null);

      // In an <img>: no page styles, no scripts, nothing fetched.
      const img = new Image();
      img.src = URL.createObjectURL(file.blob);
      await img.decode();
      expect([img.naturalWidth, img.naturalHeight]).to.deep.equal([
        +svg.getAttribute('width')!,
        +svg.getAttribute('height')!,
      ]);
      expect(img.naturalWidth, 'plot width plus 12 px padding each side').to.equal(640 + 24);

      // The menu and the static renderer are one drawing: same steps, same template, same styles.
      expect(text).to.equal(renderSVG(chart, { ...options, ...sameAs(el) }));
    });
  }

  it('PNG is the SVG at twice the size, painted without loading an image', async () => {
    const el = mount<Chart>('<korus-goods-balance from="2007"></korus-goods-balance>', 640);
    await drawn(el);
    const svgFile = await download(el, 'svg', capture);
    const pngFile = await download(el, 'png', capture);
    expect(pngFile.name).to.equal(`korus-goods-balance-2007-${LAST}-en.png`);
    expect(pngFile.blob.type).to.equal('image/png');
    const png = await createImageBitmap(pngFile.blob);
    const svg = new DOMParser().parseFromString(await svgFile.blob.text(), 'image/svg+xml').documentElement;
    const [w, h] = [+svg.getAttribute('width')!, +svg.getAttribute('height')!];
    expect([png.width, png.height]).to.deep.equal([2 * w, 2 * h]);

    // The painting looks like the browser's own rendering of the SVG file.
    const img = new Image();
    img.src = URL.createObjectURL(svgFile.blob);
    await img.decode();
    const pixels = (source: CanvasImageSource) => {
      const c = document.createElement('canvas');
      [c.width, c.height] = [2 * w, 2 * h];
      const ctx = c.getContext('2d')!;
      ctx.drawImage(source, 0, 0, 2 * w, 2 * h);
      return ctx.getImageData(0, 0, 2 * w, 2 * h).data;
    };
    const [a, b] = [pixels(png), pixels(img)];
    let diff = 0;
    let ink = 0;
    for (let i = 0; i < a.length; i += 4) {
      diff += Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
      if (a[i] + a[i + 1] + a[i + 2] < 600) ink++;
    }
    expect(ink / (a.length / 4), 'share of non-white pixels').to.be.within(0.03, 0.5);
    expect(diff / (a.length / 4) / 3, 'mean difference per channel, of 255').to.be.below(1);
  });

  it('downloads the dark theme and the page’s colours as shown', async () => {
    const el = mount<Chart>(
      '<korus-goods-balance theme="dark" style="--korus-color-exports: #ff00ff"></korus-goods-balance>',
      640,
    );
    await drawn(el);
    const text = await (await download(el, 'svg', capture)).blob.text();
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('.korus-bg')!.getAttribute('fill')).to.equal('#16181d');
    expect(svg.querySelector('.exports-dot')!.getAttribute('fill')).to.equal('#ff00ff');
    expect(text).to.equal(
      renderSVG('goods-balance', { theme: 'dark', vars: { '--korus-color-exports': '#ff00ff' }, ...sameAs(el) }),
    );
  });

  it('a page colour with url() is not copied into the SVG: the chart’s default colour applies', async () => {
    const el = mount<Chart>(
      '<korus-goods-balance style="--korus-color-exports: url(#korus-nowhere) #ff00ff"></korus-goods-balance>',
      640,
    );
    await drawn(el);
    const text = await (await download(el, 'svg', capture)).blob.text();
    expect(text).to.not.match(/url\(|korus-nowhere/);
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(svg.querySelector('.exports-dot')!.getAttribute('fill')).to.equal(PALETTE.light.exports);
    expect(text).to.equal(renderSVG('goods-balance', sameAs(el)));
  });

  it('characters XML cannot hold, in chart-title, chart-subtitle or note, never reach the SVG', async () => {
    const el = mount<Chart>('<korus-goods-balance from="2011"></korus-goods-balance>', 640, (e) => {
      e.setAttribute('chart-title', '\u0001Trade\u0000 title\ufffe');
      e.setAttribute('chart-subtitle', 'sub\u001f title \ud800');
      e.setAttribute('note', 'a\u0008b \udc00c');
    });
    await drawn(el);
    const text = await (await download(el, 'svg', capture)).blob.text();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')?.textContent ?? null, 'well-formed XML').to.equal(null);
    expect(doc.querySelector('title')!.textContent).to.equal('Trade title');
    expect(doc.querySelector('.korus-subtitle')!.textContent!.trim()).to.equal('sub title');
    expect(doc.documentElement.textContent).to.contain('ab c');
    const img = new Image();
    img.src = URL.createObjectURL((await download(el, 'svg', capture)).blob);
    await img.decode();
    expect(img.naturalWidth).to.equal(640 + 24);
  });

  it('the source of a src that is not http(s) (a data: URL) is text in the SVG, not a link', async () => {
    const src = `data:text/csv,${encodeURIComponent('year,exports,imports\n2014,1000,2500\n2015,1500,2000\n')}`;
    const el = mount<Chart>('<korus-goods-balance></korus-goods-balance>', 640, (e) => e.setAttribute('src', src));
    await drawn(el);
    const doc = new DOMParser().parseFromString(
      await (await download(el, 'svg', capture)).blob.text(),
      'image/svg+xml',
    );
    expect(doc.querySelector('a')?.outerHTML ?? null).to.equal(null);
    // The source line wraps before the long address.
    const footer = [...doc.querySelectorAll('.korus-footer')].map((t) => t.textContent).join(' ');
    expect(footer).to.contain(`Data: ${src}`);
  });

  it('the menu works from the keyboard: Enter opens, Tab reaches the items, Escape closes and returns focus', async () => {
    const { sendKeys } = await import('@web/test-runner-commands');
    const el = mount<Chart>('<korus-goods-balance></korus-goods-balance>', 640);
    await drawn(el);
    const root = el.shadowRoot!;
    const summary = root.querySelector<HTMLElement>('details.downloads summary')!;
    const menu = summary.parentElement as HTMLDetailsElement;
    expect(summary.textContent!.trim()).to.equal('Download');
    summary.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menu.open, 'Enter to open the menu');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement!.getAttribute('data-format')).to.equal('csv');
    expect([...root.querySelectorAll('.download-list button')].map((b) => b.textContent!.trim())).to.deep.equal([
      'Data (CSV)',
      'Image (SVG)',
      'Image (PNG)',
    ]);
    await sendKeys({ press: 'Escape' });
    expect(menu.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);
    el.lang = 'ko';
    await el.updateComplete;
    expect(summary.textContent!.trim()).to.equal('내려받기');
  });

  it('print CSS: full width, the summary in words, no buttons or menu', async () => {
    const el = mount<Chart>('<korus-goods-balance></korus-goods-balance>', 1300);
    const svg = await drawn(el);
    const root = el.shadowRoot!;
    expect(svg.getBoundingClientRect().width, 'on screen, capped at 1100 px').to.equal(1100);
    expect(root.querySelector('#summary')!.getBoundingClientRect().height).to.be.at.most(1);
    // The @media print block, applied on screen (print emulation differs between engines).
    const css = frameStyles.cssText;
    const start = css.indexOf('{', css.indexOf('@media print')) + 1;
    let end = start;
    for (let depth = 1; depth; end++) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0;
    const print = new CSSStyleSheet();
    print.replaceSync(css.slice(start, end - 1));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, print];
    expect(svg.getBoundingClientRect().width, 'the plot scales to the full width').to.be.closeTo(1300, 1);
    expect(root.querySelector('#summary')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(root.querySelector('.title')!.getBoundingClientRect().height).to.be.greaterThan(10);
    expect(root.querySelector('.source')!.getBoundingClientRect().height).to.be.greaterThan(10);
    for (const sel of ['footer button', 'details.downloads'])
      expect(getComputedStyle(root.querySelector(sel)!).display, sel).to.equal('none');
  });

  it('the open menu overlays the page: nothing below moves', async () => {
    const el = mount<Chart>('<korus-goods-balance></korus-goods-balance>', 640);
    el.insertAdjacentHTML('afterend', '<p id="after">after</p>');
    await drawn(el);
    const after = document.getElementById('after')!;
    const top = after.getBoundingClientRect().top;
    el.shadowRoot!.querySelector<HTMLElement>('details.downloads summary')!.click();
    await until(() => el.shadowRoot!.querySelector<HTMLDetailsElement>('details.downloads')!.open, 'the menu');
    expect(after.getBoundingClientRect().top).to.equal(top);
  });
});

/** Marks under an SVG element, as comparable records: tag, class and numbers of geometry. */
function marks(root: Element) {
  const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'dy'];
  return [...root.querySelectorAll('*')].map((e) => ({
    tag: e.localName,
    class: (e.getAttribute('class') ?? '').trim().split(/\s+/).sort().join(' '),
    text: e.localName === 'text' || e.localName === 'tspan' ? e.textContent!.trim() : '',
    numbers:
      [...GEOMETRY.map((a) => e.getAttribute(a) ?? ''), e.getAttribute('d') ?? '']
        .join(' ')
        .match(/-?\d+(\.\d+)?(e-?\d+)?/g)
        ?.map(Number) ?? [],
  }));
}

describe('renderSVG() and the element draw the same marks', () => {
  afterEach(cleanup);
  // The static renderer gets the element's own text widths (canvas measureText in its font), so
  // every mark is compared, including those placed by text width (axis margin, labels, legend).
  for (const lang of ['en', 'ko']) {
    for (const { chart, markup, options } of CASES) {
      it(`${chart} in ${lang}: same elements, classes, text and coordinates (within 0.5 px)`, async () => {
        const el = mount<Chart>(markup.replace('>', ` lang="${lang}">`), 700);
        const live = await drawn(el);
        await el.updateComplete;
        const doc = new DOMParser().parseFromString(
          renderSVG(chart, { ...options, lang, ...sameAs(el) }),
          'image/svg+xml',
        );
        const a = marks(live);
        const b = marks(doc.querySelector('.korus-plot')!);
        expect(b.map((m) => m.tag)).to.deep.equal(a.map((m) => m.tag));
        expect(a.length).to.be.greaterThan(40);
        a.forEach((m, i) => {
          const what = `${m.tag}.${m.class} #${i}`;
          expect(b[i].class, what).to.equal(m.class);
          expect(b[i].text, what).to.equal(m.text);
          expect(b[i].numbers.length, what).to.equal(m.numbers.length);
          m.numbers.forEach((n, k) => expect(Math.abs(b[i].numbers[k] - n), `${what} number ${k}`).to.be.at.most(0.5));
        });
      });
    }
  }

  it('in the dark theme, resolved colours match the live computed styles', async () => {
    const el = mount<Chart>('<korus-goods-balance theme="dark"></korus-goods-balance>', 640);
    const live = await drawn(el);
    const doc = new DOMParser().parseFromString(
      renderSVG('goods-balance', { theme: 'dark', ...sameAs(el) }),
      'image/svg+xml',
    );
    const probe = document.createElement('canvas').getContext('2d')!;
    const colour = (c: string) => ((probe.fillStyle = '#000'), (probe.fillStyle = c), probe.fillStyle);
    // Inherited values sit on an ancestor in the file: ask the browser for the computed value there too.
    const host = document.createElement('div');
    host.append(doc.documentElement.cloneNode(true));
    document.body.append(host);
    for (const sel of [
      '.exports-dot',
      '.imports-dot',
      '.bar.deficit',
      '.grid',
      '.milestone line',
      '.series-label.exports',
    ]) {
      const mine = doc.querySelector(`.korus-plot ${sel}`)!;
      const theirs = getComputedStyle(live.querySelector(sel)!);
      const placed = getComputedStyle(host.querySelector(`.korus-plot ${sel}`)!);
      expect(colour(placed.fill), `${sel} fill`).to.equal(colour(theirs.fill));
      expect(colour(placed.stroke), `${sel} stroke`).to.equal(colour(theirs.stroke));
      expect(mine).to.not.equal(null);
    }
    host.remove();
  });
});
