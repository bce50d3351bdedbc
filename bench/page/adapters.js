// Inline adapters for the two contenders that ship no bench bundle of their own.

// <korus-goods-balance>: drawn when its shadow root holds an SVG with the bars and both lines; a
// redraw is a new width on that SVG. Read through a MutationObserver, so nothing polls.
export const korus = `window.benchChart = {
  draw(el, onRender) {
    const chart = el.firstElementChild;
    let lastWidth = -1;
    const check = () => {
      const svg = chart.shadowRoot && chart.shadowRoot.querySelector('svg');
      if (!svg || svg.querySelectorAll('rect').length < 15 || svg.querySelectorAll('path').length < 2) return;
      const w = Number(svg.getAttribute('width'));
      if (w !== lastWidth) { lastWidth = w; onRender(w); }
    };
    const watch = () => {
      new MutationObserver(check).observe(chart.shadowRoot, { childList: true, subtree: true, attributes: true, attributeFilter: ['width'] });
      check();
    };
    if (chart.shadowRoot) watch();
    else customElements.whenDefined(chart.localName).then(() => chart.updateComplete).then(watch);
  },
};`;

// Static SVG: its marks are in the markup; it scales through viewBox with no script at all.
export const staticSvg = `window.benchChart = { resizesWithoutScript: true, draw(el, onRender) { onRender(720); } };`;
