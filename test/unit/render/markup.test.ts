import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { describe, expect, it } from 'vitest';
import { parseMarkup, parseSVGContent, plainSVGContent, renderMarkup, serialize } from '../../../src/render/markup.js';
import type { Node } from '../../../src/render/node.js';

describe('serialize(template) writes what Lit SSR renders, as HTML without its markers', () => {
  it('writes static markup unchanged and child values as escaped text', () => {
    const label = '<b>"R&D"</b>';
    expect(serialize(svg`<text x="1">${label}</text>`)).toBe('<text x="1">&lt;b&gt;"R&amp;D"&lt;/b&gt;</text>');
    expect(serialize(html`<p>${0} ${-1.5} ${false}</p>`)).toBe('<p>0 -1.5 false</p>');
  });

  it('quotes unquoted attribute bindings and escapes attribute values', () => {
    const v = 'a" onload="x';
    expect(serialize(svg`<rect x=${1.25} data-k=${v}></rect>`)).toBe(
      '<rect x="1.25" data-k="a&quot; onload=&quot;x"></rect>',
    );
  });

  it('fills interpolated quoted attributes part by part, keeping SVG attribute case', () => {
    expect(serialize(svg`<rect class="bar ${'deficit'} ${''}" viewBox="0 0 ${640} ${371}"></rect>`)).toBe(
      '<rect class="bar deficit " viewBox="0 0 640 371"></rect>',
    );
  });

  it('drops event bindings, writes boolean bindings bare, and leaves out attributes bound to nothing', () => {
    const tpl = html`<button @click=${() => 1} .value=${'x'} ?disabled=${true} ?hidden=${false} title=${nothing} lang=${null}>ok</button>`;
    // Lit SSR reflects a property binding to its attribute where the element has one (value).
    expect(serialize(tpl)).toBe('<button value="x" disabled="" lang="">ok</button>');
  });

  it('writes nested templates, arrays and iterables in order; nothing, null and undefined write nothing', () => {
    const items = [1, 2, 3];
    const tpl = svg`<g>${items.map((i) => svg`<circle r=${i}></circle>`)}${new Set(['a'])}${nothing}${null}${undefined}</g>`;
    expect(serialize(tpl)).toBe('<g><circle r="1"></circle><circle r="2"></circle><circle r="3"></circle>a</g>');
  });

  it('renders directives as Lit does, where the hand-written serializer had to refuse them', () => {
    const tpl = svg`<g>${repeat(
      [1, 2],
      (i) => i,
      (i) => svg`<circle r=${i}></circle>`,
    )}</g>`;
    expect(serialize(tpl)).toBe('<g><circle r="1"></circle><circle r="2"></circle></g>');
  });

  it('round-trips through parseSVGContent with values decoded', () => {
    const [g] = parseSVGContent(serialize(svg`<g class="a"><text x=${1} dy="0.32em">${'R&D <1>'}</text><rect/></g>`));
    expect((g as Node).tag).toBe('g');
    expect((g as Node).attrs).toEqual({ class: 'a' });
    expect((g as Node).kids[0]).toEqual({ tag: 'text', attrs: { x: '1', dy: '0.32em' }, kids: ['R&D <1>'] });
    expect((g as Node).kids[1]).toEqual({ tag: 'rect', attrs: {}, kids: [] });
  });
});

describe('parseSVGContent(renderMarkup(template)): the nodes the element holds, Lit markers left out', () => {
  it('joins the text around child parts and drops only white-space runs', () => {
    const markup = renderMarkup(svg`<text x=${2}>${'Exports'} (${'US$'}) ${'b'}</text>\n  <g></g>`);
    expect(markup).toContain('<!--lit-part');
    expect(parseSVGContent(markup)).toEqual([
      { tag: 'text', attrs: { x: '2' }, kids: ['Exports (US$) b'] },
      { tag: 'g', attrs: {}, kids: [] },
    ]);
  });

  it('keeps text and tspans in order', () => {
    const lines = ['U.S. exports', 'to Korea'];
    const tpl = svg`<text>${lines.map((t, i) => svg`<tspan x="1" dy=${i && 14}>${t}</tspan>`)}</text>`;
    expect(parseSVGContent(renderMarkup(tpl))).toEqual([
      {
        tag: 'text',
        attrs: {},
        kids: [
          { tag: 'tspan', attrs: { x: '1', dy: '0' }, kids: ['U.S. exports'] },
          { tag: 'tspan', attrs: { x: '1', dy: '14' }, kids: ['to Korea'] },
        ],
      },
    ]);
  });
});

describe('parseMarkup() and parseSVGContent() read markup as a browser does', () => {
  it('decodes named, decimal and hex character references, and leaves a bare & alone', () => {
    const [t] = parseSVGContent(
      '<text>R&amp;D &lt;1&gt; &quot;q&quot; &#39;s&#x27; &eacute;&nbsp;&#8722;13.2 &#x1F600; AT&T</text>',
    );
    expect((t as Node).kids).toEqual(['R&D <1> "q" \'s\' é\u00a0−13.2 😀 AT&T']);
    const [r] = parseSVGContent('<rect data-v="a&amp;b&quot;c&#60;"/>');
    expect((r as Node).attrs['data-v']).toBe('a&b"c<');
  });

  it('reads > and quotes inside attribute values, unquoted and single-quoted values', () => {
    const [g] = parseSVGContent(`<g data-a="x > y" data-b='say "hi" > 2' data-c=plain class="a"><rect/></g>`);
    expect((g as Node).attrs).toEqual({ 'data-a': 'x > y', 'data-b': 'say "hi" > 2', 'data-c': 'plain', class: 'a' });
    expect((g as Node).kids).toEqual([{ tag: 'rect', attrs: {}, kids: [] }]);
  });

  it('skips comments, even ones holding markup, and Lit markers of every kind', () => {
    const kids = parseSVGContent(
      '<!-- <rect class="no"></rect> --><?lit$1234$?><!--lit-part AbC=--><!--lit-node 3--><circle r="1"/><!--/lit-part-->',
    );
    expect(kids).toEqual([{ tag: 'circle', attrs: { r: '1' }, kids: [] }]);
  });

  it('reads CDATA in SVG as text, with its < and & literal', () => {
    const [t] = parseSVGContent('<text><![CDATA[a < b && c > d]]></text>');
    expect((t as Node).kids).toEqual(['a < b && c > d']);
  });

  it('reads Korean text and its no-break spaces unchanged', () => {
    const [t] = parseSVGContent('<text class="label">미국 수출 567억\u00a0달러 · 한국</text>');
    expect(t).toEqual({ tag: 'text', attrs: { class: 'label' }, kids: ['미국 수출 567억\u00a0달러 · 한국'] });
  });

  it('closes self-closing SVG elements and keeps the case of SVG attributes and elements', () => {
    const kids = parseSVGContent(
      '<rect/><circle r="1"/><linearGradient gradientUnits="userSpaceOnUse"/><path d="M0 0"/>',
    );
    expect(kids.map((k) => (k as Node).tag)).toEqual(['rect', 'circle', 'linearGradient', 'path']);
    expect((kids[2] as Node).attrs).toEqual({ gradientUnits: 'userSpaceOnUse' });
  });

  it('reads a whole SVG document in HTML: viewBox, namespaced attributes, and a <title> with markup-like text', () => {
    const root = parseMarkup(
      '<svg xmlns="http://www.w3.org/2000/svg" VIEWBOX="0 0 10 10"><title>a &lt;b&gt;</title><a xlink:href="#x"><text>t</text></a></svg>',
    );
    const svgNode = root.kids[0] as Node;
    expect(root.tag).toBe('');
    expect(svgNode.attrs).toEqual({ xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 10 10' });
    expect(svgNode.kids[0]).toEqual({ tag: 'title', attrs: {}, kids: ['a <b>'] });
    expect((svgNode.kids[1] as Node).attrs).toEqual({ 'xlink:href': '#x' });
  });

  it('reads HTML outside SVG as a browser does: a stray end tag closes nothing, a stray </p> opens an empty p', () => {
    expect(parseMarkup('<div class="plot"><span>a</em></span>b</p></div>').kids).toEqual([
      {
        tag: 'div',
        attrs: { class: 'plot' },
        kids: [{ tag: 'span', attrs: {}, kids: ['a'] }, 'b', { tag: 'p', attrs: {}, kids: [] }],
      },
    ]);
  });
});

describe('plainSVGContent()', () => {
  it('writes Lit SSR markup without its markers, for a page', () => {
    const markup = renderMarkup(svg`<g class="legend"><text x=${1}>${'R&D'} ${'한국'}</text><rect/></g>`);
    expect(plainSVGContent(markup)).toBe('<g class="legend"><text x="1">R&amp;D 한국</text><rect></rect></g>');
  });
});
