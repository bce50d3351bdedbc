// Issue 17 point 2: the tooltip lies inside the chart at every focus stop and never covers the
// point it describes, at phone and desktop widths, in English and Korean (whose labels are longer).
import { expect } from 'chai';
import '../../src/define.js';
import type { FocusStop } from '../../src/frame/view-model.js';
import { TAGS, cleanup, drawn, mount, press } from './helpers.js';

type Chart = HTMLElement & { updateComplete: Promise<boolean>; _run: { _plot?: { stops: FocusStop[] } } };

describe('tooltip placement', () => {
  afterEach(cleanup);

  for (const lang of ['en', 'ko'])
    for (const widthPx of [320, 480, 1200])
      it(`${lang} at ${widthPx} px: inside the chart and off its anchor at every stop`, async () => {
        for (const tag of TAGS) {
          const el = mount<Chart>(`<${tag} lang="${lang}"></${tag}>`, widthPx);
          await drawn(el);
          const root = el.shadowRoot!;
          const plot = root.querySelector<HTMLElement>('.plot')!;
          plot.focus();
          const stops = el._run._plot!.stops;
          expect(stops.length, tag).to.be.greaterThan(1);
          const host = el.getBoundingClientRect();
          for (let i = 0; i < stops.length; i++) {
            press(plot, i === 0 ? 'Home' : 'ArrowRight');
            await el.updateComplete;
            const tip = root.querySelector('.tooltip')!.getBoundingClientRect();
            const where = `${tag} stop ${i} (${root.querySelector('.tooltip strong')!.textContent})`;
            expect(tip.width, where).to.be.greaterThan(0);
            expect(tip.left, `${where}: left edge`).to.be.at.least(host.left - 0.5);
            expect(tip.right, `${where}: right edge`).to.be.at.most(host.right + 0.5);
            expect(tip.top, `${where}: top edge`).to.be.at.least(host.top - 0.5);
            expect(tip.bottom, `${where}: bottom edge`).to.be.at.most(host.bottom + 0.5);
            const box = plot.getBoundingClientRect();
            const [x, y] = [box.left + stops[i].x, box.top + stops[i].y];
            const covers = x > tip.left && x < tip.right && y > tip.top && y < tip.bottom;
            expect(covers, `${where} covers its anchor`).to.equal(false);
          }
          cleanup();
        }
      });
});
