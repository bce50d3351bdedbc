import { PRESENTATION, type Style } from './css.js';
import type { Drawing } from './draw.js';
import { escape } from './escape.js';
import type { Node } from './node.js';

/** SVG text collapses runs of white space, as the browser does for the live chart. */
export const collapse = (kids: Node['kids']): string =>
  kids
    .filter((k): k is string => typeof k === 'string')
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const TEXT = new Set(['text', 'tspan', 'title', 'desc', 'a']);

/** A computed value as a presentation attribute that older SVG tools also read. */
const presentationValue = (p: string, v: string) =>
  v === 'transparent' ? 'none' : /^(font-size|stroke-width)$/.test(p) ? v.replace(/px$/, '') : v;

function write(node: Node, styles: Map<Node, Style>, parent: Style): string {
  const s = styles.get(node)!;
  let out = `<${node.tag}`;
  for (const [k, v] of Object.entries(node.attrs).sort()) if (!PRESENTATION.includes(k)) out += ` ${k}="${escape(v)}"`;
  // Presentation properties where they differ from the parent's (all of them inherit).
  for (const p of PRESENTATION)
    if (s[p] !== undefined && s[p] !== parent[p]) out += ` ${p}="${escape(presentationValue(p, s[p]))}"`;
  // Text keeps its strings (white space collapsed) in order with any tspans; shapes keep none.
  const kids = node.kids.map((k) =>
    typeof k !== 'string' ? write(k, styles, s) : TEXT.has(node.tag) ? escape(k.replace(/\s+/g, ' ')) : '',
  );
  return `${out}>${kids.join('')}</${node.tag}>`;
}

/**
 * The drawing as a standalone SVG file: styles resolved into presentation attributes, so it
 * needs no stylesheet, cannot restyle a page it is pasted into, and opens in design tools.
 */
export function writeSVG(d: Drawing): string {
  const svg = d.root.kids[0] as Node;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${write(svg, d.styles, {})}\n`;
}
