import type { Node } from './node.js';

/**
 * Just enough CSS to resolve the charts' own stylesheets on serialized SVG: type and class
 * selectors with descendant combinators, `:host` and `:host([attr='value'])` for the root,
 * specificity and source order, inheritance, custom properties and var() with fallbacks. Rules
 * inside at-rules (print, forced colours, a dark system theme) and selectors with other
 * combinators or pseudo-classes do not apply: the static renderer draws one screen in one theme.
 */
export type Style = Record<string, string>;

interface Rule {
  /** '' for `:host`, 'theme=dark' for `:host([theme='dark'])`; undefined for other rules. */
  host?: string;
  chain: [tag: string, classes: string[]][];
  spec: number;
  decls: string[][];
}

/**
 * The presentation properties the charts' CSS sets on marks (all inherited in SVG): what the
 * renderer writes as attributes and paints. `height` is only read, for the plot box.
 */
export const PRESENTATION =
  'fill stroke stroke-width stroke-dasharray stroke-linejoin stroke-linecap paint-order shape-rendering font-family font-size font-weight text-anchor'.split(
    ' ',
  );

/** Top-level blocks of a stylesheet, comments removed: [prelude, body] (an at-rule's body is its rules). */
export function* blocks(cssText: string): Generator<[string, string]> {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  for (let i = 0, open; (open = text.indexOf('{', i)) >= 0;) {
    let end = open + 1;
    for (let depth = 1; depth; end++) depth += text[end] === '{' ? 1 : text[end] === '}' ? -1 : 0;
    yield [text.slice(i, open).trim().replace(/\s+/g, ' '), text.slice(open + 1, end - 1)];
    i = end;
  }
}

export function parseCSS(cssText: string): Rule[] {
  const rules: Rule[] = [];
  for (const [prelude, body] of blocks(cssText)) {
    if (prelude[0] === '@') continue;
    const decls = body
      .split(';')
      .map((d) => [
        d.slice(0, d.indexOf(':')).trim(),
        d
          .slice(d.indexOf(':') + 1)
          .trim()
          .replace(/\s+/g, ' ')
          .replace(/ ?, ?/g, ', '),
      ])
      .filter(([p]) => p[0] === '-' || p === 'height' || PRESENTATION.includes(p));
    for (const sel of prelude.split(',').map((s) => s.trim())) {
      const host = /^:host(?:\(\[(\w+)=['"]?(\w+)['"]?\]\))?$/.exec(sel);
      if (host) rules.push({ host: host[1] ? `${host[1]}=${host[2]}` : '', chain: [], spec: host[1] ? 20 : 10, decls });
      else if (/^[\w\s.*-]+$/.test(sel)) {
        const chain = sel.split(/\s+/).map((c): [string, string[]] => [c.split('.')[0], c.split('.').slice(1)]);
        rules.push({ chain, spec: chain.reduce((s, [tag, cls]) => s + cls.length * 10 + +(tag > '*'), 0), decls });
      }
    }
  }
  // Cascade order: specificity, then source order (sort is stable).
  return rules.sort((a, b) => a.spec - b.spec);
}

const fits = ([tag, cls]: Rule['chain'][number], n: Node) =>
  (tag === '' || tag === '*' || tag === n.tag) && cls.every((c) => ` ${n.attrs.class} `.includes(` ${c} `));

/** Descendant combinators only: the last compound is the node, the others ancestors in order. */
function matches(chain: Rule['chain'], path: Node[]): boolean {
  let k = chain.length - 1;
  if (!fits(chain[k--], path[path.length - 1])) return false;
  for (let i = path.length - 2; k >= 0 && i >= 0; i--) if (fits(chain[k], path[i])) k--;
  return k < 0;
}

/** Replaces var(--name, fallback) from the innermost out. */
function substitute(v: string, lookup: (name: string) => string | undefined): string {
  for (let at; (at = v.lastIndexOf('var(')) >= 0;) {
    let end = at + 4;
    for (let depth = 1; depth; end++) depth += v[end] === '(' ? 1 : v[end] === ')' ? -1 : 0;
    const [name, ...fallback] = v.slice(at + 4, end - 1).split(',');
    v = v.slice(0, at) + (lookup(name.trim()) ?? fallback.join(',').trim()) + v.slice(end);
  }
  return v;
}

/** One element's computed style: its parent's (everything here inherits), then its declarations. */
function resolve(decls: string[][], parent: Style): Style {
  const raw: Style = {};
  for (const [p, v] of decls) raw[p] = v;
  const lookup = (name: string, depth = 0): string | undefined =>
    name in raw && depth < 9 ? substitute(raw[name], (n) => lookup(n, depth + 1)) : parent[name];
  const style = { ...parent };
  for (const p in raw) style[p] = lookup(p) || parent[p];
  return style;
}

/**
 * A page's custom property value that may reference something outside the file: url() and the
 * other functions that take one (src(), image(), image-set(), cross-fade(), element()), or a CSS
 * escape, which can spell any of them. In a downloaded or rendered SVG such a value would make
 * the file fetch from wherever the page pointed it (fill="url(https://…#p)").
 */
const REFERENCE = /\\|(?:url|src|image(?:-set)?|cross-fade|element)\(/i;

/** The page's custom properties a file may carry: any that could reference something are left out, so the chart's own default applies. */
export const safeVars = (vars: Style): Style =>
  Object.fromEntries(Object.entries(vars).filter(([, v]) => typeof v === 'string' && !REFERENCE.test(v)));

/**
 * Computed styles for every element under `root`, as if `root` were a shadow root whose host
 * has the given theme and the page-level custom properties `vars` (less those safeVars() drops).
 */
export function cascade(root: Node, css: string, theme = 'light', vars: Style = {}): Map<Node, Style> {
  const rules = parseCSS(css);
  const styles = new Map<Node, Style>();
  const walk = (node: Node, parent: Style, path: Node[]) => {
    const decls: string[][] = Object.entries(node.attrs).filter(([p]) => PRESENTATION.includes(p));
    for (const r of rules) if (r.host === undefined && matches(r.chain, path)) decls.push(...r.decls);
    styles.set(node, resolve(decls, parent));
    for (const k of node.kids) if (typeof k !== 'string') walk(k, styles.get(node)!, [...path, k]);
  };
  const host = rules.filter((r) => r.host === '' || r.host === `theme=${theme}`).flatMap((r) => r.decls);
  styles.set(root, resolve(host, safeVars(vars)));
  for (const k of root.kids) if (typeof k !== 'string') walk(k, styles.get(root)!, [k]);
  return styles;
}
