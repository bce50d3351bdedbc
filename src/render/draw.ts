import { addressLike } from '../data/link.js';
import type { TradeSeries } from '../data/types.js';
import type { Locale } from '../format/locale.js';
import type { FrameMessages } from '../format/message-types.js';
import type { CSSResultGroup } from 'lit';
import type { ChartText } from '../frame/view-model.js';
import { tableCSV } from './csv.js';
import type { MeasureText } from '../layout/text.js';
import { cascade, type Style } from './css.js';
import type { Node } from './node.js';

/** What drawing a chart as a picture needs besides its stages: its styles, size, theme and font. */
export interface DrawInput {
  /** The element's stylesheet text (frame and chart rules). */
  css: string;
  series: TradeSeries;
  locale: Locale;
  /** The frame's words in that language (source line, table unit). */
  frame: FrameMessages;
  /** The plot's size: its width is the chart's content width. */
  widthPx: number;
  heightPx: number;
  theme: string;
  /** Page-level custom properties, such as --korus-color-exports. */
  vars?: Style;
  measure: MeasureText;
  chartTitle?: string;
  chartSubtitle?: string;
  note?: string;
}

/** The words around the plot, as the frame shows them. */
export interface ChartWords {
  text: ChartText;
  title: string;
  subtitle: string;
  notes: string[];
  source: { before: string; link?: { text: string; url: string }; after: string };
  frame: FrameMessages;
}

export interface Drawing {
  root: Node;
  styles: Map<Node, Style>;
  widthPx: number;
  heightPx: number;
}

/**
 * Title, subtitle (or the page's own), notes and source line for a chart's text. A page's or
 * user's URL is a link only when it is http:, https: or relative (data/link.ts); otherwise the
 * source line names it as text.
 */
export function chartWords(i: DrawInput, text: ChartText): ChartWords {
  const { frame } = i;
  const s = i.series.source;
  const c = frame.censusSource;
  return {
    text,
    title: i.chartTitle || text.title,
    subtitle: i.chartSubtitle || text.subtitle,
    notes: i.note ? [...text.notes, i.note] : text.notes,
    source:
      s.kind === 'census'
        ? { before: c.before, link: { text: c.link, url: s.url }, after: c.after(s.asOf) }
        : s.kind === 'url'
          ? addressLike(s.url)
            ? { before: `${frame.urlSource} `, link: { text: s.url, url: s.url }, after: '' }
            : { before: `${frame.urlSource} ${s.url}`, after: '' }
          : { before: frame.propertySource, after: '' },
    frame,
  };
}

/** The source line as plain text. */
export const sourceText = (s: ChartWords['source']): string => s.before + (s.link?.text ?? '') + s.after;

/** Stylesheet text of an element's `styles` (the frame's rules, then the chart's), flattened. */
export function cssOf(styles: CSSResultGroup): string {
  const flat = (s: unknown): string =>
    Array.isArray(s) ? s.map(flat).join('\n') : ((s as { cssText?: string })?.cssText ?? '');
  return flat(styles);
}

/** The chart's data table as CSV: units in the header, caption and source line at the end. */
export const wordsCSV = (w: ChartWords): string => tableCSV(w.text.table, w.frame.tableUnit, sourceText(w.source));

const PAD = 12;
const node = (tag: string, attrs: Record<string, string | number> = {}, kids: Node['kids'] = []): Node => ({
  tag,
  attrs: Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
  kids,
});

/** The header and footer text of the standalone SVG, styled like the frame's HTML. */
const DOCUMENT_CSS = `.korus-bg{fill:var(--_bg)}.korus-title{font-size:var(--korus-title-size,19px);font-weight:700}.korus-subtitle,.korus-footer{fill:var(--_muted);font-size:14px}.korus-footer{font-size:12px}`;
const LINES = ['korus-title', 'korus-subtitle', 'korus-footer'];

/**
 * The whole chart as one self-contained picture: title, subtitle, the plot's marks (as nodes),
 * source and notes, in the frame's order and spacing, every style resolved for the theme.
 */
export function drawChart(i: DrawInput, w: ChartWords, plot: Node[]): Drawing {
  const css = i.css + DOCUMENT_CSS;
  // Font sizes for wrapping come from the same CSS (a page may set --korus-title-size).
  const probe = node(
    'svg',
    {},
    LINES.map((c) => node('text', { class: c })),
  );
  const sizes = cascade(probe, css, i.theme, i.vars);
  const width = i.widthPx + 2 * PAD;
  let y = PAD;
  const lines = (text: string, k: number, lineHeight: number, after = 0) => {
    const s = sizes.get(probe.kids[k] as Node)!;
    const size = parseFloat(s['font-size']);
    const out: Node[] = [];
    let line = '';
    // Greedy word wrap at the plot's width.
    for (const word of [...text.split(/\s+/), '']) {
      const next = line ? `${line} ${word}` : word;
      if (line && (!word || i.measure(next, size, +s['font-weight'] >= 600) > i.widthPx)) {
        out.push(
          node('text', { class: LINES[k], x: PAD, y: +(y + lineHeight * size * 0.5 + size * 0.35).toFixed(2) }, [line]),
        );
        y += lineHeight * size;
        line = word;
      } else line = next;
    }
    y += after;
    return out;
  };
  const head = [...lines(w.title, 0, 1.25, 4), ...lines(w.subtitle, 1, 1.35, 10)];
  const plotNode = node('g', { class: 'korus-plot', transform: `translate(${PAD},${+y.toFixed(2)})` }, plot);
  y += i.heightPx + 8;
  const source = lines(sourceText(w.source), 2, 1.35);
  const foot = [
    w.source.link ? node('a', { href: w.source.link.url }, source) : source,
    w.notes.map((n) => lines(n, 2, 1.35)),
  ].flat(2) as Node[];
  const height = Math.ceil(y + PAD);
  const svg = node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      lang: i.locale,
    },
    [
      node('title', {}, [w.title]),
      node('desc', {}, [w.text.summary]),
      node('rect', { class: 'korus-bg', width, height }),
      ...head,
      plotNode,
      ...foot,
    ],
  );
  const root = node('', {}, [svg]);
  return { root, styles: cascade(root, css, i.theme, i.vars), widthPx: width, heightPx: height };
}
