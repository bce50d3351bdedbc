// A chart's view template as markup, and markup as nodes, with maintained code: Lit's own SSR
// writes the template (the element's marks, by construction) and parse5, the HTML parser Lit SSR
// itself is built on, reads it back as a browser would, SVG foreign content included.
//
// The static renderer runs in browsers too (renderSVG() beside a live chart). It calls Lit SSR's
// renderValue() with no element renderers rather than render(): render() loads the LitElement
// renderer, which replaces LitElement.prototype.createRenderRoot for the server, so the page's
// own elements would lose their styles. A view template holds no custom elements to render.
// Lit SSR also swaps the resolve method of any directive class it renders; the charts' views
// use none (test/unit/package/architecture.test.ts).
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { renderValue } from '@lit-labs/ssr/lib/render-value.js';
import { parseFragment, serialize as serializeHTML, type DefaultTreeAdapterMap } from 'parse5';
import type { Node } from './node.js';

type ParsedNode = DefaultTreeAdapterMap['node'];
type ParsedElement = DefaultTreeAdapterMap['element'];
type ParsedParent = DefaultTreeAdapterMap['parentNode'];
type ParsedTemplate = DefaultTreeAdapterMap['template'];

/** Lit's SVG template results (`svg\`…\``): their markup is SVG content, parsed inside an `<svg>`. */
const SVG_RESULT = 2;
const isSVG = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Symbol.iterator in value
    ? [...(value as Iterable<unknown>)].some(isSVG)
    : (value as { _$litType$?: unknown } | null)?._$litType$ === SVG_RESULT;

/**
 * A Lit template result as Lit SSR writes it: the markup the element would hold, with Lit's
 * hydration markers (`<!--lit-part …-->`, `<!--lit-node …-->`) that parseMarkup() leaves out.
 */
export const renderMarkup = (value: unknown): string =>
  collectResultSync(
    renderValue(value, {
      elementRenderers: [],
      customElementInstanceStack: [],
      customElementHostStack: [],
      eventTargetStack: [],
      slotStack: [],
      deferHydration: false,
    }),
  );

const isElement = (n: ParsedNode): n is ParsedElement => 'tagName' in n;
const childrenOf = (n: ParsedParent): ParsedNode[] =>
  isElement(n) && n.tagName === 'template' ? (n as ParsedTemplate).content.childNodes : n.childNodes;

/**
 * Elements and text, in order. Comments (Lit's markers, and `<?…?>`, which HTML reads as a
 * comment) are left out and the text around them joined, as one string per run of text; a run
 * that is only white space is dropped, as SVG rendering does.
 */
function kidsOf(parent: ParsedParent): Node['kids'] {
  const kids: Node['kids'] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) kids.push(text);
    text = '';
  };
  for (const n of childrenOf(parent)) {
    if (n.nodeName === '#text') text += (n as DefaultTreeAdapterMap['textNode']).value;
    else if (isElement(n)) {
      flush();
      kids.push(nodeOf(n));
    }
  }
  flush();
  return kids;
}

const nodeOf = (e: ParsedElement): Node => ({
  tag: e.tagName,
  // xlink:href and the like keep their prefix; SVG's camelCase names (viewBox) their case.
  attrs: Object.fromEntries(e.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value])),
  kids: kidsOf(e),
});

/** Markup as a browser's HTML parser reads it (entities decoded, `<svg>` as SVG), under a nameless root. */
export const parseMarkup = (markup: string): Node => ({ tag: '', attrs: {}, kids: kidsOf(parseFragment(markup)) });

/** The parsed `<svg>` around SVG content, so `<rect/>` closes and `viewBox` keeps its case. */
const svgAround = (markup: string): ParsedElement =>
  parseFragment(`<svg>${markup}</svg>`).childNodes[0] as ParsedElement;

/** SVG content (what an `svg` template holds: `<g>`, `<rect/>`, `<text>`) as the nodes an `<svg>` element would hold. */
export const parseSVGContent = (markup: string): Node[] => kidsOf(svgAround(markup)) as Node[];

function dropComments(parent: ParsedParent): void {
  const kids = childrenOf(parent);
  for (let i = kids.length; i--;) {
    const n = kids[i];
    if (n.nodeName === '#comment') kids.splice(i, 1);
    else if ('childNodes' in n) dropComments(n);
  }
}

/** SVG content written by Lit SSR, without Lit's markers: for a page's HTML. */
export function plainSVGContent(markup: string): string {
  const svg = svgAround(markup);
  dropComments(svg);
  return serializeHTML(svg);
}

/**
 * Writes a Lit template result as HTML, with no DOM: Lit's own SSR renders it and its hydration
 * markers are left out. Text and attribute values are escaped; event bindings are dropped, as
 * are property bindings other than those Lit SSR reflects to an attribute (`.value`); a boolean
 * binding (`?x`) writes the bare attribute when true; `nothing`, null and undefined write
 * nothing (an attribute bound to `nothing` is left out). Directives render as Lit renders them.
 */
export function serialize(value: unknown): string {
  const markup = renderMarkup(value);
  if (isSVG(value)) return plainSVGContent(markup);
  const fragment = parseFragment(markup);
  dropComments(fragment);
  return serializeHTML(fragment);
}
