import { describe, expect, it } from 'vitest';
import { cascade } from '../../../src/render/css.js';
import { parseMarkup } from '../../../src/render/markup.js';
import type { Node } from '../../../src/render/node.js';

const CSS = `
  :host { --_text: var(--korus-color-text, #111); --_exports: var(--korus-color-exports, #00f); --_target: var(--korus-color-target, var(--_text)); }
  :host([theme='dark']) { --_text: var(--korus-color-text, #eee); }
  @media (prefers-color-scheme: dark) { :host(:not([theme='light'])) { --_text: #eee; } }
  @media print { .dot { fill: black; } }
  svg { font-size: 12px; }
  svg text { fill: var(--_text); }
  .label.exports { fill: var(--_exports); }
  .row text { stroke: var(--_bg, white); stroke-width: 3px; }
  .exports { --_c: var(--_exports); }
  .dot { fill: var(--_c, red); }
  .target { fill: var(--_target); }
  button:focus-visible, .plot > .alert { fill: green; }
  .dot { stroke: none; }
`;

function styled(markup: string, theme?: string, vars?: Record<string, string>) {
  const root = parseMarkup(markup);
  const styles = cascade(root, CSS, theme, vars);
  const all: Node[] = [];
  const walk = (n: Node) => (all.push(n), n.kids.forEach((k) => typeof k !== 'string' && walk(k)));
  walk(root);
  return (cls: string) => styles.get(all.find((n) => n.attrs.class === cls)!)!;
}

describe('cascade(): the charts’ CSS resolved on serialized SVG', () => {
  it('applies type and class selectors by specificity, then source order', () => {
    const s = styled('<svg><text class="label exports">a</text><text class="plain">b</text></svg>');
    expect(s('label exports').fill).toBe('#00f'); // .label.exports (0,2,0) beats svg text (0,0,2)
    expect(s('plain').fill).toBe('#111');
    expect(s('plain')['font-size']).toBe('12px'); // inherited from svg
  });

  it('matches descendant combinators through any depth', () => {
    const s = styled('<svg><g class="row"><g><text class="deep">x</text></g></g><text class="out">y</text></svg>');
    expect(s('deep').stroke).toBe('white');
    expect(s('out').stroke).toBeUndefined();
  });

  it('resolves custom properties set on ancestors, fallbacks and var() inside fallbacks', () => {
    const s = styled(
      '<svg><g class="exports"><circle class="dot"/></g><circle class="dot lone"/><text class="target">t</text></svg>',
    );
    expect(s('dot').fill).toBe('#00f');
    expect(s('dot lone').fill).toBe('red');
    expect(s('target').fill).toBe('#111');
  });

  it('picks the theme through :host([theme]) and ignores media queries and other selectors', () => {
    const dark = styled('<svg><text class="t">x</text><circle class="dot"/></svg>', 'dark');
    expect(dark('t').fill).toBe('#eee');
    const light = styled('<svg><text class="t">x</text><circle class="dot"/></svg>', 'light');
    expect(light('t').fill).toBe('#111');
    expect(light('dot').fill).toBe('red'); // not the print rule, not the :focus-visible one
  });

  it('lets page-level custom properties override the defaults, as on the element', () => {
    const s = styled('<svg><text class="label exports">a</text><text class="target">b</text></svg>', 'light', {
      '--korus-color-exports': '#f0f',
      '--korus-color-text': '#222',
    });
    expect(s('label exports').fill).toBe('#f0f');
    expect(s('target').fill).toBe('#222');
  });

  it('gives presentation attributes the lowest precedence', () => {
    const s = styled(
      '<svg><text class="plain" font-size="13" fill="blue">a</text><circle class="c" stroke-width="2"/></svg>',
    );
    expect(s('plain')['font-size']).toBe('13');
    expect(s('plain').fill).toBe('#111');
    expect(s('c')['stroke-width']).toBe('2');
  });
});
