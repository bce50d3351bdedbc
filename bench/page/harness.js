// Page-side timing harness, inlined into every bench page after the contender's script. It is
// not part of any contender's size. Times are performance.now(): milliseconds since navigation
// start. A chart counts as drawn when its marks exist (the contender's onRender signal) and one
// synchronous style and layout pass has run, so SVG charts pay for their DOM as canvas ones do.
const bench = window.benchChart;
const mode = document.body.dataset.mode;
const els = [...document.querySelectorAll('.chart')];
// Chart boxes have a fixed size (see the page's CSS), so which start in the viewport is known
// without asking for layout, which would change what is being timed.
const visible = els.filter((_, i) => 8 + i * 580 < innerHeight).length;
const nextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const forceLayout = () => document.body.offsetHeight;

function drawAll() {
  return new Promise((resolve) => {
    let drawn = 0;
    let visibleDrawn = 0;
    let tVisible = 0;
    let finished = false;
    const finish = (result) => {
      if (finished) return;
      finished = true;
      resolve(result);
    };
    els.forEach((el, i) => {
      let first = true;
      bench.draw(el, (widthPx) => {
        el.benchOnRender?.(widthPx);
        if (!first) return;
        first = false;
        drawn++;
        if (i < visible && ++visibleDrawn === visible) tVisible = performance.now();
        if (drawn === els.length) {
          forceLayout();
          finish({ drawnMs: performance.now(), drawn, deferred: 0 });
        }
      });
    });
    // A chart may defer off-screen work until it is scrolled to (IntersectionObserver): once
    // every chart in the viewport is drawn and nothing more draws for 5 frames, stop there.
    const deadline = performance.now() + 30_000;
    (async () => {
      let last = -1;
      let still = 0;
      while (!finished) {
        await nextFrame();
        if (performance.now() > deadline) finish({ error: `timeout: ${drawn} of ${els.length} drawn` });
        if (visibleDrawn < visible) continue;
        still = drawn === last ? still + 1 : 0;
        last = drawn;
        if (still >= 5) finish({ drawnMs: tVisible, drawn, deferred: els.length - drawn });
      }
    })();
  });
}

// One width change of the first chart, started at the top of a frame; ends when the contender
// has redrawn at the new width and layout has run again.
function resize(el, widthPx) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: 'resize timeout' }), 10_000);
    requestAnimationFrame(() => {
      const t0 = performance.now();
      const done = () => {
        forceLayout();
        clearTimeout(timer);
        resolve({ resizeMs: performance.now() - t0 });
      };
      if (bench.resizesWithoutScript) {
        el.style.width = `${widthPx}px`;
        done();
        return;
      }
      el.benchOnRender = (w) => {
        if (Math.abs(w - widthPx) > 1) return;
        el.benchOnRender = undefined;
        done();
      };
      el.style.width = `${widthPx}px`;
    });
  });
}

// Chromium's first-contentful-paint entry (navigation start to the first frame with text or an
// image painted), read once it exists; only the paint pages (data-paint) wait for it.
const firstPaint = () =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ error: 'no first-contentful-paint entry' }), 10_000);
    new PerformanceObserver((list, observer) => {
      const fcp = list.getEntriesByName('first-contentful-paint')[0];
      if (!fcp) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ fcpMs: fcp.startTime });
    }).observe({ type: 'paint', buffered: true });
  });

let result = await drawAll();
if (mode === 'resize' && !result.error) {
  await new Promise((r) => setTimeout(r, 300));
  result = { ...result, ...(await resize(els[0], 560)) };
}
if ('paint' in document.body.dataset && !result.error) result = { ...result, ...(await firstPaint()) };
const nav = performance.getEntriesByType('navigation')[0];
result.responseEndMs = nav?.responseEnd;
window.benchDone(result);
