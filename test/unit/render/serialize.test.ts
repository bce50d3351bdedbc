import { html, nothing, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../../src/render/serialize.js';
import { parseMarkup } from '../../../src/render/tree.js';

describe('serialize(template) writes what Lit would render, as markup', () => {
  it('writes static markup unchanged and child values as escaped text', () => {
    const label = '<b>"R&D"</b>';
    expect(serialize(svg`<text x="1">${label}</text>`)).toBe(
      '<text x="1">&lt;b&gt;&quot;R&amp;D&quot;&lt;/b&gt;</text>',
    );
    expect(serialize(html`<p>${0} ${-1.5} ${false}</p>`)).toBe('<p>0 -1.5 false</p>');
  });

  it('quotes unquoted attribute bindings and escapes attribute values', () => {
    const v = 'a" onload="x';
    expect(serialize(svg`<rect x=${1.25} data-k=${v}></rect>`)).toBe(
      '<rect x="1.25" data-k="a&quot; onload=&quot;x"></rect>',
    );
  });

  it('fills interpolated quoted attributes part by part', () => {
    expect(serialize(svg`<rect class="bar ${'deficit'} ${''}" viewBox="0 0 ${640} ${371}"></rect>`)).toBe(
      '<rect class="bar deficit " viewBox="0 0 640 371"></rect>',
    );
  });

  it('drops event and property bindings, writes boolean bindings bare, and leaves out attributes bound to nothing', () => {
    const tpl = html`<button @click=${() => 1} .value=${'x'} ?disabled=${true} ?hidden=${false} title=${nothing} lang=${null}>ok</button>`;
    expect(serialize(tpl)).toBe('<button   disabled   lang="">ok</button>');
  });

  it('writes nested templates, arrays and iterables in order; nothing, null and undefined write nothing', () => {
    const items = [1, 2, 3];
    const tpl = svg`<g>${items.map((i) => svg`<circle r=${i}></circle>`)}${new Set(['a'])}${nothing}${null}${undefined}</g>`;
    expect(serialize(tpl)).toBe('<g><circle r="1"></circle><circle r="2"></circle><circle r="3"></circle>a</g>');
  });

  it('refuses directives and element bindings with an error, rather than writing something wrong', () => {
    expect(() =>
      serialize(
        svg`<g>${repeat(
          [1],
          (i) => i,
          (i) => svg`<circle r=${i}></circle>`,
        )}</g>`,
      ),
    ).toThrow(/directive/);
    expect(() => serialize(svg`<rect class=${repeat([1], (i) => String(i))}></rect>`)).toThrow(/directive/);
    expect(() => serialize(html`<div ${'x'}></div>`)).toThrow(/binding on an element/);
    expect(() => serialize(html`<div @click="${() => 1}"></div>`)).toThrow(/quoted event/);
  });

  it('round-trips through parseMarkup with values decoded', () => {
    const root = parseMarkup(serialize(svg`<g class="a"><text x=${1} dy="0.32em">${'R&D <1>'}</text><rect/></g>`));
    const g = root.kids[0] as ReturnType<typeof parseMarkup>;
    expect(g.tag).toBe('g');
    expect(g.attrs).toEqual({ class: 'a' });
    expect(g.kids[0]).toEqual({ tag: 'text', attrs: { x: '1', dy: '0.32em' }, kids: ['R&D <1>'] });
    expect(g.kids[1]).toEqual({ tag: 'rect', attrs: {}, kids: [] });
  });
});
