/**
 * Writes a Lit template result as markup with no DOM. The static renderer applies it to the
 * charts' own view templates, so its marks are the element's marks by construction.
 *
 * Text and attribute values are escaped; event (`@x`) and property (`.x`) bindings are dropped;
 * a boolean binding (`?x`) writes the bare attribute when true; `nothing`, null and undefined
 * write nothing (and an unquoted attribute bound to `nothing` is left out, as Lit does).
 * Directives and bindings on an element itself have no static form and throw.
 */
export function serialize(value: unknown): string {
  if (value == null || typeof value === 'symbol') return ''; // nothing, noChange
  if (typeof value !== 'object') return escape(String(value));
  const v = value as { _$litType$?: unknown; _$litDirective$?: unknown; strings: readonly string[]; values: unknown[] };
  if (v._$litDirective$) refuse('a directive');
  if (typeof v._$litType$ === 'number') return template(v.strings, v.values);
  return Symbol.iterator in v
    ? [...(v as unknown as Iterable<unknown>)].map(serialize).join('')
    : escape(String(value));
}

const refuse = (what: string): never => {
  throw new Error(`korus-charts: ${what} in a chart template has no static form`);
};

/**
 * Characters XML 1.0 does not allow at all, not even as references: C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF and surrogates not in a pair. One of them (a
 * title of "\u0001", say) makes an SVG file unreadable, so they are left out of what is written.
 */
const NOT_XML =
  /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Escapes text and attribute values alike: &, <, > and ", and drops what XML cannot hold (NOT_XML). */
export const escape = (s: string): string =>
  s.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

function template(strings: readonly string[], values: unknown[]): string {
  let out = '';
  // What follows the last `<` or `>` so far: `<tag a="x` means the binding is in a value.
  let tail = '';
  values.forEach((v, i) => {
    const s = strings[i];
    const cut = Math.max(s.lastIndexOf('<'), s.lastIndexOf('>'));
    tail = cut < 0 ? tail + s : s.slice(cut);
    if (tail[0] !== '<') {
      out += s + serialize(v); // a child: text, a nested template, a list
    } else if (/=["'][^"']*$/.test(tail)) {
      // Part of a quoted value, as in class="bar ${kind}".
      if (/\s[@.?][^\s=]*=["'][^"']*$/.test(tail)) refuse('a quoted event, property or boolean binding');
      out += s + attribute(v);
    } else {
      const name = /([^\s=]+)=$/.exec(s)?.[1] ?? refuse('a binding on an element');
      const before = s.slice(0, -name.length - 1);
      if (name[0] === '@' || name[0] === '.' || v === NOTHING) out += before;
      else if (name[0] === '?') out += before + (v ? name.slice(1) : '');
      else out += `${s}"${attribute(v)}"`;
    }
  });
  return out + strings[values.length];
}

const NOTHING = Symbol.for('lit-nothing');

const attribute = (v: unknown): string =>
  v == null || typeof v === 'symbol'
    ? ''
    : (v as { _$litDirective$?: unknown })._$litDirective$
      ? refuse('a directive')
      : escape(String(v));
