import type { ChartWords, DrawInput } from './draw.js';
import { blocks } from './css.js';
import { escape } from './escape.js';

/**
 * Until the live chart draws: before the element is defined, and while a defined one waits for
 * its language's strings (the `korus-waiting` custom state, base-element.ts). A browser without
 * custom states drops that half of the forgiving `:is()` list and keeps the other.
 */
const UNDRAWN = ':is(:not(:defined),:state(korus-waiting))';

/**
 * The element's stylesheet rewritten for its light DOM until the live chart draws: `:host`
 * becomes `tag` in that state (UNDRAWN) and every other rule is scoped under it. The fallback
 * thus gets the live chart's box (fonts, spacing, plot height, theme, dark preference) and stops
 * matching, leaving the page untouched, once the chart draws.
 */
export function scopeCSS(css: string, tag: string): string {
  const host = `${tag}${UNDRAWN}`;
  let out = '';
  for (const [prelude, body] of blocks(css)) {
    if (/^@(media|supports)/.test(prelude)) out += `${prelude}{${scopeCSS(body, tag)}}`;
    if (prelude[0] === '@') continue;
    const selectors = prelude.split(',').map((s) => {
      s = s.trim();
      if (!s.startsWith(':host')) return `${host} ${s}`;
      if (s[5] !== '(') return host + s.slice(5);
      let close = 6;
      for (let depth = 1; depth; close++) depth += s[close] === '(' ? 1 : s[close] === ')' ? -1 : 0;
      return `${tag}${s.slice(6, close - 1)}${UNDRAWN}${s.slice(close)}`;
    });
    out += `${selectors.join(',')}{${body.trim().replace(/\s+/g, ' ')}}`;
  }
  return out;
}

const attr = (name: string, value: string) => ` ${name}="${escape(value)}"`;

/**
 * The no-JavaScript embed: the element and, in its light DOM, the chart as static HTML and SVG
 * in the same structure and classes as the shadow root (title, subtitle, plot box, summary,
 * footer), with the data table behind a "Show data" disclosure where the live chart has its
 * button. Everything is escaped.
 */
export function fallbackHTML(
  tag: string,
  attributes: [string, string][],
  w: ChartWords,
  plot: string,
  i: DrawInput,
): string {
  const { text, frame, source } = w;
  const t = text.table;
  const th = (scope: string, c: string) => `<th scope="${scope}">${escape(c)}</th>`;
  const table =
    `<table><caption>${escape(t.caption)}</caption><thead><tr>${t.columns.map((c) => th('col', c)).join('')}</tr></thead><tbody>` +
    t.rows
      .map(
        (r) =>
          `<tr>${th('row', r.cells[0])}${r.cells
            .slice(1)
            .map((c) => `<td>${escape(c)}</td>`)
            .join('')}</tr>`,
      )
      .join('') +
    `</tbody></table>`;
  const link = source.link ? `<a${attr('href', source.link.url)}>${escape(source.link.text)}</a>` : '';
  return [
    `<${tag}${attributes.map(([k, v]) => attr(k, v)).join('')}>`,
    `<style>${scopeCSS(i.css, tag)}</style>`,
    `<figure${attr('lang', i.locale)}>`,
    `<p class="title">${escape(w.title)}</p>`,
    `<p class="subtitle">${escape(w.subtitle)}</p>`,
    `<div class="plot"><svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 ${i.widthPx} ${i.heightPx}" aria-hidden="true">${plot}</svg></div>`,
    `<p class="sr-only summary">${escape(text.summary)}</p>`,
    `<footer><p class="source">${escape(source.before)}${link}${escape(source.after)}</p>`,
    ...w.notes.map((n) => `<p class="note">${escape(n)}</p>`),
    `<details class="data"><summary>${escape(frame.showData)}</summary><div class="table-wrap">${table}</div></details>`,
    `</footer></figure></${tag}>`,
  ].join('\n');
}
