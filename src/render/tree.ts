/** An element of serialized markup: the static renderer styles, writes and paints these. */
export interface Node {
  tag: string;
  attrs: Record<string, string>;
  kids: (Node | string)[];
}

const DECODE: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x?[\da-f]+|\w+);/gi, (m, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' ? 2 : 1), e[1] === 'x' ? 16 : 10))
      : (DECODE[e] ?? m),
  );

/**
 * Reads markup that serialize() wrote (well-formed, quoted values) into nodes. Whitespace-only
 * text between tags is dropped, as SVG rendering does; comments are skipped.
 */
export function parseMarkup(markup: string): Node {
  const root: Node = { tag: '', attrs: {}, kids: [] };
  const stack = [root];
  for (const m of markup.matchAll(/<!--[\s\S]*?-->|<(\/?)([\w:-]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|([^<]+)/g)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      if (m[5].trim()) top.kids.push(decode(m[5]));
    } else if (m[1]) {
      if (stack.length > 1) stack.pop();
    } else if (m[2]) {
      const node: Node = { tag: m[2], attrs: {}, kids: [] };
      for (const a of m[3].matchAll(/([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g)) {
        node.attrs[a[1]] = decode(a[2] ?? a[3] ?? a[4] ?? '');
      }
      top.kids.push(node);
      if (!m[4]) stack.push(node);
    }
  }
  return root;
}
