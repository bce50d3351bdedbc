// The embed code for one chart's settings, in the three forms a page can use. Pure: settings in,
// text out. `attrs` is a list of [attribute, value] pairs in the order the controls list them;
// `widthPx` is the column width chosen in the demo, or 0 for "the page's column".

/** Attributes whose values are numbers: JSX passes them as numbers, not strings. */
const NUMERIC = new Set(['from', 'to', 'baseline', 'promise', 'before', 'after', 'price-year']);

/** Attributes a framework must set under another property name (README: "npm, with any bundler"). */
const PROPERTY = { before: 'beforeYear', after: 'afterYear', 'price-year': 'priceYear' };

const attrText = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const shellWord = (v) => (/^[\w.-]+$/.test(v) ? v : `'${String(v).replace(/'/g, `'\\''`)}'`);

/** `cdn` is { url, integrity? }: the versioned classic script on the CDN. */
export function scriptTag(tag, attrs, widthPx, cdn) {
  const sri = cdn.integrity ? ` integrity="${cdn.integrity}" crossorigin="anonymous"` : '';
  const style = widthPx ? ` style="max-width: ${widthPx}px"` : '';
  const list = attrs.map(([name, value]) => ` ${name}="${attrText(value)}"`).join('');
  return `<script src="${cdn.url}"${sri}></script>\n<${tag}${list}${style}></${tag}>`;
}

export function jsx(tag, attrs, widthPx) {
  const props = attrs.map(([name, value]) => {
    const prop = PROPERTY[name] ?? name;
    return NUMERIC.has(name) ? ` ${prop}={${Number(value)}}` : ` ${prop}="${attrText(value)}"`;
  });
  if (widthPx) props.push(` style={{ maxWidth: ${widthPx} }}`);
  return `import 'korus-charts';\n\n<${tag}${props.join('')} />`;
}

/** The command that prints the no-JavaScript form (markup with a static copy of the chart inside). */
export function renderCommand(chart, attrs, widthPx) {
  const options = attrs.map(([name, value]) => ` --${name} ${shellWord(value)}`).join('');
  const width = widthPx ? ` --width ${widthPx}` : '';
  return `npx korus-charts render ${chart} --format html${options}${width} > ${chart}.html`;
}

/**
 * A code block's text as the pieces it is shown in, so that lines wrap only between words (a
 * browser would otherwise break after any hyphen: "--price-⏎year"): [{ text, word }], where a
 * `word` piece is kept whole and the rest (spaces; words longer than a phone's line, such as URLs
 * and hashes) may break anywhere. The pieces' texts joined are exactly `text`.
 */
export function codePieces(text) {
  return text
    .split(/(\s+)/)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, word: Boolean(part.trim()) && part.length <= 36 }));
}
