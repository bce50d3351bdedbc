// Accessibility checks that emulate CSS media features (forced colours, reduced motion) through the
// DevTools protocol (test/server/media-plugin.mjs), so they run in Chromium only. Everything else
// (axe-core, keyboard, names, zoom) is in a11y-axe.test.ts and runs in all three engines.
import { expect } from 'chai';
import '../../src/define.js';
import { emulateMedia } from './a11y-helpers.js';
import { TAGS, cleanup, drawn, mount } from './helpers.js';

describe('accessibility: every chart under emulated media features', () => {
  afterEach(async () => {
    cleanup();
    await emulateMedia({});
  });

  for (const tag of TAGS) {
    it(`${tag} keeps marks and labels visible with system colours in forced-colors mode`, async () => {
      await emulateMedia({ 'forced-colors': 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = mount<HTMLElement>(`<${tag}></${tag}>`, 720);
      const svg = await drawn(el);
      const bg = getComputedStyle(el).backgroundColor;
      let visible = 0;
      for (const node of svg.querySelectorAll<SVGGraphicsElement>('path, rect, circle, line, text')) {
        const s = getComputedStyle(node);
        if (node.getBBox().width === 0 && node.getBBox().height === 0) continue;
        // Seen if its fill or its stroke differs from the background (hollow markers have a stroke).
        const paints = [s.fill, parseFloat(s.strokeWidth) > 0 ? s.stroke : 'none'].filter(
          (p) => p !== 'none' && p !== 'rgba(0, 0, 0, 0)',
        );
        if (paints.length === 0) continue;
        expect(
          paints.some((p) => p !== bg),
          `${node.localName}.${node.getAttribute('class')}`,
        ).to.equal(true);
        visible++;
      }
      expect(visible).to.be.greaterThan(10);
    });

    it(`${tag} runs no animation or transition when the reader prefers reduced motion`, async () => {
      await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
      const el = mount<HTMLElement>(`<${tag}></${tag}>`, 720);
      await drawn(el);
      (el.shadowRoot!.querySelector('.plot') as HTMLElement).focus();
      expect(el.shadowRoot!.getAnimations()).to.have.length(0);
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        const s = getComputedStyle(node);
        expect(s.transitionDuration.split(',').every((d) => parseFloat(d) === 0)).to.equal(true);
        expect(s.animationName).to.equal('none');
      }
    });
  }
});
