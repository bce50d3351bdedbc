import { describe, expect, it } from 'vitest';
import { censusSeries } from '../../../src/data/embedded.js';
import { PALETTE } from '../../../src/frame/palette.js';
import {
  chartAttributes,
  renderCSV,
  renderHTML,
  renderSVG,
  RenderError,
  type ChartName,
} from '../../../src/render/index.js';
import { scopeCSS } from '../../../src/render/fallback.js';
import { parseMarkup } from '../../../src/render/markup.js';
import type { Node } from '../../../src/render/node.js';

const CHARTS: ChartName[] = ['goods-balance', 'export-promise', 'before-after'];

function nodes(markup: string): Node[] {
  const all: Node[] = [];
  const walk = (n: Node) => (all.push(n), n.kids.forEach((k) => typeof k !== 'string' && walk(k)));
  walk(parseMarkup(markup.replace(/^<\?xml[^>]*>/, '')));
  return all;
}
const text = (n: Node): string => n.kids.map((k) => (typeof k === 'string' ? k : text(k))).join('');

describe('renderSVG()', () => {
  for (const chart of CHARTS) {
    for (const lang of ['en', 'ko'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${chart}, ${lang}, ${theme}: one self-contained SVG with title, subtitle, plot, source and every style resolved`, () => {
          const out = renderSVG(chart, { lang, theme, width: 640 });
          expect(out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
          const all = nodes(out);
          const svg = all.find((n) => n.tag === 'svg')!;
          expect(svg.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: '664', lang, role: 'img' });
          expect(svg.attrs.viewBox).toBe(`0 0 664 ${svg.attrs.height}`);
          expect(text(all.find((n) => n.tag === 'title')!).length).toBeGreaterThan(10);
          expect(all.filter((n) => n.attrs.class === 'korus-title').length).toBeGreaterThan(0);
          expect(all.some((n) => n.attrs.class === 'korus-subtitle')).toBe(true);
          expect(all.filter((n) => n.attrs.class === 'korus-plot')).toHaveLength(1);
          expect(out).toContain(lang === 'en' ? 'Source: U.S. Census Bureau' : '출처');
          expect(all.find((n) => n.tag === 'a')!.attrs.href).toBe(
            'https://www.census.gov/foreign-trade/balance/c5800.html',
          );
          // No stylesheet, no custom properties left: attributes only, in the theme's colours.
          expect(out).not.toMatch(/<style|var\(|--_|class="[^"]*"[^>]*style=/);
          expect(all.find((n) => n.attrs.class === 'korus-bg')!.attrs.fill).toBe(PALETTE[theme].background);
          expect(svg.attrs.fill).toBeUndefined();
          expect(out).not.toContain('undefined');
          expect(out).not.toContain('NaN');
        });
      }
    }
  }

  it('draws the marks the element’s own layout gives: one bar and two points per year', () => {
    const all = nodes(renderSVG('goods-balance', { from: 2007, to: 2025 }));
    expect(all.filter((n) => /\bbar\b/.test(n.attrs.class ?? ''))).toHaveLength(19);
    expect(all.filter((n) => /exports-dot/.test(n.attrs.class ?? '') && n.attrs['data-year'])).toHaveLength(19);
    expect(all.filter((n) => n.attrs.class === 'milestone').map((n) => n.attrs['data-id'])).toEqual([
      't_2012_entry_into_force',
      't_2019_amendment_in_force',
    ]);
    const exports = all.find((n) => n.attrs.class?.startsWith('exports-dot') && n.attrs['data-year'] === '2011')!;
    expect(exports.attrs.fill).toBe(PALETTE.light.exports);
  });

  it('is deterministic and follows width and height', () => {
    expect(renderSVG('export-promise', { width: 500 })).toBe(renderSVG('export-promise', { width: 500 }));
    const svg = nodes(renderSVG('goods-balance', { width: 500, height: 300 })).find((n) => n.tag === 'svg')!;
    expect(svg.attrs.width).toBe('524');
    // Default plot heights follow each chart's CSS: clamp(260px, 58cqi, 440px) for the time
    // series (the host is the container), clamp(250px, 24cqi, 290px) for before-after.
    expect(renderSVG('goods-balance', { width: 700 })).toBe(renderSVG('goods-balance', { width: 700, height: 406 }));
    expect(renderSVG('goods-balance', { width: 300 })).toBe(renderSVG('goods-balance', { width: 300, height: 260 }));
    expect(renderSVG('export-promise', { width: 1000 })).toBe(
      renderSVG('export-promise', { width: 1000, height: 440 }),
    );
    expect(renderSVG('before-after', { width: 1100 })).toBe(renderSVG('before-after', { width: 1100, height: 264 }));
  });

  it('takes any attribute of the element, in camelCase or kebab-case, and the page’s text', () => {
    const a = renderSVG('export-promise', { dollars: 'real', priceYear: 2011 });
    expect(renderSVG('export-promise', { dollars: 'real', 'price-year': '2011' })).toBe(a);
    expect(a).toContain('2011');
    const custom = renderSVG('goods-balance', { chartTitle: 'My <title> & co', chartSubtitle: 'Sub', note: 'A note.' });
    expect(custom).toContain('<title>My &lt;title&gt; &amp; co</title>');
    expect(custom).toContain('>A note.</text>');
    expect([...chartAttributes('before-after').keys()]).toEqual(
      expect.arrayContaining(['before', 'after', 'metrics', 'dollars', 'price-year']),
    );
    expect(chartAttributes('goods-balance').has('src')).toBe(false);
  });

  it('draws rows from `data` (the property’s shape or CSV text) with the given source line', () => {
    const rows = censusSeries().years.map((d) => ({ year: d.year, exports: d.exportsMusd, imports: d.importsMusd }));
    expect(renderSVG('goods-balance', { data: rows })).toContain('Data supplied by this page.');
    const csv = 'year,exports,imports\n2010,100,200\n2011,150,220\n';
    const out = renderSVG('goods-balance', { data: csv, source: 'trade.csv' });
    expect(out).toContain('Data: trade.csv');
    expect(nodes(out).filter((n) => /\bbar\b/.test(n.attrs.class ?? ''))).toHaveLength(2);
  });

  it('explains bad options and data in the chosen language, as the element does', () => {
    const error = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        expect(e).toBeInstanceOf(RenderError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(error(() => renderSVG('goods-balance', { from: '20l1' }))).toBe(
      'The attribute “from” must be a four-digit year; found “20l1”.',
    );
    expect(error(() => renderSVG('goods-balance', { lang: 'ko', from: '20l1' }))).toContain('20l1');
    expect(error(() => renderSVG('goods-balance', { baseline: 2011 }))).toMatch(
      /goods-balance has no option "baseline"/,
    );
    expect(error(() => renderSVG('goods-balance', { lang: 'fr' }))).toMatch(/lang must be en or ko/);
    expect(error(() => renderSVG('goods-balance', { theme: 'blue' as 'dark' }))).toMatch(/theme/);
    expect(error(() => renderSVG('goods-balance', { width: 20 }))).toMatch(/width must be/);
    expect(error(() => renderSVG('nope' as ChartName))).toMatch(/Unknown chart/);
    expect(error(() => renderSVG('goods-balance', { data: 'year,exports,imports\n2011,x,1\n' }))).toMatch(/line 2/);
    expect(error(() => renderSVG('before-after', { before: 2016, after: 2011 }))).toBeTruthy();
  });

  it('needs no DOM: Node has no document', () => {
    expect(typeof document).toBe('undefined');
    expect(renderSVG('before-after', { lang: 'ko' })).toContain('korus-plot');
  });
});

describe('renderCSV()', () => {
  it('writes the table with units in the header, plain numbers, then the caption and the source', () => {
    const lines = renderCSV('goods-balance', { from: 2024 }).split('\r\n');
    expect(lines).toEqual([
      'Year,Exports (US$ billions),Imports (US$ billions),Balance (US$ billions)',
      '2024,65.8,131.5,-65.7',
      expect.stringMatching(/^2025,/),
      '',
      'U.S. goods trade with South Korea (billions of U.S. dollars)',
      '"Source: U.S. Census Bureau, trade in goods with Korea, South; annual data through 2025, monthly through August 2026 (1985–2021 as published in 2024; 2022–2025 as published in 2026)."',
      '',
    ]);
    expect(renderCSV('goods-balance', { lang: 'ko', from: 2024 }).split('\r\n').slice(0, 2)).toEqual([
      '연도,미국 수출 (억 달러),미국 수입 (억 달러),무역수지 (억 달러)',
      '2024,658,1315,-657',
    ]);
  });
});

describe('renderHTML(), the no-JavaScript embed', () => {
  it('wraps a static copy in the element, with its attributes, in the live chart’s structure', () => {
    const out = renderHTML('goods-balance', { lang: 'ko', from: 2007, theme: 'dark' });
    expect(out.startsWith('<korus-goods-balance lang="ko" theme="dark" from="2007">')).toBe(true);
    expect(out.endsWith('</korus-goods-balance>')).toBe(true);
    for (const part of [
      '<p class="title">',
      '<p class="subtitle">',
      '<div class="plot"><svg',
      '<p class="sr-only summary">',
      '<footer><p class="source">',
      '<details class="data"><summary>데이터 보기</summary>',
      '<th scope="row">2007</th>',
    ])
      expect(out).toContain(part);
  });

  it('scopes the element’s CSS to the element until it draws (undefined, or waiting for its strings), so it never styles the page or the live chart', () => {
    const css = scopeCSS(
      ":host{display:block}:host([theme='dark']){--a:1}@media (prefers-color-scheme: dark){:host(:not([theme='light'])){--a:2}}svg text,.plot{fill:red}",
      'korus-x',
    );
    const u = ':is(:not(:defined),:state(korus-waiting))';
    expect(css).toBe(
      `korus-x${u}{display:block}korus-x[theme='dark']${u}{--a:1}@media (prefers-color-scheme: dark){korus-x:not([theme='light'])${u}{--a:2}}korus-x${u} svg text,korus-x${u} .plot{fill:red}`,
    );
  });

  it('escapes every value it writes', () => {
    const hostile = '"><script>alert(1)</script>';
    const out = renderHTML('goods-balance', {
      chartTitle: hostile,
      note: hostile,
      data: [{ year: 2011, exports: 1, imports: 2 }],
      source: hostile,
    });
    expect(out).not.toContain('<script>');
    expect(out).toContain('&quot;&gt;&lt;script&gt;');
  });
});

describe('what users hand the renderer never becomes a script link, an external reference or invalid XML', () => {
  const data = [{ year: 2011, exports: 1, imports: 2 }];
  const anchors = (out: string) => nodes(out).filter((n) => n.tag === 'a');

  it('a `source` that is not http:, https: or relative is shown as text, never as a link', () => {
    for (const source of [
      'javascript:alert(document.domain)',
      ' JaVa\tScRiPt:alert(1)',
      '\u0001javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://example.org/1',
      'file:///home/me/trade.csv',
      'mailto:desk@example.org',
    ]) {
      for (const out of [renderSVG('goods-balance', { data, source }), renderHTML('goods-balance', { data, source })]) {
        expect(anchors(out), source).toEqual([]);
        expect(out, source).not.toMatch(/href=/);
        expect(out).toContain('Data: ');
      }
    }
    const svg = renderSVG('goods-balance', { data, source: 'javascript:alert(document.domain)' });
    expect(nodes(svg).some((n) => n.tag === 'text' && text(n) === 'Data: javascript:alert(document.domain)')).toBe(
      true,
    );
  });

  it('http:, https: and relative sources stay links', () => {
    for (const source of ['https://example.org/trade.csv', 'HTTP://example.org/t.csv', 'trade.csv', '/data/t.csv']) {
      for (const out of [renderSVG('goods-balance', { data, source }), renderHTML('goods-balance', { data, source })]) {
        expect(anchors(out).map((a) => a.attrs.href)).toEqual([source]);
      }
    }
  });

  it('a source that names rather than addresses (spaces, or no "/" or ".") is text, never a broken link', () => {
    for (const source of ['Korea Customs Service', 'KCS', 'Korea International Trade Association (KITA)']) {
      for (const out of [renderSVG('goods-balance', { data, source }), renderHTML('goods-balance', { data, source })]) {
        expect(anchors(out), source).toEqual([]);
        expect(out).toContain(source);
      }
    }
  });

  it('a page colour with url() (or an escape that can spell it) is not copied: the chart’s default colour applies', () => {
    const plain = renderSVG('goods-balance');
    for (const value of [
      'url(https://tracker.example/p.svg#p)',
      'URL("https://tracker.example/p.svg#p") #f00',
      '\\75 rl(https://tracker.example/p.svg#p)',
      'image-set("https://tracker.example/a.png" 1x)',
      'src("https://tracker.example/p.svg#p")',
    ]) {
      const out = renderSVG('goods-balance', { vars: { '--korus-color-exports': value } });
      expect(out, value).not.toMatch(/tracker\.example|url\(/i);
      expect(out, value).toBe(plain);
      const dot = nodes(out).find((n) => /\bexports-dot\b/.test(n.attrs.class ?? ''))!;
      expect(dot.attrs.fill).toBe(PALETTE.light.exports);
    }
    // An ordinary colour still wins over the default.
    const own = renderSVG('goods-balance', { vars: { '--korus-color-exports': 'rgb(1, 2, 3)' } });
    expect(nodes(own).find((n) => /\bexports-dot\b/.test(n.attrs.class ?? ''))!.attrs.fill).toBe('rgb(1, 2, 3)');
  });

  it('leaves out characters XML cannot hold (C0 controls, U+FFFE, U+FFFF, lone surrogates) from the SVG and the HTML', () => {
    const options = {
      chartTitle: 'Trade\u0001 \u0000title\u001f\u000b\u000c',
      chartSubtitle: 'sub\ufffe\uffff \ud800title \udc00x',
      note: 'a\u0008b \u{1F600}',
      from: 2011,
    };
    const NOT_XML =
      /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const out of [renderSVG('goods-balance', options), renderHTML('goods-balance', options)]) {
      expect(out).not.toMatch(NOT_XML);
      expect(out).toContain('Trade title');
      expect(out).toContain('sub title x');
      expect(out).toContain('ab \u{1F600}');
    }
    const svg = renderSVG('goods-balance', options);
    expect(text(nodes(svg).find((n) => n.tag === 'title')!).trim()).toBe('Trade title');
  });
});

describe('renderSVG() refuses what it cannot draw with a RenderError, never a crash', () => {
  it('refuses names every object has ("constructor", "__proto__", "toString") as unknown charts', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      for (const fn of [
        () => renderSVG(name as ChartName),
        () => renderHTML(name as ChartName),
        () => renderCSV(name as ChartName),
        () => chartAttributes(name as ChartName),
      ]) {
        expect(fn, name).toThrow(RenderError);
        expect(fn, name).toThrow(`Unknown chart "${name}"`);
      }
    }
  });

  it('refuses a `measure` that is not a function and `vars` that are not custom properties', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return [(e as Error).name, (e as RenderError).code, (e as Error).message];
      }
      return 'no error';
    };
    expect(code(() => renderSVG('goods-balance', { measure: 'x' as never }))).toEqual([
      'RenderError',
      'bad-option',
      'measure must be a function that gives a text width in px, not "x".',
    ]);
    for (const vars of ['x', null, { '--korus-color-exports': 1 }])
      expect(code(() => renderSVG('goods-balance', { vars: vars as never }))[1], String(vars)).toBe('bad-option');
  });
});
