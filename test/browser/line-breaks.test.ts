// Issue 17 point 1: Korean lines break between words, never inside one ("2011~2025|년", "약|속");
// Every visible text of every chart, with the data table open, at phone widths. (English year ranges
// still break after their dash, "2011–|2025": issue 17 point 8.)
import { expect } from 'chai';
import '../../src/define.js';
import { TAGS, cleanup, drawn, mount } from './helpers.js';

/** The words of `root`'s visible text that the layout split across lines. */
function splitWords(root: ShadowRoot): string[] {
  const split: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement!;
    // Screen-reader-only text sits in a 1 px box; SVG text is laid out by the chart, not by lines.
    if (parent.closest('.sr-only, svg, style') || !parent.getClientRects().length) continue;
    // A break before an opening parenthesis is one Korean typesetting allows ("제3949호|(Publication").
    for (const m of n.textContent!.matchAll(/[^\s(]+|\([^\s(]*/g)) {
      const range = document.createRange();
      range.setStart(n, m.index!);
      range.setEnd(n, m.index! + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / 4)));
      if (tops.size > 1) split.push(m[0]);
    }
  }
  return split;
}

describe('line breaks', () => {
  afterEach(cleanup);

  for (const lang of ['ko'])
    for (const widthPx of [320, 375, 480])
      it(`${lang} at ${widthPx} px: no word of any chart is split across lines`, async () => {
        for (const tag of TAGS) {
          const el = mount<HTMLElement>(`<${tag} lang="${lang}"></${tag}>`, widthPx);
          await drawn(el);
          el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="data-table"]')!.click();
          await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
          expect(splitWords(el.shadowRoot!), `${tag} ${lang} ${widthPx}px`).to.deep.equal([]);
          cleanup();
        }
      });
});
