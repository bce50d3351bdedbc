import { expect } from 'chai';
import '../../src/define.js';
import type { KorusGoodsBalance } from '../../src/index.js';
import { resetLangWarnings } from '../../src/frame/base-element.js';
import { alertOf, cleanup, drawn, mount, tableRows, until } from './helpers.js';

const csvUrl = (text: string, type = 'text/csv') => URL.createObjectURL(new Blob([text], { type }));
const chartWith = (src: string) =>
  mount<KorusGoodsBalance>(`<korus-goods-balance></korus-goods-balance>`, 600, (el) => el.setAttribute('src', src));
const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent ?? '';

describe('reliability: bad data files each get a specific message', () => {
  afterEach(cleanup);

  const refused: [string, string, string][] = [
    ['an empty file', '', 'The data file is empty.'],
    ['a header only', 'year,exports,imports\n', 'has a header row (year, exports, imports) but no data rows'],
    ['a missing column', 'year,exports\n2011,1\n', 'has no “imports” column'],
    [
      'a non-numeric cell',
      'year,exports,imports\n2011,abc,2\n',
      'Expected a number (line 2, column “exports”), found “abc”',
    ],
    ['negative exports', 'year,exports,imports\n2011,-5,2\n', 'cannot be negative (line 2, column “exports”)'],
    ['a duplicate year', 'year,exports,imports\n2011,1,2\n2011,1,2\n', 'The year 2011 appears twice (lines 2 and 3)'],
    ['an HTML page', '<!doctype html><title>Oops</title>', 'returned a web page, not a CSV or JSON file'],
    [
      'JSON that is not an array',
      '{"rows": []}',
      'Expected a JSON array of {year, exports, imports} objects, found object',
    ],
  ];
  for (const [what, text, message] of refused) {
    it(`${what}`, async () => {
      const el = chartWith(csvUrl(text));
      const alert = await alertOf(el);
      expect(alert.textContent).to.contain(message);
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
    });
  }

  it('an HTML error page served by the server', async () => {
    const alert = await alertOf(chartWith('/test-api/html'));
    expect(alert.textContent).to.contain('returned a web page');
  });

  it('keeps the last good chart on screen under the message', async () => {
    const el = chartWith(csvUrl('year,exports,imports\n2011,1000,2000\n2012,1500,2500\n'));
    await drawn(el);
    el.src = csvUrl('year,exports,imports\n2011,x,1\n');
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('still shows the previous data');
    expect(el.shadowRoot!.querySelector('svg')).to.not.equal(null);
    expect(Object.keys(tableRows(el))).to.deep.equal(['2011', '2012']);
  });
});

describe('reliability: awkward but valid data is accepted', () => {
  afterEach(cleanup);

  it('a byte-order mark, CRLF line ends, quoted thousands separators and unsorted years', async () => {
    const el = chartWith(
      csvUrl('\uFEFFyear,exports,imports\r\n2012,"42,282.6","58,898.9"\r\n2011,"43,461.6","56,661.4"\r\n'),
    );
    await drawn(el);
    expect(tableRows(el)).to.deep.equal({
      '2011': ['2011', '43.5', '56.7', '\u221213.2'],
      '2012': ['2012', '42.3', '58.9', '\u221216.6'],
    });
  });

  it('missing years are drawn as gaps, never interpolated', async () => {
    const el = chartWith(csvUrl('year,exports,imports\n2010,1,2\n2011,1,2\n2014,1,2\n2015,1,2\n'));
    const svg = await drawn(el);
    expect(svg.querySelector('.exports-line')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
    expect(svg.querySelectorAll('.bar')).to.have.length(4);
    expect(Object.keys(tableRows(el))).to.deep.equal(['2010', '2011', '2014', '2015']);
  });

  it('a single year', async () => {
    const el = chartWith(csvUrl('year,exports,imports\n2011,43461.6,56661.4\n'));
    const svg = await drawn(el);
    expect(svg.querySelectorAll('.bar')).to.have.length(1);
    expect(shadowText(el)).to.not.match(/NaN|Infinity/);
  });

  it('10,000 rows: refused quickly with a specific message (years must be unique four-digit years)', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `${1000 + (i % 9000)},${i},${i + 1}`).join('\n');
    const t0 = performance.now();
    const alert = await alertOf(chartWith(csvUrl(`year,exports,imports\n${rows}\n`)));
    expect(alert.textContent).to.contain('The year 1000 appears twice (lines 2 and 9002)');
    expect(performance.now() - t0).to.be.below(3000);
  });

  it('8,000 unique years render without NaN', async function () {
    // 8,000 bars and 16,000 markers: WebKit on a busy CI machine needs several seconds to draw them.
    this.timeout(40_000);
    const rows = Array.from({ length: 8000 }, (_, i) => `${1500 + i},${i},${2 * i}`).join('\n');
    const el = chartWith(csvUrl(`year,exports,imports\n${rows}\n`));
    el.setAttribute('from', '1500');
    const svg = await drawn(el, 30_000);
    expect(svg.querySelectorAll('.bar')).to.have.length(8000);
    expect(svg.innerHTML).to.not.match(/NaN|Infinity/);
  });
});

describe('reliability: the network', () => {
  afterEach(cleanup);

  it('a network error', async () => {
    const alert = await alertOf(chartWith('http://127.0.0.1:9/trade.csv'));
    expect(alert.textContent).to.contain(
      'could not be loaded from http://127.0.0.1:9/trade.csv: a network error occurred',
    );
  });

  it('a response that never ends times out with a message, after the configured time', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance timeout="400"></korus-goods-balance>', 600, (e) =>
      e.setAttribute('src', '/test-api/hold?id=timeout'),
    );
    const t0 = performance.now();
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('did not arrive within 0.4 seconds');
    expect(performance.now() - t0).to.be.within(350, 3000);
  });

  it('changing src twice quickly: the second wins even when the first answers later', async () => {
    const el = chartWith('/test-api/slow?ms=700&years=2001');
    el.src = '/test-api/slow?ms=0&years=2002';
    await until(() => tableRows(el)['2002'], 'the second file');
    await new Promise((r) => setTimeout(r, 1000));
    expect(Object.keys(tableRows(el))).to.deep.equal(['2002']);
  });

  it('removing the element mid-fetch aborts the request', async () => {
    const el = chartWith('/test-api/hold?id=removed');
    await new Promise((r) => setTimeout(r, 300));
    el.remove();
    const aborted = await until(
      async () => (await (await fetch('/test-api/aborted?id=removed')).json()).aborted,
      'the server to see the abort',
    );
    expect(await aborted).to.equal(true);
  });

  it('a chart removed before its first update requests nothing, and loads when attached again', async () => {
    const id = `early${Math.random().toString(36).slice(2)}`;
    const state = async () => (await (await fetch(`/test-api/aborted?id=${id}`)).json()).aborted;
    const el = chartWith(`/test-api/hold?id=${id}`);
    el.remove();
    await new Promise((r) => setTimeout(r, 600));
    // null: never asked; true: asked and cancelled. false would be a request left open.
    expect(await state(), 'request left open by a removed chart').to.not.equal(false);
    document.body.append(el);
    await until(async () => (await state()) === false, 'the request once attached again');
    el.remove();
    await until(async () => (await state()) === true, 'the server to see the abort');
  });

  it('a timeout longer than timers can wait (over 2³¹ − 1 ms) waits instead of firing at once', async () => {
    const el = mount<KorusGoodsBalance>('<korus-goods-balance timeout="3000000000"></korus-goods-balance>', 600, (e) =>
      e.setAttribute('src', `/test-api/hold?id=long${Math.random().toString(36).slice(2)}`),
    );
    await new Promise((r) => setTimeout(r, 800));
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent ?? null).to.equal(null);
    expect(shadowText(el)).to.contain('Loading');
  });

  it('a body past 5 MB is refused naming the limit, and the download stops there', async function () {
    this.timeout(20_000);
    const id = `big${Math.random().toString(36).slice(2)}`;
    const el = chartWith(`/test-api/endless?id=${id}`);
    const alert = await until(() => el.shadowRoot!.querySelector('[role="alert"]'), 'the refusal', 15_000);
    expect(alert.textContent).to.contain('The data file is larger than 5 MB, the most a chart reads.');
    const aborted = await until(
      async () => (await (await fetch(`/test-api/aborted?id=${id}`)).json()).aborted,
      'the server to see the download stop',
    );
    expect(aborted).to.equal(true);
  });

  it('makes no request without src, and none to other hosts', async () => {
    const calls: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      calls.push(String(args[0]));
      return realFetch(...args);
    };
    try {
      const before = performance.getEntriesByType('resource').length;
      const el = mount<KorusGoodsBalance>('<korus-goods-balance></korus-goods-balance>', 600);
      await drawn(el);
      el.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
      await el.updateComplete;
      expect(calls).to.deep.equal([]);
      const after = performance.getEntriesByType('resource').slice(before);
      expect(after.filter((e) => !e.name.startsWith(location.origin))).to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('reliability: attributes out of range', () => {
  afterEach(cleanup);

  it('years outside the data name the range the data covers', async () => {
    const alert = await alertOf(mount('<korus-goods-balance from="1900" to="1950"></korus-goods-balance>', 600));
    expect(alert.textContent).to.contain('No data between 1900 and 1950. The data covers 1985–2025.');
  });

  it('a non-numeric year quotes what the page wrote and never shows NaN', async () => {
    const el = mount<HTMLElement>('<korus-goods-balance from="twenty"></korus-goods-balance>', 600);
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('The attribute “from” must be a four-digit year; found “twenty”.');
    expect(shadowText(el)).to.not.contain('NaN');
  });

  it('an unknown lang falls back to English with one console warning', async () => {
    resetLangWarnings();
    const warnings: unknown[][] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const a = mount<HTMLElement>('<korus-goods-balance lang="xx"></korus-goods-balance>', 600);
      const b = mount<HTMLElement>('<korus-goods-balance lang="xx"></korus-goods-balance>', 600);
      await drawn(a);
      await drawn(b);
      expect(a.shadowRoot!.querySelector('.title')!.textContent).to.match(/^U\.S\. goods trade/);
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('lang="xx" is not supported');
    } finally {
      console.warn = realWarn;
    }
  });
});

describe('reliability: a data attribute', () => {
  afterEach(cleanup);

  it('holding "[object Object]" (React 19 before the tag is defined) says to import the library first', async () => {
    const events: string[] = [];
    const el = mount<KorusGoodsBalance>('<korus-goods-balance lang="en"></korus-goods-balance>', 600, (e) => {
      e.addEventListener('korus-error', (ev) => events.push((ev as CustomEvent).detail.code));
      e.setAttribute('data', '[object Object],[object Object]');
    });
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('The “data” attribute holds text (“[object Object],[object Object]”)');
    expect(alert.textContent).to.contain('In React, import korus-charts before rendering.');
    expect(el.shadowRoot!.querySelector('svg'), 'no embedded chart in its place').to.equal(null);
    expect(events).to.deep.equal(['data-attribute']);
    // The property, once set, wins.
    el.data = [{ year: 2011, exports: 1000, imports: 2000 }];
    await until(() => tableRows(el)['2011'], 'the rows of the property');
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });
});

describe('reliability: hostile strings are text, never markup', () => {
  afterEach(cleanup);

  it('in chart-title, chart-subtitle and note', async () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const el = mount<HTMLElement>('<korus-goods-balance></korus-goods-balance>', 600, (e) => {
      e.setAttribute('chart-title', evil);
      e.setAttribute('chart-subtitle', evil);
      e.setAttribute('note', evil);
    });
    await drawn(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.title')!.textContent).to.equal(evil);
    expect(root.querySelector('.subtitle')!.textContent).to.equal(evil);
    expect([...root.querySelectorAll('.note')].some((n) => n.textContent === evil)).to.equal(true);
    expect(root.querySelectorAll('img, script')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('in a CSV field and a column name', async () => {
    const el = chartWith(csvUrl('year,exports,<b>imports</b>\n2011,<img src=x onerror=alert(1)>,2\n'));
    const alert = await alertOf(el);
    expect(alert.textContent).to.contain('<b>imports</b>');
    expect(el.shadowRoot!.querySelectorAll('img, b, script')).to.have.length(0);
    const el2 = chartWith(csvUrl('year,exports,imports\n2011,<img src=x onerror=alert(1)>,2\n'));
    expect((await alertOf(el2)).textContent).to.contain('found “<img src=x onerror=alert(1)>”');
    expect(el2.shadowRoot!.querySelectorAll('img')).to.have.length(0);
  });
});
